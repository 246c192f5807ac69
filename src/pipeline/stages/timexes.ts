import * as chrono from 'chrono-node';
import type { Timex } from '../../model/annotations.ts';
import type { Stage } from '../stage.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The TimeML value of a chrono component set, at the precision the text stated. */
function valueOf(c: chrono.ParsedComponents): string {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  const head = `${pad(y ?? 0, 4)}`;
  if (!c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) return head;
  if (!c.isCertain('day') && !c.isCertain('weekday')) return `${head}-${pad(m ?? 1)}`;
  return `${head}-${pad(m ?? 1)}-${pad(d ?? 1)}`;
}

/**
 * First version of the time stage: chrono-node's casual English parser anchored on the publication
 * date. Without a publication date, values that needed an anchor are marked unresolved.
 */
export const timexesStage: Stage = {
  name: 'timexes',
  requires: ['sentences'],
  assigns: ['timexes'],
  run(doc, ctx) {
    const ref = ctx.reference ? new Date(`${ctx.reference.padEnd(10, '-01').slice(0, 10)}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
    const results = chrono.casual.parse(doc.text, { instant: ref, timezone: 0 }, { forwardDate: false });
    const timexes: Timex[] = results.map((r) => ({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      type: r.start.isCertain('hour') ? 'TIME' : 'DATE',
      value: valueOf(r.start),
      resolved: ctx.reference !== null || r.start.isCertain('year'),
      producedBy: 'stage:timexes',
    }));
    return { ...doc, timexes };
  },
};

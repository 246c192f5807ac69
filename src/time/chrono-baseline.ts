import * as chrono from 'chrono-node';
import type { TimexRecord } from './timeml/gold.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The TimeML value of a chrono component set, at the precision the text stated. */
function valueOf(c: chrono.ParsedComponents): string {
  const head = pad(c.get('year') ?? 0, 4);
  if (!c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) return head;
  if (!c.isCertain('day') && !c.isCertain('weekday')) return `${head}-${pad(c.get('month') ?? 1)}`;
  return `${head}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
}

/**
 * The baseline we compare with: chrono-node's casual English parser anchored on the DCT, its
 * results read as TIMEX3s (TIME when an hour is stated, DATE otherwise).
 * @example chronoTimexes('We met on Friday.', '2017-02-18')[0].value // '2017-02-17'
 */
export function chronoTimexes(text: string, dct: string | null): TimexRecord[] {
  const ref = dct ? new Date(`${dct}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  return chrono.casual.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false }).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    type: r.start.isCertain('hour') ? 'TIME' : 'DATE',
    value: valueOf(r.start),
  }));
}

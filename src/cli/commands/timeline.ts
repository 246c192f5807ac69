import { listContradictions } from '../../agreements/agreement-queries.ts';
import { summariseHistory } from '../../consolidate/history-summary.ts';
import { UsageError } from '../../errors.ts';
import { eventHistory, listEvents } from '../../store/event-queries.ts';
import { openStore } from '../../store/open-store.ts';
import type { CommandSpec } from '../command.ts';
import { jsonOut, withDbAndJson } from '../options.ts';
import { filterFromOptions, formatEventLine, withEventFilters } from './events.ts';

/** `dyad timeline A B`: the events between two countries in date order, with status histories. */
export const timelineCommand: CommandSpec = {
  name: 'timeline',
  summary: 'the events between two countries, in date order, with their status history and sources',
  configure: (cmd) =>
    withEventFilters(withDbAndJson(cmd).argument('<a>', 'ISO alpha-3 code, e.g. PHL').argument('<b>', 'ISO alpha-3 code, e.g. RUS')),
  async handler(args, opts, io) {
    const [a, b] = args.map((s) => s.toUpperCase());
    if (![a, b].every((c) => /^[A-Z]{3}$/.test(c))) throw new UsageError(`timeline takes two ISO alpha-3 codes like PHL RUS, got "${args.join(' ')}"`);
    const db = openStore(String(opts.db), { readonly: true });
    try {
      const rows = listEvents(db, { ...filterFromOptions(opts), dyad: [a, b] });
      const withHistory = rows.map((e) => ({ ...e, history: eventHistory(db, e.id) }));
      if (opts.json) {
        io.stdout(jsonOut({ dyad: [a, b], events: withHistory }));
        return 0;
      }
      const lines = [`${a}–${b} timeline: ${rows.length} event${rows.length === 1 ? '' : 's'}`];
      for (const e of withHistory) {
        lines.push(formatEventLine(e));
        if (new Set(e.history.map((h) => h.status)).size > 1) lines.push(`            history: ${summariseHistory(e.history)}`);
      }
      for (const c of listContradictions(db, [a, b])) {
        lines.push(`contradiction: ${c.about}: ${c.claims.map((k) => `${k.value} ("${k.text}", ${k.article_name})`).join(' vs ')}`);
      }
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};

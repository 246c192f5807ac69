import { getEvent } from '../../store/event-queries.ts';
import { openStore } from '../../store/open-store.ts';
import type { CommandSpec } from '../command.ts';
import { jsonOut, withDbAndJson } from '../options.ts';
import { formatEventLine } from './events.ts';

/** `dyad show EVENT_ID`: one event with every evidence sentence, the trigger marked with [brackets]. */
export const showCommand: CommandSpec = {
  name: 'show',
  summary: 'one event with its evidence sentences and status history',
  configure: (cmd) => withDbAndJson(cmd).argument('<event-id>', 'the event id (from events or timeline)'),
  async handler(args, opts, io) {
    const db = openStore(String(opts.db), { readonly: true });
    try {
      const ev = getEvent(db, args[0]);
      if (opts.json) {
        io.stdout(jsonOut(ev));
        return 0;
      }
      const lines = [formatEventLine(ev), `cameo ${ev.cameo}; ${ev.mentions.length} mention(s) in ${ev.n_sources} article(s)`];
      for (const m of ev.mentions) {
        const s = m.sentence;
        const a = m.start - m.sentence_start;
        const b = m.end - m.sentence_start;
        lines.push('');
        lines.push(`  ${m.article_name} (${m.published ?? 'undated'}) [${m.sentence_start}, ${m.sentence_end}) ${m.status}${m.cue_text ? ` (cue "${m.cue_text}")` : ''}; date ${m.date ?? '?'} from ${m.date_basis}; rule ${m.rule}`);
        lines.push(`  “${s.slice(0, a)}[${s.slice(a, b)}]${s.slice(b)}”`);
      }
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};

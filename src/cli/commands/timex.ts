import fs from 'node:fs';
import { InputError, UsageError } from '../../errors.ts';
import { parseIsoDate } from '../../model/calendar-date.ts';
import { loadTimeLexicon } from '../../time/lexicon.ts';
import type { CommandSpec } from '../command.ts';

/**
 * Checks a `--dct` value: a real calendar day as YYYY-MM-DD; undefined when the option is absent.
 * @example parseDctOption('2017-02-17') // '2017-02-17'
 */
export function parseDctOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const v = String(value);
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseIsoDate(v) : null;
  if (!parsed) throw new UsageError(`--dct takes a real calendar day as YYYY-MM-DD, got "${v}"`);
  return v;
}

/**
 * `dyad timex [--dct YYYY-MM-DD] [FILE|-]`: the time expressions of a text as JSON lines
 * `{start, end, text, type, value, mod}`, with offsets into the input exactly as given. Without
 * --dct, a leading seeds-style ` date YYYY-MM-DD ` gives the publication date.
 */
export const timexCommand: CommandSpec = {
  name: 'timex',
  summary: 'print the time expressions of a text as JSON lines {start,end,text,type,value,mod}',
  configure: (cmd) =>
    cmd
      .argument('[file]', 'a text file, or - for standard input (the default)')
      .option('--dct <date>', 'document creation (publication) date, YYYY-MM-DD; relative expressions resolve against it'),
  async handler(args, opts, io) {
    const dct = parseDctOption(opts.dct);
    const file = args[0] ?? '-';
    let raw: string;
    if (file === '-') raw = await io.readStdin();
    else {
      try {
        raw = fs.readFileSync(file, 'utf8');
      } catch (err) {
        throw new InputError('E001', file, `cannot be read: ${(err as Error).message}`);
      }
    }
    // the tagger (and the tokenizer's language model) load only when a text is to be tagged
    const { tagRawText } = await import('../../time/tag-text.ts');
    const { timexes } = tagRawText(raw, dct, loadTimeLexicon());
    const lines = timexes.map((t) => JSON.stringify({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, mod: t.mod ?? null }));
    io.stdout(lines.length ? `${lines.join('\n')}\n` : '');
    return 0;
  },
};

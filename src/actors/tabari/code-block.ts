import { parseTabariDate } from './tabari-date.ts';

/**
 * One code of a dictionary entry with its date restriction. Bounds are inclusive ISO days:
 * `[X <d]` holds up to and including d, `[X >d]` from d on, `[X d1-d2]` from d1 to d2.
 */
export interface CodeBlock {
  /** The code as written, upper-cased (`HOBGOV`, `ELR/GAL`, `---`). */
  code: string;
  /** Undated blocks are the entry's default code. */
  from?: string;
  to?: string;
}

/** A problem found while reading a dictionary; the reader flags it and goes on. */
export interface DictionaryIssue {
  line: number;
  text: string;
  reason: string;
}

const BLOCK = /^\s*([^\s<>\d][^\s<>]*)?\s*(?:([<>])\s*(\S+)|(\d+)\s*-\s*(\d+))?\s*$/;
const GLUED_DATE = /\d{6}/;

/** A block's date as an ISO day, or the issue naming the block (`inner`) it is in. */
function readDate(raw: string, inner: string): string | { error: string } {
  const d = parseTabariDate(raw);
  return d.ok ? d.iso : { error: `${d.reason} in [${inner}]` };
}

/**
 * Parses the inside of one `[...]` code block: `CODE`, `CODE <date`, `CODE >date` or
 * `CODE date-date`. Returns the block, or an issue reason when the block is malformed or a date
 * is impossible (the block is then dropped by the reader, never crashing it).
 * @example parseCodeBlock('HOBGOV 19950601 - 19990815') // { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' }
 */
export function parseCodeBlock(inner: string): CodeBlock | { error: string } {
  const m = BLOCK.exec(inner);
  if (!m || !m[1]) return { error: `malformed code block [${inner}]: expected [CODE], [CODE <date], [CODE >date] or [CODE date-date]` };
  const code = m[1].toUpperCase();
  if (GLUED_DATE.test(code)) return { error: `malformed code block [${inner}]: a date is glued to the code` };
  if (m[2]) {
    const d = readDate(m[3], inner);
    if (typeof d !== 'string') return d;
    return m[2] === '<' ? { code, to: d } : { code, from: d };
  }
  if (m[4]) {
    const from = readDate(m[4], inner);
    if (typeof from !== 'string') return from;
    const to = readDate(m[5], inner);
    if (typeof to !== 'string') return to;
    if (from > to) return { error: `interval ends before it starts in [${inner}]` };
    return { code, from, to };
  }
  return { code };
}

/**
 * The code an entry has on a day: the first dated block covering the day, in dictionary order
 * (so an earlier, narrower block overrides a later, wider one), else the first undated block,
 * else null. With no day (an undated story) the default code is used.
 * @example codeOn([{ code: 'HOB', to: '1995-06-01' }, { code: 'HOBGOV', from: '1995-06-01' }], '1995-11-01') // 'HOBGOV'
 */
export function codeOn(blocks: readonly CodeBlock[], day: string | null): string | null {
  if (day) {
    for (const b of blocks) {
      if (b.from === undefined && b.to === undefined) continue;
      if ((b.from === undefined || b.from <= day) && (b.to === undefined || day <= b.to)) return b.code;
    }
  }
  return blocks.find((b) => b.from === undefined && b.to === undefined)?.code ?? null;
}

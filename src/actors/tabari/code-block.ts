import { tabariDateIssue, tabariDay, type TabariDayTable } from './tabari-date.ts';

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
function readDate(raw: string, inner: string, days?: TabariDayTable): string | { error: string } {
  return tabariDay(raw, days) ?? { error: `${tabariDateIssue(raw)} in [${inner}]` };
}

/** What the blocks of one dictionary share, so that each date and code is made once: days, and codes by how they are written. */
export interface BlockStrings {
  days: TabariDayTable;
  codes: Map<string, string>;
}

/** The code as written (`raw`), upper-cased; one string per spelling when `shared`. */
function codeOf(raw: string, shared?: BlockStrings): string {
  if (!shared) return raw.toUpperCase();
  let code = shared.codes.get(raw);
  if (code === undefined) shared.codes.set(raw, (code = raw.toUpperCase()));
  return code;
}

/**
 * The common blocks, `CODE]`, `CODE date-date]`, `CODE >date]`, `CODE <date]` (capitals; six or eight digits;
 * a space on either side of `<` or `>`), matched from just after the `[` to the closing `]`. What this matches
 * the general reading reads the same way.
 */
const COMMON_BLOCK = /([A-Z]+)(?: ?([<>]) ?(\d{6}(?:\d\d)?)| (\d{6}(?:\d\d)?)-(\d{6}(?:\d\d)?))?\]/y;

/** A common block between `from` and `to` (the closing `]`) whose dates are possible ones, read by one match, or null. */
function commonBlock(text: string, from: number, to: number, shared?: BlockStrings): CodeBlock | null {
  COMMON_BLOCK.lastIndex = from;
  const m = COMMON_BLOCK.exec(text);
  if (!m || COMMON_BLOCK.lastIndex !== to + 1) return null;
  const code = codeOf(m[1], shared);
  if (m[2] !== undefined) {
    const d = tabariDay(m[3], shared?.days);
    if (d === null) return null;
    return m[2] === '<' ? { code, to: d } : { code, from: d };
  }
  if (m[4] === undefined) return { code };
  const d = tabariDay(m[4], shared?.days);
  const d2 = tabariDay(m[5], shared?.days);
  return d === null || d2 === null || d > d2 ? null : { code, from: d, to: d2 };
}

/**
 * Parses the code block between `from` and `to` of `text` (the inside of its brackets), exactly as
 * `parseCodeBlock(text.slice(from, to))` does, without slicing the block; `shared` holds the dates and codes
 * already read.
 * @example parseCodeBlockAt('\t[HOB <950601]', 2, 13) // { code: 'HOB', to: '1995-06-01' }
 */
export function parseCodeBlockAt(text: string, from: number, to: number, shared?: BlockStrings): CodeBlock | { error: string } {
  return commonBlock(text, from, to, shared) ?? readBlock(text.slice(from, to), shared);
}

/** Any block (the inside of its brackets) by the general pattern; see parseCodeBlock. */
function readBlock(inner: string, shared?: BlockStrings): CodeBlock | { error: string } {
  const m = BLOCK.exec(inner);
  if (!m || !m[1]) return { error: `malformed code block [${inner}]: expected [CODE], [CODE <date], [CODE >date] or [CODE date-date]` };
  const code = codeOf(m[1], shared);
  if (GLUED_DATE.test(code)) return { error: `malformed code block [${inner}]: a date is glued to the code` };
  if (m[2]) {
    const d = readDate(m[3], inner, shared?.days);
    if (typeof d !== 'string') return d;
    return m[2] === '<' ? { code, to: d } : { code, from: d };
  }
  if (m[4]) {
    const from = readDate(m[4], inner, shared?.days);
    if (typeof from !== 'string') return from;
    const to = readDate(m[5], inner, shared?.days);
    if (typeof to !== 'string') return to;
    if (from > to) return { error: `interval ends before it starts in [${inner}]` };
    return { code, from, to };
  }
  return { code };
}

/**
 * Parses the inside of one `[...]` code block: `CODE`, `CODE <date`, `CODE >date` or
 * `CODE date-date`. Returns the block, or an issue reason when the block is malformed or a date
 * is impossible (the block is then dropped by the reader, never crashing it).
 * @example parseCodeBlock('HOBGOV 19950601 - 19990815') // { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' }
 */
export function parseCodeBlock(inner: string): CodeBlock | { error: string } {
  return parseCodeBlockAt(inner, 0, inner.length);
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

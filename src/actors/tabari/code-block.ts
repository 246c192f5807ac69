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

/**
 * Whether a UTF-16 code unit is white space as `String.prototype.trim` and the regex class `\s` see it.
 * @example isSpace(0x09) // true
 */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** A character that may be in a code: not a space, `<` or `>`. */
const isCodeChar = (c: number) => c !== 60 && c !== 62 && !isSpace(c);

/** The first index from `i` (up to `to`) whose character is not a space. */
function skipSpaces(text: string, i: number, to: number): number {
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the run of ASCII digits at `i` (up to `to`). */
function skipDigits(text: string, i: number, to: number): number {
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Where a block's parts lie in the text: the code, and the one or two dates with the operator of one. */
interface BlockParts {
  codeEnd: number;
  /** `<`, `>`, `-` (an interval) or '' (no date). */
  op: string;
  from: number;
  to: number;
  from2: number;
  to2: number;
}

/**
 * Reads what follows a code that ends at `g` (up to `to`): spaces and nothing, `<date` or `>date` (a date is
 * any run of non-spaces), or `digits-digits`, spaces allowed around the operator and at the end. Fills `parts`
 * and says whether the rest had one of these shapes.
 */
function readRestriction(text: string, g: number, to: number, parts: BlockParts): boolean {
  const p = skipSpaces(text, g, to);
  parts.codeEnd = g;
  parts.op = '';
  if (p === to) return true;
  const c = text.charCodeAt(p);
  if (c === 60 || c === 62) {
    const q = skipSpaces(text, p + 1, to);
    let r = q;
    while (r < to && !isSpace(text.charCodeAt(r))) r++;
    if (r === q || skipSpaces(text, r, to) !== to) return false;
    parts.op = c === 60 ? '<' : '>';
    parts.from = q;
    parts.to = r;
    return true;
  }
  const r = skipDigits(text, p, to);
  if (r === p) return false;
  const dash = skipSpaces(text, r, to);
  if (dash === to || text.charCodeAt(dash) !== 45) return false;
  const q2 = skipSpaces(text, dash + 1, to);
  const r2 = skipDigits(text, q2, to);
  if (r2 === q2 || skipSpaces(text, r2, to) !== to) return false;
  parts.op = '-';
  parts.from = p;
  parts.to = r;
  parts.from2 = q2;
  parts.to2 = r2;
  return true;
}

/**
 * Splits a block into its parts as the pattern `^\s*([^\s<>\d][^\s<>]*)?\s*(?:([<>])\s*(\S+)|(\d+)\s*-\s*(\d+))?\s*$`
 * matches it: the code is the longest run of code characters whose rest reads; failing that, a shorter code
 * whose rest starts with the digits of an interval. Returns the code's start, or -1 when the block has no code.
 */
function splitBlock(text: string, from: number, to: number, parts: BlockParts): number {
  const a = skipSpaces(text, from, to);
  if (a === to || !isCodeChar(text.charCodeAt(a)) || isDigit(text.charCodeAt(a))) return -1;
  let b = a + 1;
  while (b < to && isCodeChar(text.charCodeAt(b))) b++;
  if (readRestriction(text, b, to, parts)) return a;
  for (let g = b - 1; g > a; g--) if (isDigit(text.charCodeAt(g)) && readRestriction(text, g, to, parts)) return a;
  return -1;
}

/** Whether six ASCII digits follow each other between `from` and `to`. */
function hasSixDigits(text: string, from: number, to: number): boolean {
  for (let i = from, run = 0; i < to; i++) {
    run = isDigit(text.charCodeAt(i)) ? run + 1 : 0;
    if (run === 6) return true;
  }
  return false;
}

/** The date between `from` and `to` as an ISO day, or the issue naming the block (between `blockFrom` and `blockTo`) it is in. */
function readDate(text: string, from: number, to: number, blockFrom: number, blockTo: number, days?: TabariDayTable): string | { error: string } {
  const raw = text.slice(from, to);
  return tabariDay(raw, days) ?? { error: `${tabariDateIssue(raw)} in [${text.slice(blockFrom, blockTo)}]` };
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
  const common = commonBlock(text, from, to, shared);
  if (common) return common;
  const parts: BlockParts = { codeEnd: 0, op: '', from: 0, to: 0, from2: 0, to2: 0 };
  const a = splitBlock(text, from, to, parts);
  if (a < 0) return { error: `malformed code block [${text.slice(from, to)}]: expected [CODE], [CODE <date], [CODE >date] or [CODE date-date]` };
  if (hasSixDigits(text, a, parts.codeEnd)) return { error: `malformed code block [${text.slice(from, to)}]: a date is glued to the code` };
  const code = codeOf(text.slice(a, parts.codeEnd), shared);
  if (parts.op === '') return { code };
  const d = readDate(text, parts.from, parts.to, from, to, shared?.days);
  if (typeof d !== 'string') return d;
  if (parts.op === '<') return { code, to: d };
  if (parts.op === '>') return { code, from: d };
  const d2 = readDate(text, parts.from2, parts.to2, from, to, shared?.days);
  if (typeof d2 !== 'string') return d2;
  if (d > d2) return { error: `interval ends before it starts in [${text.slice(from, to)}]` };
  return { code, from: d, to: d2 };
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

import { isSpace, parseCodeBlockAt, type CodeBlock, type DictionaryIssue } from './code-block.ts';
import type { TabariDayTable } from './tabari-date.ts';

/** A phrase of a dictionary entry: its words, and whether the last word must match exactly. */
export interface DictionaryPhrase {
  /** Upper-case words (`SAM_GAMGEE` → `['SAM', 'GAMGEE']`). */
  words: string[];
  /** A trailing `_` asks for the exact word; otherwise the last word matches as a prefix (TABARI stems). */
  exact: boolean;
  /** The phrase as written in the dictionary. */
  raw: string;
}

/** One actor entry: a head phrase, its `+` synonyms, and its code blocks. */
export interface ActorEntry {
  phrases: DictionaryPhrase[];
  codes: CodeBlock[];
  /** 1-based line of the head phrase. */
  line: number;
  /** The `#` comment on the head line, if any (Phoenix marks persons with `# CountryInfo.txt`). */
  comment?: string;
}

/** A read dictionary: its entries and every problem flagged on the way. */
export interface ActorDictionary {
  entries: ActorEntry[];
  issues: DictionaryIssue[];
}

/** Whether the code unit separates the words of a phrase (`_` or a space). */
const isSeparator = (c: number) => c === 95 || isSpace(c);

/**
 * The phrase between `from` and `to` of `text` (already trimmed): `readPhrase(text.slice(from, to))`,
 * with the words cut from the upper-cased phrase when that keeps every character in place (ASCII).
 */
function phraseAt(text: string, from: number, to: number): DictionaryPhrase {
  const raw = text.slice(from, to);
  let ascii = true;
  let lower = false;
  for (let k = 0; k < raw.length && ascii; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 128) ascii = false;
    else if (c >= 97 && c <= 122) lower = true;
  }
  const upper = ascii && lower ? raw.toUpperCase() : raw;
  const words: string[] = [];
  for (let k = 0; k < raw.length; ) {
    if (isSeparator(raw.charCodeAt(k))) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < raw.length && !isSeparator(raw.charCodeAt(e))) e++;
    words.push(ascii ? upper.slice(k, e) : raw.slice(k, e).toUpperCase());
    k = e;
  }
  return { words, exact: raw.charCodeAt(raw.length - 1) === 95, raw };
}

/** The first index from `from` (up to `to`) that is not a space, or `to`. */
function firstNonSpace(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/** The index after the last character before `to` (down to `from`) that is not a space, or `from`. */
function endOfNonSpace(text: string, from: number, to: number): number {
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return to;
}

/**
 * The next place of one character in a text from a given index on, for indices that only grow: each search
 * starts where it is needed and its answer is kept until passed, so a whole reading scans the text once.
 */
class NextPlace {
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  /** The first index ≥ `from` of the character, or the text's length when there is none. */
  from(from: number): number {
    if (this.at < from) {
      const i = this.text.indexOf(this.char, from);
      this.at = i < 0 ? this.text.length : i;
    }
    return this.at;
  }
}

/**
 * Splits a dictionary phrase into words: `_` and spaces separate words; a trailing `_` marks an exact match.
 * @example readPhrase('ARNOR_') // { words: ['ARNOR'], exact: true, raw: 'ARNOR_' }
 */
export function readPhrase(raw: string): DictionaryPhrase {
  const from = firstNonSpace(raw, 0, raw.length);
  return phraseAt(raw, from, endOfNonSpace(raw, from, raw.length));
}

const BLOCKS = /\[([^\]]*)\]/g;

/** One reading of a dictionary text: the entries and issues so far, and the scanning state. */
class DictionaryReader {
  readonly entries: ActorEntry[] = [];
  readonly issues: DictionaryIssue[] = [];
  private readonly hashes: NextPlace;
  private readonly opens: NextPlace;
  private readonly closes: NextPlace;
  private readonly days: TabariDayTable = new Map();

  constructor(private readonly text: string) {
    this.hashes = new NextPlace(text, '#');
    this.opens = new NextPlace(text, '[');
    this.closes = new NextPlace(text, ']');
  }

  /** Reads every line, as `text.split(/\r?\n/)` cuts them. */
  read(): void {
    const { text } = this;
    let current: ActorEntry | null = null;
    let inBlockComment = false;
    for (let s = 0, next = 0, line = 1; next <= text.length; s = next, line++) {
      const nl = text.indexOf('\n', s);
      next = nl < 0 ? text.length + 1 : nl + 1;
      const e = nl < 0 ? text.length : nl > s && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      // the line trimmed is [ts, te)
      const ts = firstNonSpace(text, s, e);
      const te = endOfNonSpace(text, ts, e);
      if (inBlockComment || (te - ts >= 2 && text.charCodeAt(ts) === 60 && text.charCodeAt(ts + 1) === 33)) {
        inBlockComment = !text.slice(ts, te).includes('-->');
        continue;
      }
      // the content, before any `#`, is [s, ce); its phrase part, trimmed, is [ts, pe)
      const hash = this.hashes.from(s);
      const ce = hash < e ? hash : e;
      if (ts >= ce) continue;
      const open = this.opens.from(s);
      const pe = endOfNonSpace(text, ts, open < ce ? open : ce);
      if (pe > ts && text.charCodeAt(ts) === 43) {
        if (!current) {
          this.flag(line, ts, te, 'synonym before any entry');
          continue;
        }
        const p = phraseAt(text, firstNonSpace(text, ts + 1, pe), pe);
        if (p.words.length) current.phrases.push(p);
      } else if (pe > ts) {
        const phrases = [phraseAt(text, ts, pe)];
        const cs = hash < e ? firstNonSpace(text, hash + 1, e) : e;
        current = cs < e ? { phrases, codes: [], line, comment: text.slice(cs, endOfNonSpace(text, cs, e)) } : { phrases, codes: [], line };
        this.entries.push(current);
      }
      if (open >= ce) continue;
      if (!current) this.flag(line, ts, te, 'code block before any entry');
      else this.readBlocks(current, open, ce, line, ts, te);
    }
  }

  /** Flags a problem of a line whose trimmed text is [ts, te). */
  private flag(line: number, ts: number, te: number, reason: string, at = this.issues.length): void {
    this.issues.splice(at, 0, { line, text: this.text.slice(ts, te), reason });
  }

  /**
   * Reads the `[...]` blocks between `from` (a line's first `[`) and `to` (the end of its content) into `entry`:
   * a block runs from a `[` to the next `]`. Text outside the blocks is flagged before the blocks' own issues;
   * malformed blocks are flagged and skipped.
   */
  private readBlocks(entry: ActorEntry, from: number, to: number, line: number, ts: number, te: number): void {
    const { text } = this;
    const mark = this.issues.length;
    let stray = false;
    for (let p = from; ; ) {
      const open = this.opens.from(p);
      const close = open < to ? this.closes.from(open + 1) : to;
      if (close >= to) {
        stray ||= firstNonSpace(text, p, to) < to;
        break;
      }
      stray ||= firstNonSpace(text, p, open) < open;
      const block = parseCodeBlockAt(text, open + 1, close, this.days);
      if ('error' in block) this.flag(line, ts, te, block.error);
      else entry.codes.push(block);
      p = close + 1;
    }
    if (stray) this.flag(line, ts, te, `unreadable text "${text.slice(from, to).replace(BLOCKS, '').trim()}" beside the code blocks`, mark);
  }
}

/**
 * Reads a TABARI/PETRARCH `.actors` dictionary: `NAME [CODE]` lines, `+SYNONYM` lines, code blocks
 * on the head line or on indented lines below it (`[CODE <date]`, `[CODE >date]`,
 * `[CODE date-date]`, YYMMDD or YYYYMMDD), `#` comments and `<!-- ... -->` blocks. Malformed blocks
 * and impossible dates are flagged in `issues` and skipped; the reader never throws.
 * @example readActorDictionary('GOLLUM\n+SMEAGOL\n\t[HOB <950601]\n\t[HOBGOV >950602]').entries[0].codes.length // 2
 */
export function readActorDictionary(text: string): ActorDictionary {
  const reader = new DictionaryReader(text);
  reader.read();
  return { entries: reader.entries.filter((e) => e.phrases[0].words.length > 0), issues: reader.issues };
}

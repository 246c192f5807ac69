import { parseCodeBlockAt, type BlockStrings, type CodeBlock, type DictionaryIssue } from './code-block.ts';

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

/** The words of an upper-cased phrase: runs of characters other than `_` and spaces. */
const WORDS = /[^_\s]+/g;

/**
 * The phrase between `from` and `to` of `text` (already trimmed): `readPhrase(text.slice(from, to))`. The
 * phrase is upper-cased before it is split, which gives the same words (no upper-case form is or holds a
 * `_` or a space).
 */
function phraseAt(text: string, from: number, to: number): DictionaryPhrase {
  const raw = text.slice(from, to);
  return { words: raw.toUpperCase().match(WORDS) ?? [], exact: raw.charCodeAt(raw.length - 1) === 95, raw };
}

/**
 * Whether a UTF-16 code unit is white space as `String.prototype.trim` and the regex class `\s` see it.
 * @example isSpace(0x09) // true
 */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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

/** A line's `[...]` blocks, removed to word the issue of a line with stray text beside them. */
const BLOCKS = /\[([^\]]*)\]/g;

/** Stands for the phrases and codes of an entry until the entry is complete. */
const PENDING: never[] = [];

/**
 * One reading of a dictionary text: the entries and issues so far, and the scanning state. The phrases and
 * codes of the current entry are gathered apart and copied into it once it is complete, so that each entry
 * keeps arrays of their length.
 */
class DictionaryReader {
  readonly entries: ActorEntry[] = [];
  readonly issues: DictionaryIssue[] = [];
  private current: ActorEntry | null = null;
  private readonly phrases: DictionaryPhrase[] = [];
  private readonly codes: CodeBlock[] = [];
  private readonly hashes: NextPlace;
  private readonly opens: NextPlace;
  private readonly closes: NextPlace;
  private lastComment = '';
  private readonly shared: BlockStrings = { days: new Map(), codes: new Map() };

  constructor(private readonly text: string) {
    this.hashes = new NextPlace(text, '#');
    this.opens = new NextPlace(text, '[');
    this.closes = new NextPlace(text, ']');
  }

  /** Reads every line, as `text.split(/\r?\n/)` cuts them. */
  read(): void {
    const { text } = this;
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
        if (!this.current) {
          this.flag(line, ts, te, 'synonym before any entry');
          continue;
        }
        const p = phraseAt(text, firstNonSpace(text, ts + 1, pe), pe);
        if (p.words.length) this.phrases.push(p);
      } else if (pe > ts) {
        this.complete();
        this.phrases.push(phraseAt(text, ts, pe));
        const cs = hash < e ? firstNonSpace(text, hash + 1, e) : e;
        const comment = cs < e ? this.commentAt(cs, endOfNonSpace(text, cs, e)) : '';
        this.current = comment ? { phrases: PENDING, codes: PENDING, line, comment } : { phrases: PENDING, codes: PENDING, line };
        this.entries.push(this.current);
      }
      if (open >= ce) continue;
      if (!this.current) this.flag(line, ts, te, 'code block before any entry');
      else this.readBlocks(open, ce, line, ts, te);
    }
    this.complete();
  }

  /** Gives the current entry its phrases and codes. */
  private complete(): void {
    if (!this.current) return;
    this.current.phrases = this.phrases.slice();
    this.current.codes = this.codes.slice();
    this.phrases.length = 0;
    this.codes.length = 0;
  }

  /** The comment between `from` and `to`: the last comment read when it is the same (Phoenix repeats one on most entries). */
  private commentAt(from: number, to: number): string {
    if (to - from !== this.lastComment.length || !this.text.startsWith(this.lastComment, from)) this.lastComment = this.text.slice(from, to);
    return this.lastComment;
  }

  /** Flags a problem of a line whose trimmed text is [ts, te). */
  private flag(line: number, ts: number, te: number, reason: string, at = this.issues.length): void {
    this.issues.splice(at, 0, { line, text: this.text.slice(ts, te), reason });
  }

  /**
   * Reads the `[...]` blocks between `from` (a line's first `[`) and `to` (the end of its content) into the current entry:
   * a block runs from a `[` to the next `]`. Text outside the blocks is flagged before the blocks' own issues;
   * malformed blocks are flagged and skipped.
   */
  private readBlocks(from: number, to: number, line: number, ts: number, te: number): void {
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
      const block = parseCodeBlockAt(text, open + 1, close, this.shared);
      if ('error' in block) this.flag(line, ts, te, block.error);
      else this.codes.push(block);
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

import { parseCodeBlock, type CodeBlock, type DictionaryIssue } from './code-block.ts';

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

/**
 * Splits a dictionary phrase into words: `_` and spaces separate words; a trailing `_` marks an exact match.
 * @example readPhrase('ARNOR_') // { words: ['ARNOR'], exact: true, raw: 'ARNOR_' }
 */
export function readPhrase(raw: string): DictionaryPhrase {
  const t = raw.trim();
  const words = t.split(/[_\s]+/).filter(Boolean).map((w) => w.toUpperCase());
  return { words, exact: t.endsWith('_'), raw: t };
}

/** Splits a line into its content and its `#` comment (TABARI). */
function splitComment(line: string): [string, string | undefined] {
  const i = line.indexOf('#');
  return i < 0 ? [line, undefined] : [line.slice(0, i), line.slice(i + 1).trim()];
}

/**
 * Reads a TABARI/PETRARCH `.actors` dictionary: `NAME [CODE]` lines, `+SYNONYM` lines, code blocks
 * on the head line or on indented lines below it (`[CODE <date]`, `[CODE >date]`,
 * `[CODE date-date]`, YYMMDD or YYYYMMDD), `#` comments and `<!-- ... -->` blocks. Malformed blocks
 * and impossible dates are flagged in `issues` and skipped; the reader never throws.
 * @example readActorDictionary('GOLLUM\n+SMEAGOL\n\t[HOB <950601]\n\t[HOBGOV >950602]').entries[0].codes.length // 2
 */
export function readActorDictionary(text: string): ActorDictionary {
  const entries: ActorEntry[] = [];
  const issues: DictionaryIssue[] = [];
  let current: ActorEntry | null = null;
  let inBlockComment = false;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const rawLine = lines[n];
    const trimmed = rawLine.trim();
    if (inBlockComment) {
      if (trimmed.includes('-->')) inBlockComment = false;
      continue;
    }
    if (trimmed.startsWith('<!')) {
      if (!trimmed.includes('-->')) inBlockComment = true;
      continue;
    }
    const [line, comment] = splitComment(rawLine);
    if (!line.trim()) continue;
    const bracket = line.indexOf('[');
    const phrasePart = (bracket < 0 ? line : line.slice(0, bracket)).trim();
    const blocks = bracket < 0 ? '' : line.slice(bracket);
    if (phrasePart.startsWith('+')) {
      if (!current) {
        issues.push({ line: n + 1, text: trimmed, reason: 'synonym before any entry' });
        continue;
      }
      const p = readPhrase(phrasePart.slice(1));
      if (p.words.length) current.phrases.push(p);
    } else if (phrasePart) {
      current = { phrases: [readPhrase(phrasePart)], codes: [], line: n + 1, ...(comment ? { comment } : {}) };
      entries.push(current);
    }
    if (!blocks) continue;
    if (!current) {
      issues.push({ line: n + 1, text: trimmed, reason: 'code block before any entry' });
      continue;
    }
    const re = /\[([^\]]*)\]/g;
    const consumed = blocks.replace(re, '').trim();
    if (consumed) issues.push({ line: n + 1, text: trimmed, reason: `unreadable text "${consumed}" beside the code blocks` });
    for (let m = re.exec(blocks); m; m = re.exec(blocks)) {
      const block = parseCodeBlock(m[1]);
      if ('error' in block) issues.push({ line: n + 1, text: trimmed, reason: block.error });
      else current.codes.push(block);
    }
  }
  return { entries: entries.filter((e) => e.phrases[0].words.length > 0), issues };
}

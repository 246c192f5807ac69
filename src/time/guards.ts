import type { TokenSpan } from '../model/annotations.ts';
import { tokenAt } from '../model/token-index.ts';
import { parseNumeral } from './builtins.ts';
import type { Candidate } from './candidate.ts';
import { lookupWord, type TimeLexicon } from './lexicon.ts';

/** What a guard sees: the text, the tokens (may be empty), and the lexicon. */
export interface GuardInput {
  text: string;
  tokens: readonly TokenSpan[];
  lexicon: TimeLexicon;
}

export { tokenAt };

const prevWord = (text: string, at: number) => /([\w'.]+)[\s,]*$/.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
const nextWord = (text: string, at: number) => /^\s*([\w'.]*\w)/.exec(text.slice(at, at + 30))?.[1] ?? '';
const inClass = (g: GuardInput, cls: string, word: string) => {
  const c = g.lexicon.classes.get(cls);
  return c ? c.entries.has(word) || c.lower.has(word.toLowerCase()) : false;
};

/** "May"/"March" the verb or a name ("Theresa May", "April Smith") are not months. */
function monthWord(c: Candidate, g: GuardInput): boolean {
  const i = tokenAt(g.tokens, c.start);
  if (i >= 0 && (g.tokens[i].pos === 'AUX' || g.tokens[i].pos === 'VERB')) return false;
  const before = prevWord(g.text, c.start);
  const sentenceStart = /(^|[.!?:;"“]\s*|\n\s*)$/.test(g.text.slice(Math.max(0, c.start - 4), c.start));
  if (!sentenceStart && /^[A-Z]/.test(before) && !inClass(g, 'monthPrevOk', before)) return false;
  const after = nextWord(g.text, c.end);
  // a sentence-initial bare month is a verb or a name unless a comma follows ("May I", "March on")
  if (sentenceStart && !/^\s*,/.test(g.text.slice(c.end))) return false;
  // "met April Glaspie" is a name; "in late April Soviet forces" is a month before the subject
  if (/^[A-Z][a-z]/.test(after) && !/^\s*[,.;]/.test(g.text.slice(c.end)) && !lookupWord(g.lexicon.classes.get('month')!, after)) {
    return inClass(g, 'monthStrongPrev', before);
  }
  return true;
}

/** A bare number is not a year when it counts something ("1500 troops") or is money or a rank. */
function yearNumber(c: Candidate, g: GuardInput): boolean {
  const after = nextWord(g.text, c.end);
  if (inClass(g, 'yearGuardNouns', after)) return false;
  if (/^\s*(?:[-–]\s*\d|\/\d|:\d)/.test(g.text.slice(c.end))) return /^\s*[-–]\s*\d{2,4}\b/.test(g.text.slice(c.end));
  // "Flight 2013", "model B-2000" ("A 1919 attempt" is a year)
  if (/(?:No\.|#|number|Flight|flight|Route|route|Highway|model|Boeing|Airbus|Resolution|resolution)\s*$|\b[AB]-$/.test(g.text.slice(Math.max(0, c.start - 12), c.start))) return false;
  return true;
}

/** "since '82" is a year; "iLife '11", "Windows '95" are product names. */
function shortYear(c: Candidate, g: GuardInput): boolean {
  return !/[A-Z]/.test(prevWord(g.text, c.start)) && yearNumber(c, g);
}

/** "fall" and "spring" are verbs unless a determiner or preposition says season. */
function seasonWord(c: Candidate, g: GuardInput): boolean {
  const word = g.text.slice(c.start, c.end).toLowerCase();
  if (!/^(?:the\s+)?(?:fall|spring)$/.test(word)) return true;
  // "the fall of Paris" is a defeat; "the fall of 1944" is a season
  if (/^\s+of\s+(?!\d)/.test(g.text.slice(c.end, c.end + 8))) return false;
  if (/^the\s/.test(word)) return true;
  return inClass(g, 'seasonPrevOk', prevWord(g.text, c.start));
}

/** "years" alone is a duration only after "for", "in", "within", "over" ... or with "the". */
function bareUnit(c: Candidate, g: GuardInput): boolean {
  if (/^the\s/i.test(g.text.slice(c.start, c.end))) return true;
  return inClass(g, 'bareUnitPrevOk', prevWord(g.text, c.start));
}

/**
 * "a quarter of the shares", "three quarters of the vote" are shares and "in some quarters" a
 * place; "two consecutive quarters of growth" is time.
 */
function quarterOf(c: Candidate, g: GuardInput): boolean {
  if ((c.norm.unit ?? c.norm.unitAdj) !== 'Q') return true;
  // "in some quarters" is a place in opinion, not a span of time
  if (c.norm.vague && /^(?:some|many) quarters$/i.test(g.text.slice(c.start, c.end))) return false;
  if (!/^\s*,?\s+of\b/.test(g.text.slice(c.end, c.end + 6))) return true;
  return !/^(?:(?:the|a|an) )?(?:a|an|one|three) quarters?$/i.test(g.text.slice(c.start, c.end).replace(/\s+/g, ' '));
}

/** "295,000 week ago" counts something else ("295,000 [a] week ago"): more than one unit takes a plural. */
function unitAgreement(c: Candidate): boolean {
  const unit = c.raw.unit;
  return !(unit && c.raw.numeral && !/s$/i.test(unit) && parseNumeral(c.raw.numeral) > 1);
}

/** The end of a day range ("April 6-7", "May 6 and 7th"): after a word ("and", "to") it must end the phrase. */
function rangeEnd(c: Candidate, g: GuardInput): boolean {
  if (/[-–]\s*$/.test(g.text.slice(Math.max(0, c.start - 3), c.start))) return true;
  return /^\s*(?:[,.;:)]|$)/.test(g.text.slice(c.end, c.end + 3));
}

/** "1915-17": the second year is later than the first (not "2013-03", a month). */
function yearRange(c: Candidate): boolean {
  return Number(c.raw.yearTo) > Number(c.raw.yearFrom) || (c.raw.yearFrom === '99' && c.raw.yearTo === '00');
}

const GUARDS: Record<string, (c: Candidate, g: GuardInput) => boolean> = {
  'month-word': monthWord,
  'year-number': yearNumber,
  'short-year': shortYear,
  'season-word': seasonWord,
  'bare-unit': bareUnit,
  'quarter-of': quarterOf,
  'range-end': rangeEnd,
  'unit-agreement': unitAgreement,
  'year-range': yearRange,
};

/** The guard names rules may use. */
export const GUARD_NAMES = Object.keys(GUARDS);

/**
 * Whether a candidate survives its rule's guard (true when the rule has none).
 * @example passesGuard(candidate, { text, tokens, lexicon })
 */
export function passesGuard(c: Candidate, g: GuardInput): boolean {
  const guard = c.rule.guard ? GUARDS[c.rule.guard] : undefined;
  return guard ? guard(c, g) : true;
}

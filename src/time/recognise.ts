import type { TokenSpan } from '../model/annotations.ts';
import type { Candidate } from './candidate.ts';
import { passesGuard } from './guards.ts';
import type { GatePlan, PlannedRule } from './gate-plan.ts';
import { lookupWord, type TimeLexicon } from './lexicon.ts';

/** A match that passed its word classes, with its rule's place for ties. */
interface Found {
  c: Candidate;
  order: number;
}

/**
 * Runs one rule over a piece of the text that starts at `base`; a match whose word-class groups
 * the classes reject is dropped.
 */
function matchRule(planned: PlannedRule, piece: string, base: number, out: Found[]): void {
  const { rule, groups, order } = planned;
  const regex = rule.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(piece); m; m = regex.exec(piece)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const raw: Record<string, string> = {};
    const norm: Record<string, string> = {};
    const values = m.groups as Record<string, string | undefined>;
    let ok = true;
    for (const { name, cls } of groups) {
      const value = values[name];
      if (value === undefined) continue;
      raw[name] = value;
      if (!cls) continue;
      const v = lookupWord(cls, value);
      if (v === undefined) {
        ok = false;
        break;
      }
      norm[name] = v;
    }
    if (ok) out.push({ c: { start: base + m.index, end: base + m.index + m[0].length, rule, raw, norm }, order });
  }
}

/**
 * The gates a sentence opens, by gate id: `open[g] === stamp` when a word of the sentence opens
 * gate g; `tested`/`passed` cache the text tests of the sentence (a `rule:` gate, or every gate
 * when the gates are not read off tokens).
 */
class SentenceGates {
  readonly open: Uint32Array;
  readonly tested: Uint32Array;
  readonly passed: Uint8Array;
  /** The gates the current sentence's words opened, in the order they opened. */
  readonly opened: number[] = [];
  stamp = 0;
  constructor(readonly plan: GatePlan) {
    const n = plan.tests.length;
    this.open = new Uint32Array(n);
    this.tested = new Uint32Array(n);
    this.passed = new Uint8Array(n);
  }

  /** Starts a sentence: no gate open, no text test made. */
  next(): void {
    this.stamp++;
    this.opened.length = 0;
  }

  /** Opens the gates a word opens. */
  openAll(ids: readonly number[]): void {
    for (const g of ids) {
      if (this.open[g] !== this.stamp) {
        this.open[g] = this.stamp;
        this.opened.push(g);
      }
    }
  }

  /** Whether gate g is open in `piece`; `fromTokens`: the word gates were read off its tokens. */
  has(g: number, piece: string, fromTokens: boolean): boolean {
    if (fromTokens && this.plan.textOnly[g] === 0) return this.open[g] === this.stamp;
    if (this.tested[g] !== this.stamp) {
      this.tested[g] = this.stamp;
      this.passed[g] = this.plan.tests[g].test(piece) ? 1 : 0;
    }
    return this.passed[g] === 1;
  }

  /** Runs one rule over the sentence when all its gates are open. */
  run(planned: PlannedRule, piece: string, start: number, fromTokens: boolean, out: Found[]): void {
    for (const g of planned.gates) if (!this.has(g, piece, fromTokens)) return;
    matchRule(planned, piece, start, out);
  }

  /** Runs every rule over a text whose gates are tested on the text itself. */
  scanAll(text: string, out: Found[]): void {
    this.next();
    for (const planned of this.plan.rules) this.run(planned, text, 0, false, out);
  }

  /** Runs over the current sentence the rules keyed on the gates its words opened, then the unkeyed ones. */
  scanOpened(text: string, start: number, end: number, out: Found[]): void {
    const { rules, keyed, unkeyed } = this.plan;
    const piece = text.slice(start, end);
    for (const g of this.opened) for (const r of keyed[g]) this.run(rules[r], piece, start, true, out);
    for (const r of unkeyed) this.run(rules[r], piece, start, true, out);
  }
}

/**
 * The gates a token's word opens. Its lower-case form from tokenize gates as the text's own word
 * does, unless an apostrophe was straightened or a Kelvin sign folded to "k" (`folds`): then the
 * text is read.
 */
function tokenGates(text: string, t: TokenSpan, folds: boolean, plan: GatePlan): readonly number[] {
  const norm = t.norm;
  if (norm === undefined || folds) return plan.wordGates(text.slice(t.start, t.end));
  // mayOpen passes every word with an apostrophe, so the test for one is made only on words that pass
  if (!plan.mayOpen(norm)) return NO_GATES;
  return norm.includes("'") ? plan.wordGates(text.slice(t.start, t.end)) : plan.wordGates(norm);
}

const NO_GATES: readonly number[] = [];

/**
 * Scans the sentences of the text from the tokens, each with the class gates its words open (a
 * word and its hyphen or slash parts, and `digit`); the whole text, gates tested on it, without tokens.
 */
function scanSentences(text: string, tokens: readonly TokenSpan[], plan: GatePlan, out: Found[]): void {
  const gates = new SentenceGates(plan);
  if (tokens.length === 0) {
    gates.scanAll(text, out);
    return;
  }
  const folds = text.includes('\u212A');
  let i = 0;
  while (i < tokens.length) {
    const sentence = tokens[i].sentence;
    const start = tokens[i].start;
    let end = start;
    gates.next();
    for (; i < tokens.length && tokens[i].sentence === sentence; i++) {
      const t = tokens[i];
      end = t.end;
      // punctuation opens no gate (a digit, a letter or an apostrophe must come first)
      const c = text.charCodeAt(t.start);
      if (c < 39 || (c > 39 && c < 48) || (c > 57 && c < 65)) continue;
      gates.openAll(tokenGates(text, t, folds, plan));
    }
    gates.scanOpened(text, start, end, out);
  }
}

/** Whether any offset in [start, end) is taken. */
function overlaps(taken: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (taken[k] === 1) return true;
  return false;
}

/** Widens a candidate over a modifier just before it ("more than", "early", "mid-"). */
function attachModifier(c: Candidate, text: string, lexicon: TimeLexicon): Candidate {
  const head = text.slice(c.start, c.end);
  if (/^the\s/i.test(head) && c.rule.type === 'DURATION') return c;
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  let best: { len: number; mod: string } | null = null;
  for (const m of lexicon.modifiers) {
    if (!m.types.includes(c.rule.type)) continue;
    const hit = m.regex.exec(before);
    if (hit && (!best || hit[0].length > best.len)) best = { len: hit[0].length, mod: m.mod };
  }
  if (!best) return c;
  return { ...c, start: c.start - best.len, mod: best.mod };
}

/**
 * Finds the time expressions of a text, sentence by sentence (from the tokens): every rule's
 * matches (a rule whose mandatory words are not in the sentence is skipped), guarded against
 * look-alikes, then
 * the longest of overlapping matches (an earlier rule wins a tie), widened over modifiers.
 * @example recognise('talks on Friday', [], lexicon)[0].rule.id // 'date.weekday'
 */
export function recognise(text: string, tokens: readonly TokenSpan[], lexicon: TimeLexicon): Candidate[] {
  const found: Found[] = [];
  scanSentences(text, tokens, lexicon.plan, found);
  const guard = { text, tokens, lexicon };
  const all: Found[] = [];
  for (const f of found) if (passesGuard(f.c, guard)) all.push(f);
  all.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order || a.c.start - b.c.start);
  const chosen: Candidate[] = [];
  const taken = new Uint8Array(text.length);
  for (const { c } of all) {
    if (overlaps(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((c) => attachModifier(c, text, lexicon));
}

import type { TokenSpan } from '../model/annotations.ts';
import type { Candidate } from './candidate.ts';
import { passesGuard } from './guards.ts';
import { gateWord, lookupWord, type TimeLexicon, type TimeRule } from './lexicon.ts';

/**
 * Runs one rule over a piece of the text that starts at `base`; a match whose word-class groups
 * the classes reject is dropped.
 */
function matchRule(rule: TimeRule, piece: string, base: number, lexicon: TimeLexicon, out: Candidate[]): void {
  rule.regex.lastIndex = 0;
  for (let m = rule.regex.exec(piece); m; m = rule.regex.exec(piece)) {
    if (m[0].length === 0) {
      rule.regex.lastIndex++;
      continue;
    }
    const raw: Record<string, string> = {};
    const norm: Record<string, string> = {};
    let ok = true;
    for (const [group, value] of Object.entries(m.groups ?? {})) {
      if (value === undefined) continue;
      raw[group] = value;
      const cls = lexicon.classes.get(rule.groupClass.get(group) ?? '');
      if (!cls) continue;
      const v = lookupWord(cls, value);
      if (v === undefined) {
        ok = false;
        break;
      }
      norm[group] = v;
    }
    if (ok) out.push({ start: base + m.index, end: base + m.index + m[0].length, rule, raw, norm });
  }
}

/** A sentence to scan, with the gates its words open (null: test the gates on its text). */
interface Piece {
  start: number;
  end: number;
  gates: Set<string> | null;
}

/**
 * The sentences of the text from the tokens, each with the class gates its words open (a word
 * and its hyphen or slash parts, and `digit`); the whole text, gates unknown, without tokens.
 */
function sentencePieces(text: string, tokens: readonly TokenSpan[], lexicon: TimeLexicon): Piece[] {
  if (tokens.length === 0) return [{ start: 0, end: text.length, gates: null }];
  const out: Piece[] = [];
  let sentence = -1;
  for (const t of tokens) {
    if (t.sentence !== sentence) {
      out.push({ start: t.start, end: t.end, gates: new Set() });
      sentence = t.sentence;
    }
    const piece = out[out.length - 1];
    piece.end = t.end;
    const gates = piece.gates as Set<string>;
    const word = text.slice(t.start, t.end);
    const c = word.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      gates.add('digit');
      // "5:30PM", "10am": the letters after the digits open their class too
      const tail = /[a-z.]+$/i.exec(word);
      if (tail) for (const g of lexicon.wordGates.get(gateWord(tail[0])) ?? []) gates.add(g);
    } else if (c < 65 && c !== 39) continue;
    const parts = word.includes('-') || word.includes('/') ? [word, ...word.split(/[-/]/)] : [word];
    for (const part of parts) {
      if (/\d/.test(part)) gates.add('digit');
      for (const g of lexicon.wordGates.get(gateWord(part)) ?? []) gates.add(g);
    }
  }
  return out;
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
  const found: Candidate[] = [];
  for (const { start, end, gates } of sentencePieces(text, tokens, lexicon)) {
    const piece = text.slice(start, end);
    const tested = new Map<string, boolean>();
    const has = (gate: string) => {
      if (gates && !gate.startsWith('rule:')) return gates.has(gate);
      let p = tested.get(gate);
      if (p === undefined) tested.set(gate, (p = lexicon.gates.get(gate)?.test(piece) ?? true));
      return p;
    };
    for (const rule of lexicon.rules) if (rule.gates.every(has)) matchRule(rule, piece, start, lexicon, found);
  }
  const order = new Map(lexicon.rules.map((r, i) => [r, i]));
  const all = found.filter((c) => passesGuard(c, { text, tokens, lexicon })).map((c) => ({ c, order: order.get(c.rule) ?? 0 }));
  all.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order || a.c.start - b.c.start);
  const chosen: Candidate[] = [];
  const taken = new Uint8Array(text.length);
  for (const { c } of all) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((c) => attachModifier(c, text, lexicon));
}

import type { TokenSpan } from '../model/annotations.ts';
import type { Candidate } from './candidate.ts';
import { passesGuard } from './guards.ts';
import { lookupWord, type TimeLexicon, type TimeRule } from './lexicon.ts';

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

/** The sentences of the text as `[start, end)` from the tokens, or the whole text without tokens. */
function sentencePieces(text: string, tokens: readonly TokenSpan[]): [number, number][] {
  if (tokens.length === 0) return [[0, text.length]];
  const out: [number, number][] = [];
  let sentence = -1;
  for (const t of tokens) {
    if (t.sentence !== sentence) {
      out.push([t.start, t.end]);
      sentence = t.sentence;
    } else out[out.length - 1][1] = t.end;
  }
  return out;
}

/** Widens a candidate over a modifier just before it ("more than", "early", "mid-"). */
function attachModifier(c: Candidate, text: string, lexicon: TimeLexicon): Candidate {
  const head = text.slice(c.start, c.end);
  if (/^the\s/i.test(head) && c.rule.type === 'DURATION') return c;
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  let best: { len: number; mod: string; id: string } | null = null;
  for (const m of lexicon.modifiers) {
    if (!m.types.includes(c.rule.type)) continue;
    const hit = m.regex.exec(before);
    if (hit && (!best || hit[0].length > best.len)) best = { len: hit[0].length, mod: m.mod, id: m.id };
  }
  if (!best) return c;
  return { ...c, start: c.start - best.len, mod: best.mod, modRule: best.id };
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
  for (const [start, end] of sentencePieces(text, tokens)) {
    const piece = text.slice(start, end);
    const present = new Map<string, boolean>();
    const has = (gate: string) => {
      let p = present.get(gate);
      if (p === undefined) present.set(gate, (p = lexicon.gates.get(gate)?.test(piece) ?? true));
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

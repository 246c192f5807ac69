import { boundedMemo } from '../util/bounded-memo.ts';
import type { TimeRule, WordClass } from './lexicon.ts';

/** A rule's named group and the word class its match must belong to (null: any text). */
export interface RuleGroup {
  name: string;
  cls: WordClass | null;
}

/** A rule as the recogniser runs it: its gates as numbers and its groups in match order. */
export interface PlannedRule {
  rule: TimeRule;
  /** The rule's place in the lexicon (an earlier rule wins a tie). */
  order: number;
  /** Ids (indexes of `GatePlan.tests`) of the rule's gates, in the rule's order. */
  gates: number[];
  groups: RuleGroup[];
}

/**
 * The time rules compiled for a fast scan: gates numbered, each word's gates memoised, each
 * rule's groups listed once (see src/time/recognise.ts).
 */
export interface GatePlan {
  rules: PlannedRule[];
  /** Each gate's presence test on a sentence's text, by id. */
  tests: RegExp[];
  /** 1 where a gate is tested on the text only (`rule:<id>`), never read off the tokens. */
  textOnly: Uint8Array;
  /** The id of the `digit` gate. */
  digit: number;
  /** The gate ids a token's word opens (a word and its hyphen or slash parts, and `digit`), memoised by word. */
  wordGates: (word: string) => readonly number[];
  /**
   * A quick test, before `wordGates`, on a lower-case word: false only when the word opens no gate
   * (all ASCII, no digit, hyphen, slash or apostrophe, and its gate word misses a hash filter over the gate words).
   */
  mayOpen: (word: string) => boolean;
  /**
   * By gate id, the rules (indexes of `rules`) keyed on that gate: each rule is keyed on one gate a
   * token can open (not `digit` when it has another), so a sentence need only try the rules of the
   * gates its words open.
   */
  keyed: number[][];
  /** The rules no token gate keys (only `rule:<id>` gates): tried on every sentence. */
  unkeyed: number[];
}

const FILTER_SLOTS = 1 << 16;
const HASH_SEED = 0x811c9dc5;
/** FNV-1a over character codes, one code at a time, and the filter slot of a hash. */
const hashStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const slot = (h: number) => (h ^ (h >>> 16)) & (FILTER_SLOTS - 1);

/** The named groups of a regular expression, in the order its matches list them. */
function groupNames(regex: RegExp): string[] {
  // an empty alternative matches the empty string, so every group is listed (undefined)
  return Object.keys(new RegExp(`(?:${regex.source})|`).exec('')?.groups ?? {});
}

/**
 * Compiles the plan from the loaded rules and gates (`gates`: gate name → presence test;
 * `wordGates`: a token's gate word → the gate names it opens; `gateWord` makes that key).
 * @example compileGatePlan(rules, gates, wordGates, classes, gateWord).rules[0].gates // [3]
 */
export function compileGatePlan(
  rules: readonly TimeRule[],
  gates: ReadonlyMap<string, RegExp>,
  wordGates: ReadonlyMap<string, readonly string[]>,
  classes: ReadonlyMap<string, WordClass>,
  gateWord: (word: string) => string,
): GatePlan {
  // text-only gates with the same test share an id, so a sentence runs that test once
  const names: string[] = [];
  const id = new Map<string, number>();
  const bySource = new Map<string, number>();
  for (const [name, test] of gates) {
    const shared = name.startsWith('rule:') ? `${test.flags}/${test.source}` : null;
    let i = shared === null ? undefined : bySource.get(shared);
    if (i === undefined) {
      i = names.push(name) - 1;
      if (shared !== null) bySource.set(shared, i);
    }
    id.set(name, i);
  }
  const textOnly = Uint8Array.from(names, (n) => (n.startsWith('rule:') ? 1 : 0));
  const digit = id.get('digit') ?? -1;
  const planned = rules.map((rule, order) => ({
    rule,
    order,
    // a gate the lexicon does not test is always open
    gates: rule.gates.flatMap((g) => id.get(g) ?? []),
    groups: groupNames(rule.regex).map((name) => ({ name, cls: classes.get(rule.groupClass.get(name) ?? '') ?? null })),
  }));
  const idsOf = new Map([...wordGates].map(([w, gs]) => [w, gs.map((g) => id.get(g) as number)]));
  const wordIds = (word: string): number[] => {
    const out: number[] = [];
    const add = (ids: readonly number[] | undefined) => {
      if (ids) for (const g of ids) if (!out.includes(g)) out.push(g);
    };
    const c = word.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      add([digit]);
      // "5:30PM", "10am": the letters after the digits open their class too
      const tail = /[a-z.]+$/i.exec(word);
      if (tail) add(idsOf.get(gateWord(tail[0])));
    } else if (c < 65 && c !== 39) return out;
    const parts = word.includes('-') || word.includes('/') ? [word, ...word.split(/[-/]/)] : [word];
    for (const part of parts) {
      if (/\d/.test(part)) add([digit]);
      add(idsOf.get(gateWord(part)));
    }
    return out;
  };
  // bounded, however many distinct words a corpus brings
  const memo = boundedMemo<number[]>(50_000);
  const wordGatesOf = (word: string): number[] => memo(word, () => wordIds(word));
  // a one-bit-per-slot hash filter over the gate words (their ASCII ones; others always pass)
  const filter = new Uint8Array(FILTER_SLOTS);
  for (const w of idsOf.keys()) {
    let h = HASH_SEED;
    let ascii = true;
    for (let k = 0; k < w.length && ascii; k++) {
      const c = w.charCodeAt(k);
      ascii = c < 128;
      h = hashStep(h, c);
    }
    if (ascii) filter[slot(h)] = 1;
  }
  const mayOpen = (word: string): boolean => {
    // as gateWord reads it: a final period dropped, capitals lowered
    const n = word.length > 1 && word.charCodeAt(word.length - 1) === 46 ? word.length - 1 : word.length;
    if (n === 0) return true;
    let h = HASH_SEED;
    for (let k = 0; k < n; k++) {
      const c = word.charCodeAt(k);
      if (c >= 128 || (c >= 48 && c <= 57) || c === 45 || c === 47 || c === 39) return true;
      h = hashStep(h, c >= 65 && c <= 90 ? c + 32 : c);
    }
    return filter[slot(h)] === 1;
  };
  const keyed: number[][] = names.map(() => []);
  const unkeyed: number[] = [];
  planned.forEach((p, i) => {
    const tokenGates = p.gates.filter((g) => textOnly[g] === 0);
    const key = tokenGates.find((g) => g !== digit) ?? tokenGates[0];
    if (key === undefined) unkeyed.push(i);
    else keyed[key].push(i);
  });
  return { rules: planned, tests: names.map((n) => gates.get(n) as RegExp), textOnly, digit, wordGates: wordGatesOf, mayOpen, keyed, unkeyed };
}

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
   * (no digit, hyphen or slash, and no gate word begins with its first two letters).
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
  // the first two characters of every gate word ("x." for a one-letter word, which a final dot may follow)
  const pairs = new Uint8Array(128 * 128);
  for (const w of idsOf.keys()) {
    const c0 = w.charCodeAt(0);
    const c1 = w.length === 1 ? 46 : w.charCodeAt(1);
    if (c0 < 128 && c1 < 128) pairs[c0 * 128 + c1] = 1;
  }
  const mayOpen = (word: string): boolean => {
    if (word.length < 2) return true;
    const c0 = word.charCodeAt(0);
    const c1 = word.charCodeAt(1);
    if (c0 >= 128 || c1 >= 128 || pairs[c0 * 128 + c1] === 1) return true;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      if ((c >= 48 && c <= 57) || c === 45 || c === 47) return true;
    }
    return false;
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

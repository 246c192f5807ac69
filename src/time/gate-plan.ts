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
  const names = [...gates.keys()];
  const id = new Map(names.map((n, i) => [n, i]));
  const textOnly = Uint8Array.from(names, (n) => (n.startsWith('rule:') ? 1 : 0));
  const digit = id.get('digit') ?? -1;
  const planned = rules.map((rule, order) => ({
    rule,
    order,
    gates: rule.gates.map((g) => {
      const i = id.get(g);
      if (i === undefined) throw new Error(`time rule ${rule.id} names the unknown gate ${g}`);
      return i;
    }),
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
  const memo = boundedMemo<number[]>(50_000);
  return { rules: planned, tests: names.map((n) => gates.get(n) as RegExp), textOnly, digit, wordGates: (word) => memo(word, () => wordIds(word)) };
}

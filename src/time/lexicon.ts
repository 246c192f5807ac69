import { z } from 'zod';
import { assertUniqueIds, loadDataFile } from '../data-loading/load-yaml.ts';
import { DyadError } from '../errors.ts';
import type { TimexType } from '../model/annotations.ts';
import { BUILTINS } from './builtins.ts';
import { compileGatePlan, type GatePlan } from './gate-plan.ts';

/** How a rule turns its match into a value (see src/time/normalise.ts). */
export type ResolveKind = 'calendar' | 'relative' | 'duration' | 'set' | 'fixed' | 'clock';

/** A word class: its words and what each normalises to. */
export interface WordClass {
  id: string;
  caseSensitive: boolean;
  entries: Map<string, string>;
  /** Lower-cased keys, for case-insensitive lookup. */
  lower: Map<string, string>;
}

/** A compiled rule: a global regular expression and how to resolve it. */
export interface TimeRule {
  id: string;
  type: TimexType;
  resolve: ResolveKind;
  regex: RegExp;
  /** Group name → the word class it draws from. */
  groupClass: Map<string, string>;
  /** Gates (keys of `TimeLexicon.gates`) every match needs: a text without one skips the rule. */
  gates: string[];
  unit?: string;
  /** A fixed shift in units for relative rules ("last night": -1 day). */
  shift?: number;
  /** A relative rule names the first unit that begins on or after its anchor ("the coming weekend"). */
  upcoming?: boolean;
  /** A TimeML mod the rule itself implies ("year-end": END). */
  mod?: string;
  pod?: string;
  value?: string;
  anchor: 'dct' | 'previous';
  guard?: string;
  /** Points from the time of writing ("today", "last week", "on Friday"): a sign of news, not narrative. */
  deictic?: boolean;
  /** A fiscal year: TimeML writes it FY2013, its calendar span unknown. */
  fiscal?: boolean;
  /** A cheap regular expression a sentence must contain for the rule to run (a speed gate). */
  requires?: string;
  /** Words (lower case) one of which a sentence must contain for the rule to run (a speed gate read off the tokens). */
  triggers?: string[];
  example: string;
}

/** A modifier before an expression ("more than", "early"). */
export interface TimeModifier {
  id: string;
  regex: RegExp;
  mod: string;
  types: TimexType[];
  example: string;
}

/** Everything the time tagger reads from data/time. */
export interface TimeLexicon {
  classes: Map<string, WordClass>;
  rules: TimeRule[];
  modifiers: TimeModifier[];
  /** Cheap presence tests, by gate: a word class, `digit`, `rule:<id>` for a rule's `requires`, `trigger:<id>` for its `triggers`. */
  gates: Map<string, RegExp>;
  /** A token's lower-case word (first word of a multi-word entry, no final dot) → the class and trigger gates it opens. */
  wordGates: Map<string, string[]>;
  futureCues: Set<string>;
  pastCues: Set<string>;
  /** Words just before an expression that point it to the future ("until"). */
  futureBefore: Set<string>;
  /** Present auxiliaries that make an -ing head verb point to the future ("is visiting in May"). */
  progressive: Set<string>;
  /** The text between two coordinated expressions ("August and September 1914"), from the `rangeJoiner` class. */
  rangeJoiner: RegExp;
  /** What closes a span of months ("January to June", "between March and May"), from the `spanJoiner` class. */
  spanJoiner: WordClass;
  /** The rules and gates compiled for the recogniser's scan. */
  plan: GatePlan;
}

const classesSchema = z.object({
  classes: z.array(
    z.object({ id: z.string(), caseSensitive: z.boolean().optional(), example: z.string(), entries: z.record(z.string(), z.coerce.string()) }),
  ),
});
const ruleSchema = z.object({
  id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/),
  pattern: z.string().min(1),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  resolve: z.enum(['calendar', 'relative', 'duration', 'set', 'fixed', 'clock']),
  unit: z.string().optional(),
  shift: z.number().int().optional(),
  upcoming: z.boolean().optional(),
  mod: z.string().optional(),
  pod: z.string().optional(),
  value: z.string().optional(),
  anchor: z.enum(['dct', 'previous']).optional(),
  guard: z.string().optional(),
  deictic: z.boolean().optional(),
  fiscal: z.boolean().optional(),
  requires: z.string().optional(),
  triggers: z.array(z.string().regex(/^[^\sA-Z]+$/)).min(1).optional(),
  example: z.string(),
});
const rulesSchema = z.object({ rules: z.array(ruleSchema) });
const modifiersSchema = z.object({
  modifiers: z.array(z.object({ id: z.string(), phrase: z.string(), mod: z.string(), types: z.array(z.enum(['DATE', 'TIME', 'DURATION', 'SET'])), example: z.string() })),
});
const tenseSchema = z.object({
  cues: z.array(z.object({ id: z.string(), direction: z.enum(['past', 'future', 'futureBefore', 'progressive']), words: z.array(z.string()), example: z.string() })),
});

/** The rule files, one per expression family, in priority order (earlier wins a tie). */
export const RULE_FILES = ['time/dates.yaml', 'time/times.yaml', 'time/relative.yaml', 'time/sets.yaml', 'time/durations.yaml', 'time/refs.yaml'] as const;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

function classPattern(cls: WordClass): string {
  const words = [...cls.entries.keys()].sort((a, b) => b.length - a.length);
  return words.map(escapeRe).join('|');
}

/**
 * Expands `{class}` and `{class:group}` placeholders into named groups; throws E020 on an unknown class.
 * @example expandPattern('r', '{year}', classes) // { source: '(?<year>...)', groupClass }
 */
export function expandPattern(ruleId: string, pattern: string, classes: Map<string, WordClass>): { source: string; groupClass: Map<string, string> } {
  const groupClass = new Map<string, string>();
  const source = pattern.replace(/\{(\w+)(?::(\w+))?\}/g, (_m, cls: string, alias?: string) => {
    const group = alias ?? cls;
    groupClass.set(group, cls);
    const builtin = BUILTINS[cls];
    if (builtin) return `(?<${group}>${builtin})`;
    const wc = classes.get(cls);
    if (!wc) throw new DyadError('E020', `time rule ${ruleId} names the unknown class {${cls}}; add it to data/time/lexicon.yaml`);
    return `(?<${group}>${classPattern(wc)})`;
  });
  return { source, groupClass };
}

/**
 * The key a word has in `wordGates`: lower case, without a final dot.
 * @example gateWord('Sept.') // 'sept'
 */
export const gateWord = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase();

const DIGIT_BUILTINS = new Set(['year', 'year4', 'yy', 'day', 'decade']);

/**
 * The placeholders a pattern cannot match without: those outside every optional group, lookaround
 * and alternation.
 * @example mandatoryPlaceholders('(?:{weekday},? )?{month} {day}') // ['month', 'day']
 */
export function mandatoryPlaceholders(pattern: string): string[] {
  const stack: { alt: boolean; names: string[]; look: boolean }[] = [{ alt: false, names: [], look: false }];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    const top = stack[stack.length - 1];
    if (ch === '\\') i++;
    else if (ch === '[') while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    else if (ch === '|') top.alt = true;
    else if (ch === '(') stack.push({ alt: false, names: [], look: /^\(\?<?[=!]/.test(pattern.slice(i, i + 4)) });
    else if (ch === ')' && stack.length > 1) {
      stack.pop();
      const optional = /^(?:\?|\*|\{0,)/.test(pattern.slice(i + 1));
      if (!top.alt && !top.look && !optional) stack[stack.length - 1].names.push(...top.names);
    } else if (ch === '{') {
      const m = /^\{(\w+)(?::\w+)?\}/.exec(pattern.slice(i));
      if (m && !/^\d/.test(m[1])) top.names.push(m[1]);
    }
  }
  return stack[0].alt ? [] : stack[0].names;
}

const wrap = (source: string) => new RegExp(`(?<![\\w$£€]|\\d[.,])(?:${source})(?![\\w]|[.,]\\d|%)`, 'gi');

/**
 * Loads and compiles data/time/*.yaml; throws E020 on a bad file or pattern.
 * @example loadTimeLexicon().rules.length
 */
export function loadTimeLexicon(dataDir?: string): TimeLexicon {
  const cdata = loadDataFile('time/lexicon.yaml', classesSchema, dataDir);
  assertUniqueIds('time/lexicon.yaml', cdata.classes);
  const classes = new Map<string, WordClass>();
  for (const c of cdata.classes) {
    const entries = new Map(Object.entries(c.entries));
    const lower = new Map([...entries].map(([k, v]) => [k.toLowerCase(), v]));
    classes.set(c.id, { id: c.id, caseSensitive: c.caseSensitive ?? false, entries, lower });
  }
  const rules: TimeRule[] = [];
  for (const file of RULE_FILES) {
    const data = loadDataFile(file, rulesSchema, dataDir);
    for (const r of data.rules) {
      const { source, groupClass } = expandPattern(r.id, r.pattern, classes);
      let regex: RegExp;
      try {
        regex = wrap(source);
      } catch (err) {
        throw new DyadError('E020', `data file ${file}: rule ${r.id} has a bad pattern: ${(err as Error).message}`);
      }
      const gates = [...new Set(mandatoryPlaceholders(r.pattern).map((p) => (DIGIT_BUILTINS.has(p) ? 'digit' : p)).filter((p) => p === 'digit' || classes.has(p)))];
      if (r.triggers) gates.push(`trigger:${r.id}`);
      if (r.requires) gates.push(`rule:${r.id}`);
      rules.push({ ...r, anchor: r.anchor ?? 'dct', regex, groupClass, gates });
    }
  }
  assertUniqueIds('time rules', rules);
  const mdata = loadDataFile('time/modifiers.yaml', modifiersSchema, dataDir);
  assertUniqueIds('time/modifiers.yaml', mdata.modifiers);
  const modifiers = mdata.modifiers.map((m) => ({ id: m.id, mod: m.mod, types: m.types, example: m.example, regex: new RegExp(`(?<![\\w])(?:${m.phrase})\\s*$`, 'i') }));
  const tdata = loadDataFile('time/tense.yaml', tenseSchema, dataDir);
  const cue = (d: string) => new Set(tdata.cues.filter((c) => c.direction === d).flatMap((c) => c.words));
  const gates = new Map<string, RegExp>([['digit', /\d/]]);
  for (const c of classes.values()) gates.set(c.id, new RegExp(`(?<!\\w)(?:${classPattern(c)})(?!\\w)`, 'i'));
  for (const r of rules) if (r.requires) gates.set(`rule:${r.id}`, new RegExp(r.requires, 'i'));
  for (const r of rules) if (r.triggers) gates.set(`trigger:${r.id}`, new RegExp(`(?<!\\w)(?:${r.triggers.map(escapeRe).join('|')})(?!\\w)`, 'i'));
  // only the classes some rule is gated on open gates: guard-only classes ("and", "the") would cost a lookup per token
  const used = new Set(rules.flatMap((r) => r.gates));
  const wordGates = new Map<string, string[]>();
  const open = (word: string, gate: string) => {
    // a phrase or hyphened entry ("this past", "October-December") opens on its first word
    const key = gateWord(word.split(/[\s-]/)[0]);
    const list = wordGates.get(key) ?? [];
    if (!list.includes(gate)) wordGates.set(key, [...list, gate]);
  };
  for (const c of classes.values()) if (used.has(c.id)) for (const entry of c.entries.keys()) open(entry, c.id);
  for (const r of rules) for (const w of r.triggers ?? []) open(w, `trigger:${r.id}`);
  const joiner = classes.get('rangeJoiner');
  if (!joiner) throw new DyadError('E020', 'data/time/lexicon.yaml lacks the rangeJoiner class');
  const rangeJoiner = new RegExp(`^\\s*,?\\s*(?:${classPattern(joiner)})\\s*$`, 'i');
  const spanJoiner = classes.get('spanJoiner');
  if (!spanJoiner) throw new DyadError('E020', 'data/time/lexicon.yaml lacks the spanJoiner class');
  return {
    classes,
    rules,
    modifiers,
    gates,
    wordGates,
    futureCues: cue('future'),
    pastCues: cue('past'),
    futureBefore: cue('futureBefore'),
    progressive: cue('progressive'),
    rangeJoiner,
    spanJoiner,
    plan: compileGatePlan(rules, gates, wordGates, classes, gateWord),
  };
}

/**
 * Looks a matched word up in its class: case-sensitive classes accept the word as written in the
 * data or in full capitals; undefined when the class rejects it.
 * @example lookupWord(classes.get('monthFull')!, 'May') // '05'
 */
export function lookupWord(cls: WordClass, word: string): string | undefined {
  const w = word.replace(/\s+/g, ' ');
  if (!cls.caseSensitive) return cls.lower.get(w.toLowerCase());
  const exact = cls.entries.get(w);
  if (exact !== undefined) return exact;
  if (w.length > 3 && w === w.toUpperCase()) return cls.lower.get(w.toLowerCase());
  return undefined;
}

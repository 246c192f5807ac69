import { z } from 'zod';
import { assertUniqueIds, loadDataFile } from '../data-loading/load-yaml.ts';
import type { AgreementStatus } from './types.ts';

/** A pattern that finds an agreement phrase and its topic. */
export interface AgreementPhraseRule {
  id: string;
  pattern: RegExp;
  canonical: boolean;
  /**
   * A cheap test (case-insensitive) that every match of `pattern` passes, so a sentence that fails it is not
   * scanned with the pattern; null when the rule has none.
   */
  requires: RegExp | null;
}

/** A pattern whose match sets an agreement's status. */
export interface AgreementStatusRule {
  id: string;
  status: AgreementStatus;
  pattern: RegExp;
}

/** Everything the agreements stage reads (data/agreements/agreements.yaml). */
export interface AgreementLexicon {
  phrases: AgreementPhraseRule[];
  statuses: AgreementStatusRule[];
  stopWords: Set<string>;
  spellings: Map<string, string>;
}

const STATUSES = ['proposed', 'negotiating', 'planned', 'signed', 'ratified', 'in force'] as const;
const schema = z.object({
  phrases: z.array(
    z.object({ id: z.string(), pattern: z.string(), caseSensitive: z.boolean().optional(), canonical: z.boolean().optional(), requires: z.string().optional(), example: z.string() }),
  ),
  topicStopWords: z.object({ id: z.string(), words: z.array(z.string()), example: z.string() }),
  topicSpellings: z.array(z.object({ id: z.string(), from: z.string(), to: z.string(), example: z.string() })),
  statuses: z.array(z.object({ id: z.string(), status: z.enum(STATUSES), pattern: z.string(), example: z.string() })),
});

/**
 * Loads the agreement patterns. Patterns are compiled with the `g` flag (never `u`); findAgreements scans
 * with copies of its own, so the lexicon holds no match state.
 * @example loadAgreementLexicon().phrases[0].id // 'agreement.phrase.formal-name'
 */
export function loadAgreementLexicon(dataDir?: string): AgreementLexicon {
  const raw = loadDataFile('agreements/agreements.yaml', schema, dataDir);
  assertUniqueIds('agreements/agreements.yaml', [...raw.phrases, ...raw.statuses, ...raw.topicSpellings, raw.topicStopWords]);
  const phrases = raw.phrases.map((p) => ({ id: p.id, pattern: new RegExp(p.pattern, p.caseSensitive ? 'g' : 'gi'), canonical: p.canonical ?? false, requires: p.requires ? new RegExp(p.requires, 'i') : null }));
  for (const p of phrases) {
    const example = raw.phrases.find((r) => r.id === p.id)!.example;
    if (p.requires && !p.requires.test(example)) throw new Error(`agreements/agreements.yaml: ${p.id}: its example fails its own requires test`);
  }
  return {
    phrases,
    statuses: raw.statuses.map((s) => ({ id: s.id, status: s.status, pattern: new RegExp(s.pattern, 'gi') })),
    stopWords: new Set(raw.topicStopWords.words.map((w) => w.toLowerCase())),
    spellings: new Map(raw.topicSpellings.map((s) => [s.from.toLowerCase(), s.to.toLowerCase()])),
  };
}

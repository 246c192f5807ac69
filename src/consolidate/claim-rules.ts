import { z } from 'zod';
import { assertUniqueIds, loadDataFile } from '../data-loading/load-yaml.ts';

/** A pattern that finds a numeric claim. */
export interface ClaimRule {
  id: string;
  about: string;
  pattern: RegExp;
  notIf?: RegExp;
}

/** Everything the claims stage reads (data/consolidate/claims.yaml). */
export interface ClaimRules {
  claims: ClaimRule[];
  relativeYears: { id: string; pattern: RegExp; yearsBefore: number }[];
  numberWords: Map<string, number>;
}

const schema = z.object({
  claims: z.array(z.object({ id: z.string(), about: z.string(), pattern: z.string(), notIf: z.string().optional(), example: z.string() })),
  relativeYears: z.array(z.object({ id: z.string(), pattern: z.string(), yearsBefore: z.number().int(), example: z.string() })),
  numberWords: z.object({ id: z.string(), words: z.record(z.number()), example: z.string() }),
});

/**
 * Loads the numeric-claim patterns (compiled with `g`; find-claims.ts scans with `exec` on its own copies, so these keep no state).
 * @example loadClaimRules().claims[0].about // 'agreements signed'
 */
export function loadClaimRules(dataDir?: string): ClaimRules {
  const raw = loadDataFile('consolidate/claims.yaml', schema, dataDir);
  assertUniqueIds('consolidate/claims.yaml', [...raw.claims, ...raw.relativeYears, raw.numberWords]);
  return {
    claims: raw.claims.map((c) => ({ id: c.id, about: c.about, pattern: new RegExp(c.pattern, 'gi'), notIf: c.notIf ? new RegExp(c.notIf, 'i') : undefined })),
    relativeYears: raw.relativeYears.map((r) => ({ id: r.id, pattern: new RegExp(r.pattern, 'i'), yearsBefore: r.yearsBefore })),
    numberWords: new Map(Object.entries(raw.numberWords.words).map(([w, n]) => [w.toLowerCase(), n])),
  };
}

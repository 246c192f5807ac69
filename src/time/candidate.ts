import type { TimeRule } from './lexicon.ts';

/** A rule's match before normalisation: its extent, its rule, and its groups (raw and normalised). */
export interface Candidate {
  start: number;
  end: number;
  rule: TimeRule;
  /** Group name → matched text. */
  raw: Record<string, string>;
  /** Group name → the class's normalised value (for word classes only). */
  norm: Record<string, string>;
  /** The TimeML mod of a modifier that widened the extent ("more than" → MORE_THAN). */
  mod?: string;
}

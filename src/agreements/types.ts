import type { ProducedBy, Span } from '../model/span.ts';

/** The stages of an agreement's life that dyad tracks. */
export type AgreementStatus = 'proposed' | 'negotiating' | 'planned' | 'signed' | 'ratified' | 'in force';

/** One mention of a named agreement in an article, with the status that report gives it. */
export interface AgreementMention extends Span {
  text: string;
  /** Identity across articles: normalised topic and sorted parties (`defense cooperation|PHL-RUS`). */
  key: string;
  /** Normalised topic, e.g. `military technical cooperation`. */
  topic: string;
  /** Display name: the formal name when the text gives it, else one built from the topic. */
  name: string;
  /** Whether `name` is the agreement's formal name as written. */
  canonical: boolean;
  /** ISO alpha-3 codes of the parties, sorted. */
  parties: string[];
  status: AgreementStatus;
  /** The cue rule that set the status. */
  statusRule: ProducedBy;
  /** When the report dates the status (a signing date, a planned date), at its precision. */
  date: { value: string; precision: string } | null;
  producedBy: ProducedBy;
}

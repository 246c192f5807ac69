import type { CalendarDate } from './calendar-date.ts';
import type { AgreementMention } from '../agreements/types.ts';
import type { NumericClaim } from '../consolidate/find-claims.ts';
import type { ActorMention, EventMention, RoleAssertion, SentenceSpan, Timex, TokenSpan } from './annotations.ts';

/**
 * One article: it owns the text, and every annotation is a character-offset span into it.
 * Stages add annotations; none rewrites the text.
 */
export interface ArticleDoc {
  /** Stable id: a hash of the normalised text. */
  id: string;
  /** The file's base name, or `file.jsonl:LINE` for a JSONL record. */
  name: string;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  /** Publication date; null when unknown. */
  published: CalendarDate | null;
  sentences: SentenceSpan[];
  tokens: TokenSpan[];
  timexes: Timex[];
  actors: ActorMention[];
  roles: RoleAssertion[];
  events: EventMention[];
  /** Named agreements with the status this article gives them (agreements stage). */
  agreements?: AgreementMention[];
  /** Numeric claims, compared across articles for contradictions (claims stage). */
  claims?: NumericClaim[];
}

/** The annotation fields of a doc, which stages declare they require and assign. */
export type DocField = 'sentences' | 'tokens' | 'timexes' | 'actors' | 'roles' | 'events' | 'agreements' | 'claims';

/**
 * A fresh doc with no annotations.
 * @example makeDoc({ id: 'a1', name: 'a.txt', text: 'Hello.', published: null })
 */
export function makeDoc(init: Pick<ArticleDoc, 'id' | 'name' | 'text' | 'published'> & Partial<ArticleDoc>): ArticleDoc {
  return { sentences: [], tokens: [], timexes: [], actors: [], roles: [], events: [], ...init };
}

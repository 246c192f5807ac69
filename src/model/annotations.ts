import type { CalendarDate } from './calendar-date.ts';
import type { ProducedBy, Span } from './span.ts';

/** A sentence of the article, by character offsets. */
export interface SentenceSpan extends Span {
  /** 0-based index of the paragraph the sentence sits in (paragraphs are split on blank lines). */
  paragraph: number;
}

/** A token with its part of speech and lemma, as wink-nlp gives them. */
export interface TokenSpan extends Span {
  /** Universal POS tag (NOUN, VERB, AUX, PROPN, ...). */
  pos: string;
  lemma: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Lower-case form with curly apostrophes straightened (normToken), set by tokenize so stages need not re-slice the text. */
  norm?: string;
}

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression with its TimeML normalisation. */
export interface Timex extends Span {
  text: string;
  type: TimexType;
  /** TimeML value at the expression's own precision (`2017-10`, `P3D`, `PAST_REF`, `XXXX-05`). */
  value: string;
  /** TimeML mod (START, MID, END, APPROX, MORE_THAN, LESS_THAN, ...). */
  mod?: string;
  /** For DATE/TIME values on the calendar: the interval `[start, end)` as ISO days. */
  interval?: { start: string; end: string };
  /** false when the value needed an anchor the article lacks (no publication date). */
  resolved: boolean;
  producedBy: ProducedBy;
}

/** Actor kinds dyad recognises. */
export type ActorKind = 'country' | 'organisation' | 'person';

/** One mention of an actor in the text. */
export interface ActorMention extends Span {
  text: string;
  kind: ActorKind;
  /**
   * The actor's code: ISO 3166-1 alpha-3 for a country, an organisation or person key otherwise
   * (`org:...`, `person:...`).
   */
  code: string;
  /** Display name of the actor (canonical). */
  name: string;
  /** The ISO alpha-3 country the actor belongs to, when known. */
  country?: string;
  /** Sector of an organisation or person (government, military, police, legislature, business, ...). */
  sector?: string;
  /** How the mention names the actor (name, adjective, capital, title, surname, pronoun, ...). */
  form?: string;
  /** A historical name's own state: ISO 3166-3 code and last day ("Soviet Union": SUN until 1991-12-26); `country` keeps the lineage (RUS). */
  historical?: { code: string; until: string };
  producedBy: ProducedBy;
}

/** A title held by a person, as asserted by the text on a date. */
export interface RoleAssertion extends Span {
  person: string;
  title: string;
  organisation?: string;
  country?: string;
  /** The date the text attests the role (the article's publication date, at its precision). */
  date: CalendarDate | null;
  producedBy: ProducedBy;
}

/** The status of an event mention. */
export type EventStatus = 'occurred' | 'planned' | 'negated' | 'hypothetical';

/** The words that set an event's status. */
export interface StatusCue extends Span {
  text: string;
  producedBy: ProducedBy;
}

/** How an event's date was chosen. */
export type DateBasis = 'timex' | 'sentence' | 'paragraph' | 'coreference' | 'published' | 'none';

/** An event's date: a calendar value at its precision, with how it was found. */
export interface EventDate {
  value: string | null;
  precision: CalendarDate['precision'] | null;
  basis: DateBasis;
  /** The time expression the date came from, when basis is timex/sentence/paragraph/coreference. */
  timex?: Span;
}

/** A reference from an event to an actor mention. */
export interface EventActor {
  /** ISO alpha-3 country of the actor (the dyad is made of these). */
  code: string;
  name: string;
  /** The actor mention, when the actor was named in the text. */
  mention?: Span;
}

/** One mention of an event in one sentence of one article. */
export interface EventMention extends Span {
  /** The trigger's text (start/end are the trigger's offsets). */
  text: string;
  /** The sentence the event was found in. */
  sentence: Span;
  type: string;
  cameo: string;
  mode?: string;
  context?: string;
  source: EventActor | null;
  target: EventActor | null;
  date: EventDate;
  status: EventStatus;
  cue?: StatusCue;
  place?: { name: string; country?: string } & Partial<Span>;
  /** The agreement named as the object of the event, when there is one. */
  agreement?: string;
  /** The sentence-structure rule that chose source and target (`rule:structure.between`, ...). */
  actorRule?: ProducedBy;
  /** PLOVER's coding of the statement itself when it is not a report of the event ("will visit" is AGREE). */
  coded?: { type: string; cameo: string };
  producedBy: ProducedBy;
}

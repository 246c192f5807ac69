import type { EventMention } from '../../model/annotations.ts';
import type { ArticleDoc } from '../../model/doc.ts';
import type { EventLexicon } from '../../events/event-lexicon.ts';
import { placeActors, type PlacedActor } from '../../events/actor-slots.ts';
import { clauseOf, formAt, tokenAt } from '../../events/token-view.ts';
import type { Stage } from '../stage.ts';

type Place = NonNullable<EventMention['place']>;

/** Whether token `k` starts with a capital (A–Z, À–Ý). */
function capitalised(doc: ArticleDoc, k: number): boolean {
  const tok = doc.tokens[k];
  if (tok.end <= tok.start) return false;
  const c = doc.text.charCodeAt(tok.start);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xdd);
}

/** The place named after the preposition at token `p` ("in Davao City"), resolved to a country when it can be. */
function placeAfter(doc: ArticleDoc, p: number, last: number, actors: readonly PlacedActor[], lexicon: EventLexicon): Place | null {
  let k = p + 1;
  if (k <= last && formAt(doc, k) === 'the') k++;
  const first = k;
  while (k <= last && capitalised(doc, k) && doc.tokens[k].pos !== 'PUNCT') k++;
  if (k === first) return null;
  const start = doc.tokens[first].start;
  const end = doc.tokens[k - 1].end;
  if (doc.timexes.some((t) => t.start < end && start < t.end)) return null;
  const name = doc.text.slice(start, end);
  const actor = actors.find((a) => a.first >= first && a.last <= k - 1 && (a.mention.kind === 'country' || a.mention.form === 'capital'));
  if (actor) return { name, country: actor.country, start, end };
  for (let stop = k - 1; stop >= first; stop--) {
    const hit = lexicon.places.get(doc.text.slice(start, doc.tokens[stop].end).toLowerCase());
    if (hit) return { name, country: hit.country, start, end };
  }
  const after = actors.find((a) => a.first === k + 1 && formAt(doc, k) === ',' && a.mention.kind === 'country');
  return after ? { name, country: after.country, start, end } : { name, start, end };
}

/** The place after token `k` when `k` is a place preposition ("in", "at"). */
function placeAt(doc: ArticleDoc, k: number, last: number, actors: readonly PlacedActor[], lexicon: EventLexicon): Place | null {
  return lexicon.structure.placePrepositions.has(formAt(doc, k)) ? placeAfter(doc, k, last, actors, lexicon) : null;
}

/** A copy of an event with its place set (copied, then set: V8 copies a literal with a spread and more keys slowly). */
function withPlace(ev: EventMention, place: Place): EventMention {
  const e = { ...ev };
  e.place = place;
  return e;
}

/**
 * Refiner: the place an event happened, from "in"/"at" and a capitalised name in the trigger's clause
 * (after the trigger first, then before it: "In Moscow, the president will meet ..."), resolved to a
 * country through the country lexicon (names, capitals, seats of government) or the place gazetteer.
 */
export const eventPlacesStage: Stage = {
  name: 'event-places',
  requires: ['tokens', 'actors', 'timexes', 'events'],
  assigns: ['events'],
  run(doc, ctx) {
    const lexicon = ctx.resources.events;
    const actors = placeActors(doc);
    const events = doc.events.map((ev) => {
      const t = tokenAt(doc.tokens, ev.start);
      const clause = clauseOf(doc, t, lexicon.structure);
      // after the trigger first, then from the clause's start up to it
      for (let k = t + 1; k <= clause.last; k++) {
        const place = placeAt(doc, k, clause.last, actors, lexicon);
        if (place) return withPlace(ev, place);
      }
      for (let k = clause.first; k < t; k++) {
        const place = placeAt(doc, k, clause.last, actors, lexicon);
        if (place) return withPlace(ev, place);
      }
      return ev;
    });
    return { ...doc, events };
  },
};

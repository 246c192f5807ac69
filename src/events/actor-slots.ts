import type { ActorMention, EventActor, EventMention } from '../model/annotations.ts';
import type { ArticleDoc } from '../model/doc.ts';
import type { StructureWords } from './event-lexicon.ts';
import { formAt, tokenAt } from './token-view.ts';

/** An actor mention placed on the token stream, with the country the dyad uses. */
export interface PlacedActor {
  first: number;
  last: number;
  country: string;
  mention: ActorMention;
}

/** A pure memo of placed actors keyed by the doc's actor array, checked against its token array. */
const placedMemo = new WeakMap<readonly ActorMention[], { tokens: ArticleDoc['tokens']; placed: readonly PlacedActor[] }>();

/**
 * The actor mentions of a doc that carry a country, on token indices, sorted; overlapping mentions of the
 * same country are kept once (the longer). Works for any actor kind: country, organisation, person.
 * Computed once per doc (the event stages share it), so the list is read-only.
 */
export function placeActors(doc: ArticleDoc): readonly PlacedActor[] {
  const memo = placedMemo.get(doc.actors);
  if (memo && memo.tokens === doc.tokens) return memo.placed;
  const placed = computePlaced(doc);
  placedMemo.set(doc.actors, { tokens: doc.tokens, placed });
  return placed;
}

function computePlaced(doc: ArticleDoc): PlacedActor[] {
  const placed: PlacedActor[] = [];
  for (const m of doc.actors) {
    const country = m.country ?? (m.kind === 'country' ? m.code : undefined);
    if (!country) continue;
    const first = tokenAt(doc.tokens, m.start);
    const last = tokenAt(doc.tokens, Math.max(m.start, m.end - 1));
    if (first < 0 || last < 0) continue;
    placed.push({ first, last, country, mention: m });
  }
  placed.sort((a, b) => a.first - b.first || b.last - a.last);
  const out: PlacedActor[] = [];
  for (const p of placed) {
    const prev = out[out.length - 1];
    if (prev && p.first <= prev.last && p.country === prev.country) continue;
    out.push(p);
  }
  return out;
}

/** The EventActor for a placed actor: the dyad uses its country; the name is the mention's (a person's, an organisation's). */
export function toEventActor(p: PlacedActor): EventActor {
  return { code: p.country, name: p.mention.name, mention: { start: p.mention.start, end: p.mention.end } };
}

/**
 * A copy of an event with its dyad and the rule that chose it set (keys in the event's order, `actorRule`
 * last when new). Copied, then set: V8 copies a literal with a spread and more keys slowly.
 * @example withDyad(ev, source, target, 'rule:structure.between').actorRule // 'rule:structure.between'
 */
export function withDyad(ev: EventMention, source: EventActor | null, target: EventActor | null, actorRule: EventMention['actorRule']): EventMention {
  const e = { ...ev };
  e.source = source;
  e.target = target;
  e.actorRule = actorRule;
  return e;
}

const NP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'DET', 'PART', 'NUM']);

/**
 * The coordinated group ending with actor `idx` ("the Philippines and Russia", "Duterte and top Philippine
 * officials"): earlier actors joined to it by a coordinator through noun-phrase words only; a place
 * ("In Moscow, the president ...") is not part of it.
 */
export function coordinatedGroup(doc: ArticleDoc, actors: readonly PlacedActor[], idx: number, floor: number, words: StructureWords): PlacedActor[] {
  const group = [actors[idx]];
  for (let j = idx - 1; j >= 0 && actors[j].first >= floor; j--) {
    if (actors[j].first > 0 && words.placePrepositions.has(formAt(doc, actors[j].first - 1))) break;
    let joined = false;
    let ok = true;
    for (let k = actors[j].last + 1; k < group[0].first && ok; k++) {
      const f = formAt(doc, k);
      if (words.coordinators.has(f)) joined = true;
      else if (!NP_POS.has(doc.tokens[k].pos) || words.clauseOpeners.has(f)) ok = false;
    }
    if (!ok || (!joined && actors[j].last + 1 < group[0].first)) break;
    group.unshift(actors[j]);
  }
  return group;
}

/** The coordinated group starting with actor `idx` and running right ("Eomer and Halbarad"), up to token `ceiling`. */
export function coordinatedAfter(doc: ArticleDoc, actors: readonly PlacedActor[], idx: number, ceiling: number, words: StructureWords): PlacedActor[] {
  const group = [actors[idx]];
  for (let j = idx + 1; j < actors.length && actors[j].last <= ceiling; j++) {
    let joined = false;
    let ok = true;
    for (let k = group[group.length - 1].last + 1; k < actors[j].first && ok; k++) {
      const f = formAt(doc, k);
      if (words.coordinators.has(f)) joined = true;
      else if (!NP_POS.has(doc.tokens[k].pos) || words.clauseOpeners.has(f) || words.placePrepositions.has(f)) ok = false;
    }
    if (!ok || !joined) break;
    group.push(actors[j]);
  }
  return group;
}

/** Distinct countries of a group, in order. */
export function countriesOf(group: readonly PlacedActor[]): PlacedActor[] {
  const seen = new Set<string>();
  return group.filter((p) => (seen.has(p.country) ? false : (seen.add(p.country), true)));
}

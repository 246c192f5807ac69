import type { EventMention } from '../model/annotations.ts';
import type { ArticleDoc } from '../model/doc.ts';
import type { StructureWords } from './event-lexicon.ts';
import { coordinatedAfter, coordinatedGroup, countriesOf, type PlacedActor } from './actor-slots.ts';
import { clauseOf, formAt, runEnd, sentenceTokens } from './token-view.ts';

/** Source and target chosen for a trigger, with the structure rule that chose them. */
export interface Dyad {
  source: PlacedActor | null;
  target: PlacedActor | null;
  rule: string;
  /** Further source–target pairs when a side names several countries ("X, Y and Z met"). */
  more?: [PlacedActor, PlacedActor][];
}

/** What every structure rule reads about one trigger. */
interface Slots {
  doc: ArticleDoc;
  t: number;
  actors: readonly PlacedActor[];
  w: StructureWords;
  sent: { first: number; last: number };
  clause: { first: number; last: number };
  visitLike: boolean;
}

/** Index of the first actor that starts at or after token `lo` (placed actors are sorted by their first token). */
function startIndex(actors: readonly PlacedActor[], lo: number): number {
  let a = 0;
  let b = actors.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (actors[mid].first < lo) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** The actors wholly inside tokens `[lo, hi]` that `keep` accepts, in order (they lie together in the sorted list). */
function actorsIn(actors: readonly PlacedActor[], lo: number, hi: number, keep?: (a: PlacedActor) => boolean): PlacedActor[] {
  const out: PlacedActor[] = [];
  for (let j = startIndex(actors, lo); j < actors.length && actors[j].first <= hi; j++) if (actors[j].last <= hi && (!keep || keep(actors[j]))) out.push(actors[j]);
  return out;
}

/** The first actor wholly inside tokens `[lo, hi]` that `keep` accepts. */
function firstIn(actors: readonly PlacedActor[], lo: number, hi: number, keep?: (a: PlacedActor) => boolean): PlacedActor | undefined {
  for (let j = startIndex(actors, lo); j < actors.length && actors[j].first <= hi; j++) if (actors[j].last <= hi && (!keep || keep(actors[j]))) return actors[j];
  return undefined;
}

/** Index of the last actor wholly inside tokens `[lo, hi]` that `keep` accepts; -1 when none. */
function lastIndexIn(actors: readonly PlacedActor[], lo: number, hi: number, keep: (a: PlacedActor) => boolean): number {
  let found = -1;
  for (let j = startIndex(actors, lo); j < actors.length && actors[j].first <= hi; j++) if (actors[j].last <= hi && keep(actors[j])) found = j;
  return found;
}

/** Whether token `k` is at or after `floor` and its form is one of `words`. */
const wordAt = (doc: ArticleDoc, k: number, floor: number, words: ReadonlySet<string>) => k >= floor && words.has(formAt(doc, k));
/** An actor after "in"/"at" is a place, not a party (except as the host of a visit). */
const isPlace = (s: Slots, a: PlacedActor) => !s.visitLike && a.first > 0 && s.w.placePrepositions.has(formAt(s.doc, a.first - 1));

/** Every pair of a list after the first ("X, Y and Z": Y–Z and X–Z besides X–Y). */
function pairsBeyondFirst(list: readonly PlacedActor[]): [PlacedActor, PlacedActor][] {
  const out: [PlacedActor, PlacedActor][] = [];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (i || j > 1) out.push([list[i], list[j]]);
  return out;
}

/** "between X and Y" after the trigger in its clause. */
function between(s: Slots): Dyad | null {
  for (let k = s.t + 1; k <= s.clause.last; k++) {
    if (formAt(s.doc, k) !== 'between') continue;
    const after = countriesOf(actorsIn(s.actors, k + 1, Math.min(s.clause.last, k + 12)));
    return after.length >= 2 ? { source: after[0], target: after[1], rule: 'structure.between', more: pairsBeyondFirst(after) } : null;
  }
  return null;
}

/** The passive "was signed by X (and Y)"; the subject, if any, is the other party. */
function passive(s: Slots): Dyad | null {
  const { doc, t, clause, actors, w } = s;
  if (!wordAt(doc, t - 1, clause.first, w.beForms) && !wordAt(doc, t - 2, clause.first, w.beForms)) return null;
  let by: number | undefined;
  for (let k = t + 1; k <= t + 3 && by === undefined; k++) if (k <= clause.last && formAt(doc, k) === 'by') by = k;
  const agents = by === undefined ? [] : actorsIn(actors, by + 1, clause.last);
  if (!agents.length) return null;
  const group = countriesOf(coordinatedGroup(doc, actors, actors.indexOf(agents[agents.length - 1]), by! + 1, w));
  const leftIdx = lastIndexIn(actors, clause.first, t - 1, (a) => !isPlace(s, a));
  const left = leftIdx >= 0 ? actors[leftIdx] : null;
  return { source: group[0], target: group[1] ?? (left && left.country !== group[0].country ? left : null), rule: 'structure.passive' };
}

/** A noun trigger's own slots: possessor ("X's visit"), "his meeting", "the invitation of X", "his Russian visit". */
function nounSlots(s: Slots): Dyad {
  const { doc, t, clause, actors, w } = s;
  let source: PlacedActor | null = null;
  let rule = 'structure.subject-object';
  for (let k = t - 1; k >= Math.max(clause.first, t - 4) && !source; k--) {
    if (!w.possessiveMarkers.has(formAt(doc, k))) continue;
    source = actors.find((a) => a.last === k - 1 || a.last === k) ?? null;
    if (source) rule = 'structure.possessor';
  }
  if (!source && (wordAt(doc, t - 1, clause.first, w.possessives) || wordAt(doc, t - 2, clause.first, w.possessives))) {
    source = firstIn(actors, clause.first, t - 1) ?? null;
  }
  if (!source && formAt(doc, t + 1) === 'of') {
    source = firstIn(actors, t + 2, Math.min(clause.last, t + 7)) ?? null;
    if (source) rule = 'structure.of-agent';
  }
  const adjective = actors.find((a) => a.last === t - 1 && a.mention.form === 'adjective');
  return { source, target: adjective && s.visitLike && adjective !== source ? adjective : null, rule };
}

/** The actor before the sentence's first verb, when there is one: the subject of the sentence. */
function sentenceSubject(s: Slots): PlacedActor | undefined {
  let verb = s.sent.first;
  while (verb < s.t && s.doc.tokens[verb].pos !== 'VERB' && s.doc.tokens[verb].pos !== 'AUX') verb++;
  return s.actors.find((a) => a.first >= s.sent.first && a.last < verb);
}

/** Whether token `k` is a verb of saying. */
function isReporting(doc: ArticleDoc, k: number, w: StructureWords): boolean {
  return doc.tokens[k]?.pos === 'VERB' && w.reportingVerbs.has(doc.tokens[k].lemma.toLowerCase());
}

/** Whether a subject pronoun no actor mention covers stands in `[from, t)` ("he is scheduled to visit"). */
function subjectPronoun(s: Slots, from: number): boolean {
  for (let k = from; k < s.t; k++) if (s.w.pronouns.has(formAt(s.doc, k)) && !s.actors.some((a) => a.first <= k && k <= a.last)) return true;
  return false;
}

/**
 * The speaker: the subject of a reporting verb before the clause ("Russia said on Wednesday that it will"),
 * or the speaker named after a quote, in its sentence or the next ones of its paragraph ("…,” Cayetano said).
 */
function reportingSubject(s: Slots): PlacedActor | undefined {
  const { doc, actors, w, clause, sent } = s;
  for (let k = clause.first - 1; k >= sent.first; k--) {
    if (!isReporting(doc, k, w)) continue;
    const before = lastIndexIn(actors, sent.first, k - 1, () => true);
    return before >= 0 ? actors[before] : firstIn(actors, k + 1, clause.first - 1);
  }
  const si = doc.tokens[clause.first].sentence;
  let last = sent.last;
  // whole sentences at a time: the test reads only the sentence of token `last + 1`
  while (doc.sentences[doc.tokens[last + 1]?.sentence]?.paragraph === doc.sentences[si].paragraph && doc.tokens[last + 1].sentence <= si + 3) last = runEnd(doc, last + 1);
  for (let k = clause.first; k <= last; k++) {
    if (!isReporting(doc, k, w)) continue;
    const near = actors.find((a) => (a.last === k - 1 || a.first === k + 1) && a.first > clause.first);
    if (near) return near;
  }
  return undefined;
}

/** The subject side: the coordinated actors left of the trigger, a pronoun's referent, the speaker, a place. */
function subjectSide(s: Slots): { source: PlacedActor | null; subjects: PlacedActor[]; rule: string } {
  const leftIdx = lastIndexIn(s.actors, s.clause.first, s.t - 1, (a) => !isPlace(s, a));
  if (subjectPronoun(s, leftIdx >= 0 ? s.actors[leftIdx].last + 1 : s.clause.first)) {
    const source = reportingSubject(s) ?? sentenceSubject(s) ?? null;
    if (source) return { source, subjects: [], rule: 'structure.pronoun-subject' };
  } else if (leftIdx >= 0) {
    const subjects = countriesOf(coordinatedGroup(s.doc, s.actors, leftIdx, s.clause.first, s.w));
    return { source: subjects[0], subjects, rule: 'structure.subject-object' };
  }
  const speaker = reportingSubject(s);
  if (speaker) return { source: speaker, subjects: [], rule: 'structure.reported-subject' };
  // "Police in Gondor arrested ...": the place qualifies the unnamed subject
  const place = firstIn(s.actors, s.clause.first, s.t - 1) ?? null;
  return { source: place, subjects: [], rule: place ? 'structure.place-of-subject' : 'structure.subject-object' };
}

/** The object side: the first actor of another country after the trigger, not a place ("met Y in Z"). */
function objectOf(s: Slots, source: PlacedActor | null, reach: number): PlacedActor | null {
  return firstIn(s.actors, s.t + 1, reach, (a) => (!source || a.country !== source.country) && !isPlace(s, a)) ?? null;
}

/**
 * Source and target of the trigger at token `t` by the structure rules, in order: "between X and Y", the
 * passive "by X", a noun's own slots, a plural pronoun taking the sentence's previous dyad, the subject side
 * (a joint subject "X and Y signed" is both sides), the object ("demanded that Y ..." reaches into the
 * complement clause), each further pair of coordinated parties, and last another country named earlier in
 * the sentence.
 */
export function dyadOf(doc: ArticleDoc, t: number, ev: EventMention, actors: readonly PlacedActor[], w: StructureWords, previous: EventMention | undefined): Dyad {
  const s: Slots = { doc, t, actors, w, sent: sentenceTokens(doc, doc.tokens[t].sentence), clause: clauseOf(doc, t, w), visitLike: ev.mode === 'visit' };
  const isNoun = doc.tokens[t].pos === 'NOUN' || doc.tokens[t].pos === 'PROPN';
  const early = between(s) ?? (isNoun ? null : passive(s));
  if (early) return early;
  let { source, target, rule } = isNoun ? nounSlots(s) : { source: null as PlacedActor | null, target: null as PlacedActor | null, rule: 'structure.subject-object' };
  const leftPlural = wordAt(doc, t - 1, s.clause.first, w.pluralPronouns) || wordAt(doc, t - 2, s.clause.first, w.pluralPronouns) || wordAt(doc, t - 3, s.clause.first, w.pluralPronouns);
  if (!source && leftPlural && previous?.source && previous.target && !firstIn(actors, s.clause.first, t - 1, (a) => !isPlace(s, a))) {
    return { source: null, target: null, rule: 'structure.plural-pronoun' };
  }
  let subjects: PlacedActor[] = [];
  if (!source) {
    ({ source, subjects, rule } = subjectSide(s));
    const others = !!firstIn(actors, t + 1, s.clause.last, (a) => !subjects.some((g) => g.country === a.country) && !isPlace(s, a));
    if (subjects.length > 1 && !target && !others) return { source, target: subjects[1], rule: 'structure.joint-subject', more: pairsBeyondFirst(subjects) };
  }
  const reach = formAt(doc, s.clause.last + 1) === 'that' && s.clause.last === t ? clauseOf(doc, Math.min(t + 2, s.sent.last), w).last : s.clause.last;
  target ??= objectOf(s, source, reach);
  if (source && target && rule === 'structure.subject-object') {
    const objects = countriesOf(coordinatedAfter(doc, actors, actors.indexOf(target), reach, w)).filter((a) => a.country !== source!.country);
    const more: [PlacedActor, PlacedActor][] = [];
    for (const sbj of subjects.length ? subjects : [source]) for (const obj of objects) if ((sbj !== source || obj !== target) && sbj.country !== obj.country) more.push([sbj, obj]);
    if (more.length) return { source, target, rule, more };
  }
  if (!target && source) {
    const other = actorsIn(actors, s.sent.first, t - 1, (a) => a.country !== source!.country && !isPlace(s, a));
    if (other.length) return { source, target: other.reduce((best, a) => (Math.abs(a.first - t) < Math.abs(best.first - t) ? a : best)), rule: 'structure.sentence-other' };
  }
  return { source, target, rule };
}

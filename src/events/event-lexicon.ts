import { z } from 'zod';
import { DyadError } from '../errors.ts';
import { assertUniqueIds, loadDataFile } from '../data-loading/load-yaml.ts';
import type { EventStatus } from '../model/annotations.ts';
import { loadCameoMap, ploverOf, type PloverCoding } from './cameo-map.ts';

/** A trigger word with the CAMEO code it names and the PLOVER coding the map gives that code. */
export interface TriggerRule {
  id: string;
  lemmas: string[];
  pos: string[];
  cameo: string;
  plover: PloverCoding;
  needs?: string[];
  within: number;
  next?: string[];
  notNext?: string[];
  prev?: string[];
  /** A trigger of intent ("agreed to"): the infinitive trigger it governs is the event. */
  intent: boolean;
  /** The verb right after it belongs to its event ("must release"). */
  governsNext: boolean;
  example: string;
}

/** A status cue: phrases that, before a trigger in its clause, set the event's status. */
export interface StatusCueRule {
  id: string;
  /** `occurred` cues block the others ("attempted to"). */
  status: EventStatus;
  /** Each phrase as lower-case token forms. */
  phrases: string[][];
  window: number;
  adjacent: boolean;
  /** Counts only shortly after a verb of saying. */
  afterReporting: boolean;
  example: string;
}

/** What a planned or negated statement of a type codes to in PLOVER practice. */
export interface ModalityRule {
  id: string;
  types: string[];
  planned?: { type: string; cameo: string };
  hypothetical?: { type: string; cameo: string };
  negated?: { type: string; cameo: string };
}

/** A gazetteer entry: a place name and its country. */
export interface PlaceRule {
  id: string;
  country: string;
  names: string[];
}

/** Word lists that describe sentence structure (see data/events/structure.yaml). */
export interface StructureWords {
  clauseOpeners: Set<string>;
  temporalOpeners: Set<string>;
  reportingVerbs: Set<string>;
  pronouns: Set<string>;
  pluralPronouns: Set<string>;
  possessives: Set<string>;
  possessiveMarkers: Set<string>;
  beForms: Set<string>;
  determiners: Set<string>;
  pastAuxiliaries: Set<string>;
  dateSharingOpeners: Set<string>;
  coordinators: Set<string>;
  targetPrepositions: Set<string>;
  placePrepositions: Set<string>;
  discards: { id: string; pattern: RegExp }[];
}

/** Everything the event stages read: triggers by lemma, status cues, modality coding, structure words, places. */
export interface EventLexicon {
  byLemma: Map<string, TriggerRule[]>;
  statusCues: StatusCueRule[];
  modality: ModalityRule[];
  structure: StructureWords;
  places: Map<string, PlaceRule>;
  cameo: Map<string, PloverCoding>;
}

const words = z.array(z.string()).min(1);
const triggerSchema = z.object({
  triggers: z.array(
    z.object({
      id: z.string(),
      lemmas: words,
      pos: words,
      cameo: z.string().regex(/^\d{2,4}$/),
      needs: words.optional(),
      within: z.number().int().positive().optional(),
      next: words.optional(),
      notNext: words.optional(),
      prev: words.optional(),
      intent: z.boolean().optional(),
      governsNext: z.boolean().optional(),
      example: z.string(),
    }),
  ),
});
const coding = z.object({ type: z.string(), cameo: z.string() });
const cueSchema = z.object({
  cues: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['occurred', 'planned', 'negated', 'hypothetical']),
      phrases: words,
      window: z.number().int().positive().optional(),
      adjacent: z.boolean().optional(),
      afterReporting: z.boolean().optional(),
      example: z.string(),
    }),
  ),
  modality: z.array(z.object({ id: z.string(), types: words, planned: coding.optional(), hypothetical: coding.optional(), negated: coding.optional(), example: z.string() })),
});
const wordList = z.object({ id: z.string(), words, example: z.string() });
const structureSchema = z.object({
  clauseOpeners: wordList,
  temporalOpeners: wordList,
  reportingVerbs: wordList,
  pronouns: wordList,
  pluralPronouns: wordList,
  possessives: wordList,
  possessiveMarkers: wordList,
  beForms: wordList,
  determiners: wordList,
  pastAuxiliaries: wordList,
  dateSharingOpeners: wordList,
  coordinators: wordList,
  targetPrepositions: wordList,
  placePrepositions: wordList,
  discardSentences: z.array(z.object({ id: z.string(), pattern: z.string(), example: z.string() })),
});
const placeSchema = z.object({ places: z.array(z.object({ id: z.string(), country: z.string().regex(/^[A-Z]{3}$/), names: words, example: z.string() })) });

const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

/**
 * Loads the event data files under `data/events/` and checks every trigger's CAMEO code against the map.
 * @example loadEventLexicon().byLemma.get('meet')
 */
export function loadEventLexicon(dataDir?: string): EventLexicon {
  const cameo = loadCameoMap(dataDir);
  const t = loadDataFile('events/triggers.yaml', triggerSchema, dataDir);
  const c = loadDataFile('events/status-cues.yaml', cueSchema, dataDir);
  const s = loadDataFile('events/structure.yaml', structureSchema, dataDir);
  const p = loadDataFile('events/places.yaml', placeSchema, dataDir);
  assertUniqueIds('events/triggers.yaml', t.triggers);
  assertUniqueIds('events/status-cues.yaml', [...c.cues, ...c.modality]);
  assertUniqueIds('events/places.yaml', p.places);

  const byLemma = new Map<string, TriggerRule[]>();
  for (const r of t.triggers) {
    const plover = ploverOf(cameo, r.cameo);
    if (!plover) throw new DyadError('E020', `data file events/triggers.yaml: trigger "${r.id}" has CAMEO code ${r.cameo}, which the CAMEO→PLOVER map lacks`);
    const rule: TriggerRule = { ...r, plover, within: r.within ?? 8, intent: r.intent ?? false, governsNext: r.governsNext ?? false };
    for (const lemma of r.lemmas) byLemma.set(lemma.toLowerCase(), [...(byLemma.get(lemma.toLowerCase()) ?? []), rule]);
  }
  const statusCues: StatusCueRule[] = c.cues.map((q) => ({
    id: q.id,
    status: q.status,
    phrases: q.phrases.map((ph) => ph.toLowerCase().match(/n't|'ll|[^\s]+/g) ?? []),
    window: q.window ?? 6,
    adjacent: q.adjacent ?? false,
    afterReporting: q.afterReporting ?? false,
    example: q.example,
  }));
  const places = new Map<string, PlaceRule>();
  for (const r of p.places) for (const n of r.names) places.set(n.toLowerCase(), r);
  return {
    byLemma,
    statusCues,
    modality: c.modality,
    structure: {
      clauseOpeners: lower(s.clauseOpeners.words),
      temporalOpeners: lower(s.temporalOpeners.words),
      reportingVerbs: lower(s.reportingVerbs.words),
      pronouns: lower(s.pronouns.words),
      pluralPronouns: lower(s.pluralPronouns.words),
      possessives: lower(s.possessives.words),
      possessiveMarkers: lower(s.possessiveMarkers.words),
      beForms: lower(s.beForms.words),
      determiners: lower(s.determiners.words),
      pastAuxiliaries: lower(s.pastAuxiliaries.words),
      dateSharingOpeners: lower(s.dateSharingOpeners.words),
      coordinators: lower(s.coordinators.words),
      targetPrepositions: lower(s.targetPrepositions.words),
      placePrepositions: lower(s.placePrepositions.words),
      discards: s.discardSentences.map((d) => ({ id: d.id, pattern: new RegExp(d.pattern, 'i') })),
    },
    places,
    cameo,
  };
}

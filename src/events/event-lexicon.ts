import { z } from 'zod';
import { assertUniqueIds, loadDataFile } from '../data-loading/load-yaml.ts';
import type { EventStatus } from '../model/annotations.ts';

/** A trigger word with the event type it names. */
export interface TriggerRule {
  id: string;
  lemmas: string[];
  pos: string[];
  type: string;
  cameo: string;
  example: string;
}

/** A status cue: words that, shortly before a trigger, set the event's status. */
export interface StatusCueRule {
  id: string;
  status: Exclude<EventStatus, 'occurred'>;
  words: string[];
  example: string;
}

/** Triggers indexed by lemma, and status cues. */
export interface EventLexicon {
  byLemma: Map<string, TriggerRule[]>;
  statusCues: StatusCueRule[];
}

const schema = z.object({
  triggers: z.array(
    z.object({
      id: z.string(),
      lemmas: z.array(z.string()).min(1),
      pos: z.array(z.string()).min(1),
      type: z.string().regex(/^[A-Z]+$/),
      cameo: z.string().regex(/^\d{2,4}$/),
      example: z.string(),
    }),
  ),
  statusCues: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['planned', 'negated', 'hypothetical']),
      words: z.array(z.string()).min(1),
      example: z.string(),
    }),
  ),
});

/**
 * Loads `data/events/triggers.yaml`.
 * @example loadEventLexicon().byLemma.get('meet')
 */
export function loadEventLexicon(dataDir?: string): EventLexicon {
  const file = 'events/triggers.yaml';
  const data = loadDataFile(file, schema, dataDir);
  assertUniqueIds(file, [...data.triggers, ...data.statusCues]);
  const byLemma = new Map<string, TriggerRule[]>();
  for (const t of data.triggers) {
    for (const lemma of t.lemmas) byLemma.set(lemma, [...(byLemma.get(lemma) ?? []), t]);
  }
  return { byLemma, statusCues: data.statusCues };
}

import type { Stage } from './stage.ts';
import { tokenizeStage } from './stages/tokenize.ts';
import { countriesStage } from './stages/countries.ts';
import { ACTOR_STAGES } from './stages/actors.ts';
import { timexesStage } from './stages/timexes.ts';
import { EVENT_STAGES } from './stages/events.ts';
import { agreementsStage } from './stages/agreements.ts';
import { claimsStage } from './stages/claims.ts';

/**
 * The pipeline, in order. Ordering constraints:
 * - tokenize first: every later stage reads sentences and tokens;
 * - countries and timexes before events: events take their actors and dates from them;
 * - actor stages right after countries: organisations need country words, persons need both, coreference needs persons;
 * - the event stages run as one block, ordered inside stages/events.ts (extractor, then refiners, filter last);
 * - agreements and claims after timexes and actors (they take dates and parties from them); they read no events.
 */
export const PIPELINE: readonly Stage[] = [tokenizeStage, countriesStage, ...ACTOR_STAGES, timexesStage, ...EVENT_STAGES, agreementsStage, claimsStage];

/** Version recorded with every stored event, so old events can be explained later. */
export const PIPELINE_VERSION = 'dyad-pipeline.v1';

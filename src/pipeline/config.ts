import type { Stage } from './stage.ts';
import { tokenizeStage } from './stages/tokenize.ts';
import { countriesStage } from './stages/countries.ts';
import { timexesStage } from './stages/timexes.ts';
import { eventsStage } from './stages/events.ts';

/**
 * The pipeline, in order. Ordering constraints:
 * - tokenize first: every later stage reads sentences and tokens;
 * - countries and timexes before events: events take their actors and dates from them.
 */
export const PIPELINE: readonly Stage[] = [tokenizeStage, countriesStage, timexesStage, eventsStage];

/** Version recorded with every stored event, so old events can be explained later. */
export const PIPELINE_VERSION = 'dyad-pipeline.v1';

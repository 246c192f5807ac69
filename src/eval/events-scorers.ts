import type { Scorer } from './report.ts';
import { SEED_EVENT_SCORERS } from './events-seeds.ts';
import { PLOVER_GSR_SCORER } from './events-plover-gsr.ts';
import { PETR2_SCORER } from './events-petr2.ts';
import { ZERO_SHOT_PLANNED_SCORER } from './events-zero-shot-planned.ts';

/** The event scorers, in the order `npm run eval` prints them. */
export const EVENT_SCORERS: Scorer[] = [...SEED_EVENT_SCORERS, PLOVER_GSR_SCORER, ZERO_SHOT_PLANNED_SCORER, PETR2_SCORER];

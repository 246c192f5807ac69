import type { Scorer } from './report.ts';
import { rolesSeedsScorer } from './roles-seeds.ts';
import { timeSeedsScorer } from './time-seeds.ts';
import { EVENT_SCORERS } from './events-scorers.ts';
import { seedsConsolidatedScorer } from './seeds-consolidated.ts';

/** Every scorer `npm run eval` runs, in order. Add one line per scorer. */
export const SCORERS: Scorer[] = [
  rolesSeedsScorer,
  timeSeedsScorer,
  ...EVENT_SCORERS,
  seedsConsolidatedScorer,
];

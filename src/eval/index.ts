import type { Scorer } from './report.ts';

/** Every scorer `npm run eval` runs, in order. Add one line per scorer. */
export const SCORERS: Scorer[] = [
];

/** Precision, recall and F1 from counts. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Computes P/R/F1 from true positives, false positives and false negatives.
 * @example prf(8, 2, 2) // { precision: 0.8, recall: 0.8, f1: 0.8, ... }
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** One line of an evaluation report: a named figure, as P/R/F1 or as a single score. */
export interface EvalRow {
  part: string;
  metric: string;
  prf?: Prf;
  /** A single figure such as accuracy, in [0, 1]. */
  score?: number;
  /** Counts behind a single score, e.g. "45/60". */
  detail?: string;
}

/** A scorer's output: rows, or a reason it skipped (e.g. ../shared absent). */
export interface EvalReport {
  name: string;
  rows: EvalRow[];
  skipped?: string;
  /** Misses worth reading, one line each (printed with --verbose). */
  misses?: string[];
}

/** A scorer run by `npm run eval`. */
export interface Scorer {
  name: string;
  run: () => Promise<EvalReport>;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/**
 * Formats a report as aligned text lines.
 * @example formatReport({ name: 'seeds', rows: [{ part: 'events', metric: 'mention', prf: prf(1, 0, 0) }] })
 */
export function formatReport(report: EvalReport): string {
  if (report.skipped) return `${report.name}: skipped: ${report.skipped}`;
  const lines = [`${report.name}`];
  for (const r of report.rows) {
    const label = `  ${r.part} ${r.metric}`.padEnd(44);
    if (r.prf) lines.push(`${label} P ${pct(r.prf.precision)}  R ${pct(r.prf.recall)}  F1 ${pct(r.prf.f1)}  (tp ${r.prf.tp}, fp ${r.prf.fp}, fn ${r.prf.fn})`);
    else if (r.score !== undefined) lines.push(`${label} ${pct(r.score)}${r.detail ? `  (${r.detail})` : ''}`);
  }
  return lines.join('\n');
}

import { ploverWeight } from './plover-weights.ts';

/** One period of the cooperation–conflict curve. */
export interface CurvePoint {
  /** The period: `YYYY` or `YYYY-MM`. */
  period: string;
  /** Sum of the positive weights of the period's events. */
  cooperation: number;
  /** Sum of the negative weights (≤ 0). */
  conflict: number;
  /** cooperation + conflict. */
  net: number;
  n_events: number;
}

/** The curve with the method that made it. */
export interface Curve {
  bucket: 'year' | 'month';
  points: CurvePoint[];
  /** Occurred events left out because they are undated, or dated more coarsely than the bucket. */
  excluded: number;
  method: string;
}

/** What the curve needs of an event. */
export interface CurveEvent {
  type: string;
  status: string;
  date: string | null;
}

const METHOD =
  'Occurred events only (planned, negated and hypothetical ones did not happen). Each consolidated event counts ' +
  'once, whatever its number of sources, weighted by its PLOVER type on the Goldstein scale (+10 cooperation to ' +
  '-10 conflict, see PLOVER_WEIGHTS). Per period: cooperation = sum of positive weights, conflict = sum of ' +
  'negative weights, net = their sum. Periods are months when every event is dated to the month or better and ' +
  'they span less than 36 months, else years (or as asked with ?bucket=); events dated more coarsely than the ' +
  'period, or undated, are left out and counted in "excluded".';

const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The cooperation–conflict curve of a list of events, with every period between the first and last
 * present (empty periods are zeros).
 * @example buildCurve([{ type: 'AID', status: 'occurred', date: '2017-02-16' }]).points[0].net // 7
 */
export function buildCurve(events: readonly CurveEvent[], bucket?: 'year' | 'month'): Curve {
  const dated = events.filter((e) => e.status === 'occurred' && e.date && /^\d{4}/.test(e.date));
  const months = dated.filter((e) => /^\d{4}-\d{2}/.test(e.date!)).map((e) => monthIndex(e.date!.slice(0, 7)));
  const allMonthly = dated.length > 0 && months.length === dated.length;
  const chosen = bucket ?? (allMonthly && Math.max(...months) - Math.min(...months) < 36 ? 'month' : 'year');
  const inBucket = dated.filter((e) => chosen === 'year' || /^\d{4}-\d{2}/.test(e.date!));
  const key = (d: string) => (chosen === 'year' ? d.slice(0, 4) : d.slice(0, 7));
  const byPeriod = new Map<string, CurvePoint>();
  for (const e of inBucket) {
    const p = key(e.date!);
    const point = byPeriod.get(p) ?? { period: p, cooperation: 0, conflict: 0, net: 0, n_events: 0 };
    const w = ploverWeight(e.type);
    if (w > 0) point.cooperation += w;
    else point.conflict += w;
    point.n_events++;
    byPeriod.set(p, point);
  }
  const points: CurvePoint[] = [];
  const keys = [...byPeriod.keys()].sort();
  if (keys.length) {
    for (let p = keys[0]; p <= keys[keys.length - 1]; p = following(p)) {
      const point = byPeriod.get(p) ?? { period: p, cooperation: 0, conflict: 0, net: 0, n_events: 0 };
      points.push({ ...point, cooperation: r1(point.cooperation), conflict: r1(point.conflict), net: r1(point.cooperation + point.conflict) });
    }
  }
  return { bucket: chosen, points, excluded: events.filter((e) => e.status === 'occurred').length - inBucket.length, method: METHOD };
}

function monthIndex(ym: string): number {
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
}

function following(period: string): string {
  if (period.length === 4) return String(Number(period) + 1).padStart(4, '0');
  const i = monthIndex(period) + 1;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

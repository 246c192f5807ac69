import { prf, type Prf } from '../../eval/report.ts';
import type { GoldDoc, TimexRecord } from './gold.ts';

/** TempEval-3 style counts for one system on one corpus. */
export interface TimexScore {
  strict: Prf;
  relaxed: Prf;
  /** Share of relaxed matches whose type is right. */
  typeAccuracy: number;
  /** Value P/R/F1: right values over system timexes and over gold timexes (TempEval-3 attribute F1). */
  value: Prf;
  typeRight: number;
  matched: number;
  /** Misses worth reading: `doc: gold "text" value ≠ system value`. */
  misses: string[];
  byType: TimexCounts['byType'];
}

/** Running counts, summed over the documents of a corpus. */
export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeRight: number;
  valueRight: number;
  /** Per gold type: gold count, found (relaxed), value right. */
  byType: Record<string, { gold: number; found: number; valueRight: number }>;
  misses: string[];
}

/** Fresh counts. */
export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, typeRight: 0, valueRight: 0, byType: {}, misses: [] };
}

const overlapsSpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Adds one document's comparison to the counts: system timexes inside ignored spans or past the
 * scored part are dropped; gold and system are paired one-to-one by overlap (exact matches first).
 * @example addDocument(counts, goldDoc, systemTimexes)
 */
export function addDocument(counts: TimexCounts, doc: GoldDoc, system: TimexRecord[]): void {
  const sys = system.filter((s) => s.start < doc.scoredUntil && !doc.ignore.some((i) => overlapsSpan(i, s)));
  const gold = doc.timexes.filter((g) => g.start < doc.scoredUntil);
  counts.gold += gold.length;
  counts.system += sys.length;
  const used = new Set<number>();
  const pairOf = new Map<number, number>();
  gold.forEach((g, gi) => {
    const exact = sys.findIndex((s, si) => !used.has(si) && s.start === g.start && s.end === g.end);
    if (exact >= 0) {
      used.add(exact);
      pairOf.set(gi, exact);
    }
  });
  gold.forEach((g, gi) => {
    if (pairOf.has(gi)) return;
    const si = sys.findIndex((s, i) => !used.has(i) && overlapsSpan(s, g));
    if (si >= 0) {
      used.add(si);
      pairOf.set(gi, si);
    }
  });
  gold.forEach((g, gi) => {
    const si = pairOf.get(gi);
    const t = (counts.byType[g.type] ??= { gold: 0, found: 0, valueRight: 0 });
    t.gold++;
    if (si !== undefined) t.found++;
    if (si !== undefined && sys[si].value === g.value) t.valueRight++;
    if (si === undefined) {
      counts.misses.push(`${doc.name}: missed "${g.text}" ${g.type} ${g.value}`);
      return;
    }
    const s = sys[si];
    counts.relaxed++;
    if (s.start === g.start && s.end === g.end) counts.strict++;
    if (s.type === g.type) counts.typeRight++;
    if (s.value === g.value) counts.valueRight++;
    else counts.misses.push(`${doc.name}: "${g.text}" ${g.value} ≠ "${s.text}" ${s.value}`);
  });
  sys.forEach((s, si) => {
    if (!used.has(si)) counts.misses.push(`${doc.name}: spurious "${s.text}" ${s.type} ${s.value}`);
  });
}

/**
 * Turns counts into TempEval-3 figures.
 * @example scoreCounts(counts).value.f1
 */
export function scoreCounts(c: TimexCounts): TimexScore {
  return {
    strict: prf(c.strict, c.system - c.strict, c.gold - c.strict),
    relaxed: prf(c.relaxed, c.system - c.relaxed, c.gold - c.relaxed),
    typeAccuracy: c.relaxed === 0 ? 0 : c.typeRight / c.relaxed,
    value: prf(c.valueRight, c.system - c.valueRight, c.gold - c.valueRight),
    typeRight: c.typeRight,
    matched: c.relaxed,
    misses: c.misses,
    byType: c.byType,
  };
}

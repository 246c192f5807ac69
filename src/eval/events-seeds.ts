import fs from 'node:fs';
import path from 'node:path';
import type { EventMention } from '../model/annotations.ts';
import { splitDateLine } from '../read/date-line.ts';
import { analyzeText } from './events-common.ts';
import { prf, type EvalReport, type Scorer } from './report.ts';
import { missingShared, sharedPath } from './shared-path.ts';

/** One consolidated gold event of gold/seeds.json. */
export interface GoldEvent {
  id: string;
  accept_types: string[];
  also_accept?: { type: string; status: string }[];
  source: string;
  target: string;
  date: string | null;
  status: string;
  mentioned_in: string[];
  optional?: boolean;
}

/** How a mention's date compares with a gold date: `exact` at gold precision, `coarser` but compatible, or wrong. */
export type DateFit = 'exact' | 'coarser' | 'waived' | 'wrong';

const notAfter = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length)) <= b.slice(0, Math.min(a.length, b.length));

/**
 * Statuses a mention may rightly have in an article dated `asOf`: a consolidated event that happened after
 * the report (or in the report's own period) may be reported as planned.
 */
export function acceptedStatuses(gold: GoldEvent, asOf: string | null): string[] {
  if (gold.status !== 'occurred' || !gold.date || !asOf) return [gold.status];
  const n = Math.min(gold.date.length, asOf.length);
  if (asOf.slice(0, n) < gold.date.slice(0, n)) return ['planned'];
  if (asOf.slice(0, n) === gold.date.slice(0, n)) return ['occurred', 'planned'];
  return ['occurred'];
}

/**
 * Date fit at gold precision. A plan or hypothesis without a time expression of its own is dated as of its
 * report (or of the statement that reports it): it fits a gold date in that month or later. An undated
 * article's undated mention is waived (nothing in it could date it).
 */
export function dateFit(m: EventMention, gold: string | null, published: string | null): DateFit {
  if (gold === null) return 'exact';
  const value = m.date.value;
  if (value === null) return published === null ? 'waived' : 'wrong';
  if (m.status !== 'occurred' && m.date.basis !== 'timex') return notAfter(value.slice(0, 7), gold) ? 'exact' : 'wrong';
  if (value.length >= gold.length) return value.slice(0, gold.length) === gold ? 'exact' : 'wrong';
  return gold.startsWith(value) ? 'coarser' : 'wrong';
}

/** Whether a mention codes the gold event: type (or also_accept pair), status, dyad (either order for CONSULT), date. */
export function matches(m: EventMention, g: GoldEvent, asOf: string | null, published: string | null, lenientDate: boolean): boolean {
  const typeOk = (g.accept_types.includes(m.type) && acceptedStatuses(g, asOf).includes(m.status)) || (g.also_accept ?? []).some((a) => a.type === m.type && a.status === m.status);
  if (!typeOk || !m.source || !m.target) return false;
  const s = m.source.code;
  const t = m.target.code;
  const dyadOk = (s === g.source && t === g.target) || (m.type === 'CONSULT' && s === g.target && t === g.source);
  if (!dyadOk) return false;
  const fit = dateFit(m, g.date, published);
  return fit === 'exact' || fit === 'waived' || (lenientDate && fit === 'coarser');
}

/** Runs the pipeline over the five seed articles and scores their events at mention level. */
export async function scoreSeedEvents(lenientDate = true): Promise<EvalReport> {
  const name = lenientDate ? 'events-seeds' : 'events-seeds (strict dates)';
  const goldFile = sharedPath('gold/seeds.json');
  const dir = sharedPath('corpus/seeds');
  if (!goldFile || !dir) return { name, rows: [], skipped: missingShared('gold/seeds.json') };
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { events: GoldEvent[]; documents: Record<string, { published: string | null; published_inferred?: string }> };
  let tp = 0;
  let fn = 0;
  let found = 0;
  let fp = 0;
  let partial = 0;
  const misses: string[] = [];
  for (const file of Object.keys(gold.documents).sort()) {
    const { published, body } = splitDateLine(fs.readFileSync(path.join(dir, file), 'utf8'), file);
    const asOf = published?.value ?? gold.documents[file].published_inferred ?? null;
    const doc = analyzeText(body, published, file);
    const dyadic = doc.events.filter((e) => e.source && e.target);
    partial += doc.events.length - dyadic.length;
    const here = gold.events.filter((g) => g.mentioned_in.includes(file));
    for (const g of here) {
      if (dyadic.some((m) => matches(m, g, asOf, published?.value ?? null, lenientDate))) tp++;
      else if (!g.optional) {
        fn++;
        misses.push(`${file} ${g.id} ${g.accept_types.join('/')} ${g.source}>${g.target} ${g.status} ${g.date}: not found`);
      }
    }
    for (const m of dyadic) {
      if (here.some((g) => matches(m, g, asOf, published?.value ?? null, lenientDate))) found++;
      else {
        fp++;
        misses.push(`${file} extra: ${m.type} ${m.source!.code}>${m.target!.code} ${m.status} ${m.date.value ?? '-'} "${doc.text.slice(m.start, m.end)}" in "${doc.text.slice(m.sentence.start, m.sentence.end).slice(0, 100)}"`);
      }
    }
  }
  const recall = prf(tp, 0, fn);
  const precision = prf(found, fp, 0);
  return {
    name,
    rows: [
      { part: 'gold events', metric: 'found in every article (recall)', score: recall.recall, detail: `${tp}/${tp + fn}` },
      { part: 'mentions', metric: 'dyadic mentions matching gold (precision)', score: precision.precision, detail: `${found}/${found + fp}` },
      { part: 'mentions', metric: 'all mentions matching gold (incl. one-actor)', score: found / (found + fp + partial || 1), detail: `${found}/${found + fp + partial}; ${partial} lack source or target` },
    ],
    misses,
  };
}

/** `npm run eval` scorers: seeds at mention level, with dates compatible at gold precision, and strictly. */
export const SEED_EVENT_SCORERS: Scorer[] = [
  { name: 'events-seeds', run: () => scoreSeedEvents(true) },
  { name: 'events-seeds-strict-dates', run: () => scoreSeedEvents(false) },
];

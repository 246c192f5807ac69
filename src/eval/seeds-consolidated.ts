import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadResources } from '../data-loading/resources.ts';
import { exportData, type ExportData } from '../export/export-data.ts';
import { ingest } from '../ingest/ingest.ts';
import { createAnalyzer } from '../pipeline/analyze.ts';
import { readInputs } from '../read/read-inputs.ts';
import { openStore } from '../store/open-store.ts';
import type { GoldEvent } from './events-seeds.ts';
import { prf, type EvalReport, type EvalRow, type Scorer } from './report.ts';
import { missingShared, sharedPath } from './shared-path.ts';

type ExportEvent = ExportData['events'][number];

interface Gold {
  documents: Record<string, { published: string | null; published_inferred?: string }>;
  events: GoldEvent[];
  agreements: { id: string; name: string; parties: string[]; history: { status: string; date?: string; file: string }[] }[];
  contradictions: { about: string; claims: { file: string; value: number }[] }[];
}

/** Whether a date agrees with a gold date at the gold precision (a coarser, compatible date counts). */
const dateOk = (value: string | null, gold: string | null) => gold === null || (value !== null && value.slice(0, Math.min(value.length, gold.length)) === gold.slice(0, Math.min(value.length, gold.length)));

/** Whether a consolidated event describes a gold event: type/status, dyad, date, and a mention in one of its articles. */
export function describes(e: ExportEvent, g: GoldEvent, fileOf: Map<string, string>): boolean {
  const typeOk = (g.accept_types.includes(e.type) && e.status === g.status) || (g.also_accept ?? []).some((a) => a.type === e.type && a.status === e.status);
  const s = e.source.code;
  const t = e.target.code;
  const dyadOk = (s === g.source && t === g.target) || (e.type === 'CONSULT' && s === g.target && t === g.source);
  const articleOk = e.mentions.some((m) => g.mentioned_in.includes(fileOf.get(m.article) ?? ''));
  return typeOk && dyadOk && articleOk && dateOk(e.date.value, g.date);
}

/** How well an event fits a gold event (higher is better): a stated date at the gold precision, a finer gold date, an earlier accepted type. */
function fit(e: ExportEvent, g: GoldEvent): number {
  const exact = g.date === null || (e.date.value !== null && e.date.value.length >= g.date.length) ? 100 : 0;
  const type = g.accept_types.indexOf(e.type);
  return exact + (g.date?.length ?? 0) - (type < 0 ? 9 : type);
}

/**
 * Scores events: each export event goes to the gold event it fits best; the first per gold event is a hit,
 * more are duplicates; plus the sources of each hit and planned → occurred histories.
 */
function scoreEvents(data: ExportData, gold: Gold, fileOf: Map<string, string>, misses: string[]): EvalRow[] {
  const assigned = new Map<string, ExportEvent[]>();
  let fp = 0;
  for (const e of data.events) {
    const best = gold.events.filter((g) => describes(e, g, fileOf)).sort((a, b) => fit(e, b) - fit(e, a))[0];
    if (best) assigned.set(best.id, [...(assigned.get(best.id) ?? []), e]);
    else {
      fp++;
      misses.push(`extra event ${e.id}: ${e.type} ${e.source.code}–${e.target.code} ${e.date.value} ${e.status}`);
    }
  }
  let tp = 0;
  let fn = 0;
  let duplicates = 0;
  let srcTp = 0;
  let srcFp = 0;
  let srcFn = 0;
  let historyOk = 0;
  let historyExpected = 0;
  const asOf = (f: string) => gold.documents[f]?.published ?? gold.documents[f]?.published_inferred ?? '';
  for (const g of gold.events) {
    const hits = assigned.get(g.id) ?? [];
    if (hits.length > 1) {
      duplicates += hits.length - 1;
      misses.push(`${g.id}: ${hits.length} events describe it (${hits.map((e) => e.id).join(', ')})`);
    }
    const e = hits[0];
    if (!e) {
      if (!g.optional) {
        fn++;
        misses.push(`${g.id}: no event (${g.accept_types[0]} ${g.source}–${g.target} ${g.date} ${g.status})`);
      }
      continue;
    }
    tp++;
    const files = new Set(e.mentions.map((m) => fileOf.get(m.article) ?? m.article));
    srcTp += g.mentioned_in.filter((f) => files.has(f)).length;
    srcFn += g.mentioned_in.filter((f) => !files.has(f)).length;
    srcFp += [...files].filter((f) => !g.mentioned_in.includes(f)).length;
    // a plan is expected when an article reports before the event's period, or the annotator noted one
    const before = g.date !== null && g.mentioned_in.some((f) => asOf(f) && asOf(f).slice(0, g.date!.length) < g.date!);
    if (g.status === 'occurred' && e.status === 'occurred' && (before || /\bplanned\b/i.test((g as { note?: string }).note ?? ''))) {
      historyExpected++;
      const statuses = e.history.map((h) => h.status);
      const planned = statuses.indexOf('planned');
      if (planned >= 0 && statuses.lastIndexOf('occurred') > planned) historyOk++;
      else misses.push(`${g.id}: history ${statuses.join(' → ') || 'empty'}, expected planned → occurred`);
    }
  }
  return [
    { part: 'events', metric: 'consolidated (type/dyad/date/status)', prf: prf(tp, fp + duplicates, fn) },
    { part: 'events', metric: 'duplicates of a gold event', score: duplicates === 0 ? 1 : 0, detail: `${duplicates} duplicate events` },
    { part: 'events', metric: 'sources per event', prf: prf(srcTp, srcFp, srcFn) },
    { part: 'events', metric: 'history planned → occurred', score: historyExpected ? historyOk / historyExpected : 1, detail: `${historyOk}/${historyExpected}` },
  ];
}

const norm = (s: string) => s.toLowerCase().replace(/[-\s]+/g, ' ').replace(/defence/g, 'defense');

/** Scores agreements: each gold history entry found (same article, status, compatible date). */
function scoreAgreements(data: ExportData, gold: Gold, fileOf: Map<string, string>, misses: string[]): EvalRow[] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const g of gold.agreements) {
    const a = data.agreements.find((x) => norm(x.name) === norm(g.name) && g.parties.every((p) => x.parties.includes(p)));
    if (!a) {
      fn += g.history.length;
      misses.push(`${g.id} ${g.name}: not found`);
      continue;
    }
    const left = [...a.history];
    for (const h of g.history) {
      const i = left.findIndex((x) => fileOf.get(x.article) === h.file && x.status === h.status && dateOk(x.date, h.date ?? null));
      if (i >= 0) {
        tp++;
        left.splice(i, 1);
      } else {
        fn++;
        misses.push(`${g.id}: no ${h.status}${h.date ? ` ${h.date}` : ''} from ${h.file}`);
      }
    }
    fp += left.length;
  }
  return [{ part: 'agreements', metric: 'history entries', prf: prf(tp, fp, fn) }];
}

/** Scores contradictions (a gold one is found when a stored one holds all its values) and inferred dates. */
function scoreOthers(data: ExportData, gold: Gold, misses: string[]): EvalRow[] {
  const found = gold.contradictions.filter((g) =>
    data.contradictions.some((c) => g.claims.every((k) => (c.claims as { value: number }[]).some((x) => x.value === k.value))),
  ).length;
  if (found < gold.contradictions.length) misses.push(`contradictions: ${found}/${gold.contradictions.length} found`);
  const undated = Object.entries(gold.documents).filter(([, d]) => d.published === null && d.published_inferred);
  const dated = undated.filter(([file, d]) => {
    const a = data.articles.find((x) => x.name === file);
    const ok = a?.published.inferred === true && a.published.value === d.published_inferred;
    if (!ok) misses.push(`${file}: published ${a?.published.value ?? 'null'}, expected ${d.published_inferred} (inferred)`);
    return ok;
  }).length;
  return [
    { part: 'contradictions', metric: 'found', score: gold.contradictions.length ? found / gold.contradictions.length : 1, detail: `${found}/${gold.contradictions.length}` },
    { part: 'articles', metric: 'inferred publication date', score: undated.length ? dated / undated.length : 1, detail: `${dated}/${undated.length}` },
  ];
}

/** Ingests the seeds into a temporary database and scores the export against the consolidated gold. */
export const seedsConsolidatedScorer: Scorer = {
  name: 'seeds-consolidated',
  async run(): Promise<EvalReport> {
    const goldFile = sharedPath('gold/seeds.json');
    const dir = sharedPath('corpus/seeds');
    if (!goldFile || !dir) return { name: 'seeds-consolidated', rows: [], skipped: missingShared('gold/seeds.json') };
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Gold;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-seeds-consolidated-'));
    const db = openStore(path.join(tmp, 'seeds.sqlite'));
    try {
      ingest(db, createAnalyzer(loadResources()), readInputs([dir]));
      const data = exportData(db);
      const fileOf = new Map(data.articles.map((a) => [a.id, a.name]));
      const misses: string[] = [];
      const rows = [...scoreEvents(data, gold, fileOf, misses), ...scoreAgreements(data, gold, fileOf, misses), ...scoreOthers(data, gold, misses)];
      return { name: 'seeds-consolidated', rows, misses };
    } finally {
      db.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  },
};

import { openStore, type Db } from '../store/open-store.ts';
import { consolidate } from './consolidate.ts';
import { loadConsolidationRules, type ConsolidationRules } from './consolidation-rules.ts';
import { isoOfDay, dayNumber } from './interval.ts';
import { seededRandom as rng } from '../util/seeded-random.ts';

/** What the consolidation scaling benchmark measured. */
export interface ScaleBenchResult {
  /** Generated corpora: articles, mentions, events made, seconds of a full consolidation (best of runs), ratio to the first. */
  generated: { articles: number; mentions: number; events: number; seconds: number; timeRatio: number }[];
  /** Time for factor× the articles over time for 1×, full consolidation (target for 10×: ≤ 12). */
  ratio10x: number;
  /** The same corpora ingested in batches of `batch` articles, each batch consolidated incrementally: total seconds. */
  incremental: { articles: number; batch: number; seconds: number; timeRatio: number }[];
  /** Incremental time for factor× the articles over time for 1×. */
  incrementalRatio10x: number;
  /** One busy dyad reported three times a day, in date order, consolidated batch by batch: total seconds. */
  busyDyad: { articles: number; days: number; batch: number; seconds: number; events: number; timeRatio: number }[];
  /** Busy-dyad time for factor× the articles (and days) over time for 1×. */
  busyDyadRatio10x: number;
  /** The same measured on existing databases, when given. */
  databases?: { file: string; mentions: number; events: number; seconds: number; timeRatio: number }[];
}

/** Options of consolidationScaleBench. */
export interface ScaleBenchOptions {
  /** Articles at 1× (default 2000). */
  n?: number;
  /** The multiplier (default 10). */
  factor?: number;
  seed?: number;
  /** Runs per size; the best time counts (default 2). */
  runs?: number;
  /** Existing databases to time a full consolidation on (e.g. the ingest benchmark's). */
  databases?: string[];
  /** Articles per incremental batch (default 200, as `dyad ingest`). */
  batch?: number;
  /**
   * The busy dyad's reports at 1× (default 2000, 667 days). Its first year is still filling below that: a
   * new year-precision report has to be matched against every cluster of its year.
   */
  busyDyadReports?: number;
}


const TYPES = [['CONSULT', '040'], ['AGREE', '057'], ['AID', '070'], ['REQUEST', '100']] as const;

/**
 * Fills a database with generated mentions: real events spread over ten years between a number of dyads
 * that grows with the corpus (so reports per dyad and month stay constant, as in a growing news archive),
 * each reported 1–4 times at day, month or year precision, some as plans, some in reverse order.
 */
export function generateMentions(db: Db, articles: number, seed: number): number {
  const r = rng(seed);
  const dyads = Math.max(4, Math.round(articles / 40));
  const code = (i: number) => `X${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26) % 26)}`;
  const start = dayNumber(2010, 1, 1);
  const insertArticle = db.prepare("INSERT INTO articles (id, name, text, published, published_precision, seq) VALUES (?, ?, 'x', ?, 'day', ?)");
  const insertMention = db.prepare(
    `INSERT INTO event_mentions (id, article_id, type, cameo, source_code, target_code, date, date_precision, date_basis, status, start, end,
       sentence_start, sentence_end, rule, pipeline_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, 0, 1, 'rule:bench', 'bench')`,
  );
  let mentions = 0;
  let article = 0;
  db.transaction(() => {
    while (article < articles) {
      const d = Math.floor(r() * dyads);
      const [a, b] = [code(2 * d), code(2 * d + 1)];
      const [type, cameo] = TYPES[Math.floor(r() * TYPES.length)];
      const day = start + Math.floor(r() * 3650);
      const reports = 1 + Math.floor(r() * 4);
      for (let k = 0; k < reports && article < articles; k++, article++) {
        const planned = r() < 0.2;
        const published = day + (planned ? -1 - Math.floor(r() * 60) : Math.floor(r() * 30));
        const id = `b${article}`;
        insertArticle.run(id, `${id}.txt`, isoOfDay(published), article + 1);
        const p = r();
        const iso = isoOfDay(day);
        const [date, precision, basis] = p < 0.6 ? [iso, 'day', 'timex'] : p < 0.85 ? [iso.slice(0, 7), 'month', 'timex'] : p < 0.95 ? [iso.slice(0, 4), 'year', 'timex'] : [isoOfDay(published), 'day', 'published'];
        const flip = type === 'CONSULT' && r() < 0.3;
        insertMention.run(`${id}m`, id, type, cameo, flip ? b : a, flip ? a : b, date, precision, basis, planned ? 'planned' : 'occurred');
        mentions++;
      }
    }
  })();
  return mentions;
}

/** Seconds of the best of `runs` full consolidations. */
function timeConsolidation(db: Db, runs: number): { seconds: number; events: number } {
  const rules = loadConsolidationRules();
  let best = Infinity;
  let events = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    events = db.transaction(() => consolidate(db, { rules }).events)();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { seconds: best, events };
}

/**
 * Stores articles and their mentions (rows as `SELECT *` reads them, e.g. from generateMentions' database) in
 * `db` batch by batch, in the order given, consolidating each batch as an ingest does; gives the seconds
 * consolidation took.
 */
export function consolidateInBatches(db: Db, articles: readonly Record<string, unknown>[], mentions: readonly Record<string, unknown>[], batch: number, rules: ConsolidationRules): number {
  const byArticle = new Map<unknown, Record<string, unknown>[]>();
  for (const m of mentions) byArticle.set(m.article_id, [...(byArticle.get(m.article_id) ?? []), m]);
  const cols = Object.keys(mentions[0]).filter((c) => mentions.some((m) => m[c] !== null));
  const insertArticle = db.prepare('INSERT INTO articles (id, name, text, published, published_precision, seq) VALUES (@id, @name, @text, @published, @published_precision, @seq)');
  const insertMention = db.prepare(`INSERT INTO event_mentions (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
  let seconds = 0;
  for (let i = 0; i < articles.length; i += batch) {
    const part = articles.slice(i, i + batch);
    db.transaction(() => {
      for (const a of part) {
        insertArticle.run(a);
        for (const m of byArticle.get(a.id) ?? []) insertMention.run(Object.fromEntries(cols.map((c) => [c, m[c]])));
      }
      const t0 = performance.now();
      consolidate(db, { articles: part.map((a) => String(a.id)), rules });
      seconds += (performance.now() - t0) / 1000;
    })();
  }
  return seconds;
}

/** Seconds to consolidate a generated corpus batch by batch, as an ingest does (articles in date order); best of `runs` in the bench. */
function timeIncremental(articles: number, seed: number, batch: number): number {
  const src = openStore(':memory:');
  const db = openStore(':memory:');
  try {
    generateMentions(src, articles, seed);
    const rows = src.prepare('SELECT * FROM articles ORDER BY published, seq').all() as Record<string, unknown>[];
    const mentions = src.prepare('SELECT * FROM event_mentions ORDER BY article_id').all() as Record<string, unknown>[];
    return consolidateInBatches(db, rows, mentions, batch, loadConsolidationRules());
  } finally {
    src.close();
    db.close();
  }
}

/** Reports a day of the busy dyad. */
const BUSY_PER_DAY = 3;

/**
 * Consolidates one busy dyad batch by batch, as an ingest of a news archive in date order does: three reports
 * a day, 40% dated only by their report (whose windows overlap the next days', so the dyad's mentions form
 * one chain of overlapping windows over all its years), 40% a stated day up to two days back, 15% a month,
 * 5% a year, 15% plans. Gives the seconds consolidation took and the events made.
 */
function timeBusyDyad(articles: number, seed: number, batch: number): { seconds: number; events: number } {
  const r = rng(seed);
  const db = openStore(':memory:');
  try {
    const start = dayNumber(2010, 1, 1);
    const insertArticle = db.prepare("INSERT INTO articles (id, name, text, published, published_precision, seq) VALUES (?, ?, 'x', ?, 'day', ?)");
    const insertMention = db.prepare(
      `INSERT INTO event_mentions (id, article_id, type, cameo, source_code, target_code, date, date_precision, date_basis, status, start, end,
         sentence_start, sentence_end, rule, pipeline_version) VALUES (?, ?, 'CONSULT', '040', 'XAA', 'XAB', ?, ?, ?, ?, 0, 1, 0, 1, 'rule:bench', 'bench')`,
    );
    const rules = loadConsolidationRules();
    let seconds = 0;
    for (let first = 0; first < articles; first += batch) {
      const ids: string[] = [];
      db.transaction(() => {
        for (let i = first; i < Math.min(articles, first + batch); i++) {
          const day = start + Math.floor(i / BUSY_PER_DAY);
          const iso = isoOfDay(day);
          const id = `d${i}`;
          insertArticle.run(id, `${id}.txt`, iso, i + 1);
          const p = r();
          const stated = isoOfDay(day - Math.floor(r() * 3));
          const [date, precision, basis] = p < 0.4 ? [iso, 'day', 'published'] : p < 0.8 ? [stated, 'day', 'timex'] : p < 0.95 ? [iso.slice(0, 7), 'month', 'timex'] : [iso.slice(0, 4), 'year', 'timex'];
          insertMention.run(`${id}m`, id, date, precision, basis, r() < 0.15 ? 'planned' : 'occurred');
          ids.push(id);
        }
        const t0 = performance.now();
        consolidate(db, { articles: ids, rules });
        seconds += (performance.now() - t0) / 1000;
      })();
    }
    return { seconds, events: (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n };
  } finally {
    db.close();
  }
}

/**
 * Measures how consolidation time grows: a full consolidation of generated mentions for N and factor×N
 * articles (in memory), the same corpora consolidated batch by batch as an ingest does, one busy dyad's
 * `busyDyadReports` and factor× as many reports consolidated batch by batch (see timeBusyDyad), and optionally
 * existing databases. The target is ≤ 12× the time for 10× the articles; the figures are reported, never asserted, since timings depend on the machine.
 * @example await consolidationScaleBench({ n: 2000 }) // { ratio10x: 10.8, ... }
 */
export async function consolidationScaleBench(options: ScaleBenchOptions = {}): Promise<ScaleBenchResult> {
  const n = options.n ?? 2000;
  const factor = options.factor ?? 10;
  const runs = options.runs ?? 2;
  const generated: ScaleBenchResult['generated'] = [];
  for (const articles of [n, n * factor]) {
    const db = openStore(':memory:');
    try {
      const mentions = generateMentions(db, articles, options.seed ?? 42);
      const { seconds, events } = timeConsolidation(db, runs);
      generated.push({ articles, mentions, events, seconds, timeRatio: generated.length ? seconds / generated[0].seconds : 1 });
    } finally {
      db.close();
    }
  }
  const batch = options.batch ?? 200;
  const incremental: ScaleBenchResult['incremental'] = [];
  for (const articles of [n, n * factor]) {
    // best of runs: the small corpus takes tens of milliseconds, so one cold run would decide the ratio
    let seconds = Infinity;
    for (let i = 0; i < runs; i++) seconds = Math.min(seconds, timeIncremental(articles, options.seed ?? 42, batch));
    incremental.push({ articles, batch, seconds, timeRatio: incremental.length ? seconds / incremental[0].seconds : 1 });
  }
  const busyDyad: ScaleBenchResult['busyDyad'] = [];
  const busyN = options.busyDyadReports ?? 2000;
  for (const articles of [busyN, busyN * factor]) {
    let best = { seconds: Infinity, events: 0 };
    for (let i = 0; i < runs; i++) {
      const run = timeBusyDyad(articles, options.seed ?? 42, batch);
      if (run.seconds < best.seconds) best = run;
    }
    const days = Math.ceil(articles / BUSY_PER_DAY);
    busyDyad.push({ articles, days, batch, ...best, timeRatio: busyDyad.length ? best.seconds / busyDyad[0].seconds : 1 });
  }
  const result: ScaleBenchResult = {
    generated,
    ratio10x: generated[1].seconds / generated[0].seconds,
    incremental,
    incrementalRatio10x: incremental[1].seconds / incremental[0].seconds,
    busyDyad,
    busyDyadRatio10x: busyDyad[1].seconds / busyDyad[0].seconds,
  };
  if (options.databases?.length) {
    result.databases = [];
    for (const file of options.databases) {
      const db = openStore(file);
      try {
        const mentions = (db.prepare('SELECT COUNT(*) AS n FROM event_mentions').get() as { n: number }).n;
        const { seconds, events } = timeConsolidation(db, runs);
        const first = result.databases[0];
        result.databases.push({ file, mentions, events, seconds, timeRatio: first ? seconds / first.seconds : 1 });
      } finally {
        db.close();
      }
    }
  }
  return result;
}

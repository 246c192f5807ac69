/**
 * Profiles the pipeline alone on generated articles: run with
 * `node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-pipeline.ts [articles]`, then
 * `node --import tsx bench/profile-summary.ts /tmp/prof/*.cpuprofile`.
 */
import { loadResources } from '../src/data-loading/resources.ts';
import { makeDoc } from '../src/model/doc.ts';
import { parseIsoDate } from '../src/model/calendar-date.ts';
import { createAnalyzer } from '../src/pipeline/analyze.ts';
import { articleId } from '../src/read/raw-article.ts';
import { ArticleGenerator } from './generator/article.ts';

const count = Number(process.argv[2] ?? 200);
const analyzer = createAnalyzer(loadResources());
const timings = new Map<string, number>();
const gen = new ArticleGenerator(42);
let failed = 0;
const c0 = process.cpuUsage();
const docs = [...gen.articles(count)].map((a) => makeDoc({ id: articleId(a.text), name: 'bench', text: a.text, published: parseIsoDate(a.published) }));
// stage by stage over the batch, as an ingest analyses
for (const outcome of analyzer.analyzeBatch(docs, timings)) if (!outcome.ok) failed++;
const c = process.cpuUsage(c0);
const cpu = (c.user + c.system) / 1000;
const total = [...timings.values()].reduce((s, v) => s + v, 0);
process.stdout.write(`${count} articles, ${(cpu / count).toFixed(2)} CPU ms/article, ${failed} failed\n`);
for (const [k, v] of [...timings].sort((x, y) => y[1] - x[1])) process.stdout.write(`  ${k.padEnd(22)} ${((v / total) * 100).toFixed(1)}%\n`);

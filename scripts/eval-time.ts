// npm run eval:time [-- --verbose] [-- --corpus NAME]: TempEval-3 style scores of dyad's time tagger
// and of chrono-node (the baseline) on the TimeML corpora of ../shared/bench/timeml.
// te3-platinum is the held-out test set: report it, never tune rules to its sentences.
import { missingShared } from '../src/eval/shared-path.ts';
import { loadTimeLexicon } from '../src/time/lexicon.ts';
import { TIMEML_CORPORA, loadCorpus } from '../src/time/timeml/corpora.ts';
import { chronoSystem, dyadSystem, scoreCorpus } from '../src/time/timeml/run-corpus.ts';
import type { TimexScore } from '../src/time/timeml/score.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : null;
const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
const line = (name: string, s: TimexScore) =>
  `  ${name.padEnd(7)} strict P ${pct(s.strict.precision)} R ${pct(s.strict.recall)} F1 ${pct(s.strict.f1)} | relaxed P ${pct(s.relaxed.precision)} R ${pct(s.relaxed.recall)} F1 ${pct(s.relaxed.f1)} | type acc ${pct(s.typeAccuracy)} | value P ${pct(s.value.precision)} R ${pct(s.value.recall)} F1 ${pct(s.value.f1)}`;

const dyad = dyadSystem(loadTimeLexicon());
for (const corpus of TIMEML_CORPORA) {
  if (only && corpus.name !== only) continue;
  const docs = loadCorpus(corpus);
  if (!docs) {
    process.stdout.write(`${corpus.name}: skipped: ${missingShared(corpus.dir)}\n`);
    continue;
  }
  const gold = docs.reduce((n, d) => n + d.timexes.filter((t) => t.start < d.scoredUntil).length, 0);
  const ours = scoreCorpus(docs, dyad);
  const chrono = scoreCorpus(docs, chronoSystem);
  process.stdout.write(`${corpus.name} (${docs.length} docs, ${gold} gold timexes)\n${line('dyad', ours)}\n${line('chrono', chrono)}\n`);
  const types = Object.entries(ours.byType).map(([t, c]) => `${t} ${c.valueRight}/${c.found}/${c.gold}`);
  process.stdout.write(`  dyad by gold type (value right / found / gold): ${types.join(', ')}\n`);
  if (verbose) process.stdout.write(`${ours.misses.map((m) => `    ${m}`).join('\n')}\n`);
}

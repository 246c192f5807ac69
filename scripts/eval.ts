// `npm run eval`: runs every scorer of src/eval/index.ts against the gold data in ../shared and prints
// precision, recall and F1 per part. `--json` prints the reports as JSON; `--verbose` lists misses;
// a name argument runs only the scorers whose name contains it.
import { SCORERS } from '../src/eval/index.ts';
import { formatReport, type EvalReport } from '../src/eval/report.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const only = args.filter((a) => !a.startsWith('--'));
const reports: EvalReport[] = [];
for (const scorer of SCORERS) {
  if (only.length && !only.some((o) => scorer.name.includes(o))) continue;
  const report = await scorer.run();
  reports.push(report);
  if (!json) {
    process.stdout.write(`${formatReport(report)}\n`);
    if (verbose) for (const m of report.misses ?? []) process.stdout.write(`    miss: ${m}\n`);
  }
}
if (json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);

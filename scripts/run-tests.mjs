// Runs every *.test.ts under src/ and test/ with node's own test runner and tsx.
// Node 20's --test takes no globs, so the files are listed here. Extra arguments pass through
// (e.g. `npm test -- --test-name-pattern=timex`), and path arguments (folders or files) limit the run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const roots = args.filter((a) => !a.startsWith('-') && fs.existsSync(a));
const flags = args.filter((a) => !roots.includes(a));
const files = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') walk(p);
    else if (e.isFile() && e.name.endsWith('.test.ts')) files.push(p);
  }
};
for (const r of roots.length ? roots : ['src', 'test']) {
  if (fs.statSync(r).isDirectory()) walk(r);
  else files.push(r);
}
files.sort();
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...flags, ...files], { stdio: 'inherit' });
process.exit(res.status ?? 1);

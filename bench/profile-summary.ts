/** Prints the functions with the most self time in a V8 .cpuprofile (from `node --cpu-prof`). */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const file = process.argv[2];
const top = Number(process.argv.slice(3).find((a) => /^\d+$/.test(a)) ?? 30);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
const hits = new Map<number, number>();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const node of profile.nodes) {
  const n = hits.get(node.id) ?? 0;
  if (!n) continue;
  const url = node.callFrame.url.replace(/^file:\/\/.*?\/(node_modules|src|bench)\//, '$1/');
  const key = `${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + n);
  const pkg = url.startsWith('node_modules/') ? url.split('/').slice(0, 2).join('/') : url || node.callFrame.functionName;
  byFile.set(pkg, (byFile.get(pkg) ?? 0) + n);
}
const total = profile.samples.length;
const show = (title: string, m: Map<string, number>) => {
  process.stdout.write(`${title}\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`  ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}\n`);
};
show('self time by file', byFile);
show('self time by function', byFunction);

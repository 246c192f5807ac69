import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, tempDir, type CliRun as CliResult } from '../fixtures/run-cli.ts';
import { articleText } from '../fixtures/hostile-corpus.ts';

/** The repository root. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The CLI entry point, for child processes. */
export const DYAD_BIN = path.join(REPO, 'bin/dyad.mjs');

export { runCli, tempDir, type CliResult };

/**
 * Runs `node bin/dyad.mjs ARGS` as a child process and waits for it.
 * @example await runDyadProcess(['ingest', dir, '--db', db])
 */
export function runDyadProcess(args: string[], timeoutMs = 120_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DYAD_BIN, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 3), stdout, stderr });
    });
  });
}

/**
 * Writes `n` distinct fictional articles (some sharing events, so consolidation merges them) as .txt files
 * with date lines; returns the file paths in name order.
 * @example writeArticles(dir, 12)
 */
export function writeArticles(dir: string, n: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = String((i % 27) + 1).padStart(2, '0');
    const file = path.join(dir, `article-${String(i).padStart(3, '0')}.txt`);
    fs.writeFileSync(file, ` date 2017-0${(i % 9) + 1}-${day} ${articleText(300 + (i % 5) * 120, `a${i}`)}`);
    files.push(file);
  }
  return files;
}

/**
 * `dyad export --format json` of a database, parsed; with `orderFree`, lists whose order follows the
 * ingest order (articles, mentions, roles) are sorted so two ingest orders can be compared.
 * @example const a = await exportJson(db, { orderFree: true });
 */
export async function exportJson(db: string, options: { orderFree?: boolean } = {}): Promise<Record<string, unknown[]>> {
  const r = await runCli(['export', '--format', 'json', '--db', db]);
  if (r.code !== 0) throw new Error(`export failed (${r.code}): ${r.stderr}`);
  const data = JSON.parse(r.stdout) as Record<string, unknown[]>;
  if (!options.orderFree) return data;
  const key = (v: unknown) => JSON.stringify(v);
  const sorted = (list: unknown[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  const events = (data.events as { mentions: unknown[] }[]).map((e) => ({ ...e, mentions: sorted(e.mentions) }));
  return { ...data, articles: sorted(data.articles), events: sorted(events), roles: sorted(data.roles) };
}

import { SingleBar } from 'cli-progress';
import type { IngestSummary } from '../../ingest/ingest.ts';
import { DEFAULT_MAX_TEXT_CHARS, readInputs } from '../../read/read-inputs.ts';
import { COMMIT_EVERY } from '../../store/group-commit.ts';
import { openStore } from '../../store/open-store.ts';
import { UsageError } from '../../errors.ts';
import type { CommandSpec } from '../command.ts';
import { jsonOut, withDbAndJson } from '../options.ts';

/** Formats the ingest summary as one text line. */
export function formatSummary(s: IngestSummary): string {
  return `read ${s.read}, stored ${s.stored}, skipped ${s.skipped} (already stored), failed ${s.failed}; ${s.events} events in the database\n`;
}

/** `dyad ingest PATH...`: read articles (files, folders, JSONL, HTML), analyse and store them. */
export const ingestCommand: CommandSpec = {
  name: 'ingest',
  summary: 'read articles (text files, folders, JSONL, HTML), extract events and store them',
  configure: (cmd) =>
    withDbAndJson(cmd)
      .argument('<paths...>', 'files or folders to read')
      .option('--batch <n>', 'articles analysed, stored and consolidated together', '200')
      .option('--commit-every <n>', 'articles per transaction: whole batches are committed once they hold this many', String(COMMIT_EVERY))
      .option('--workers <n>', 'worker threads that analyse articles, 0 for none (default: the number of cores)')
      .option('--max-bytes <n>', 'largest input file accepted, in bytes (for a UTF-8 JSONL file, which is streamed: largest line)', String(20 * 1024 * 1024))
      .option('--max-chars <n>', 'longest article text accepted, in characters', String(DEFAULT_MAX_TEXT_CHARS)),
  async handler(args, opts, io) {
    // the pipeline and its worker pool load only when articles are to be read (not for `dyad help`)
    const { defaultWorkers, ingestWithWorkers } = await import('../../ingest/parallel-ingest.ts');
    const batchSize = Number(opts.batch);
    const maxBytes = Number(opts.maxBytes);
    const workers = opts.workers === undefined ? defaultWorkers() : Number(opts.workers);
    if (!Number.isInteger(workers) || workers < 0) throw new UsageError(`--workers must be a whole number (0 for none), got "${opts.workers}"`);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch must be a positive integer, got "${opts.batch}"`);
    const commitEvery = Number(opts.commitEvery);
    if (!Number.isInteger(commitEvery) || commitEvery < 1) throw new UsageError(`--commit-every must be a positive integer, got "${opts.commitEvery}"`);
    if (!Number.isInteger(maxBytes) || maxBytes < 1) throw new UsageError(`--max-bytes must be a positive integer, got "${opts.maxBytes}"`);
    const maxTextChars = Number(opts.maxChars);
    if (!Number.isInteger(maxTextChars) || maxTextChars < 1) throw new UsageError(`--max-chars must be a positive integer, got "${opts.maxChars}"`);
    const db = openStore(String(opts.db));
    try {
      const bar = io.isTTY && !opts.json ? new SingleBar({ format: 'ingest {bar} {value} read | {stored} stored | {failed} failed', stream: process.stderr }) : null;
      bar?.start(0, 0, { stored: 0, failed: 0 });
      const summary = await ingestWithWorkers(db, readInputs(args, { maxBytes, maxTextChars }), {
        batchSize,
        commitEvery,
        workers,
        onProgress: (s) => {
          bar?.setTotal(s.read);
          bar?.update(s.read, { stored: s.stored, failed: s.failed });
        },
      });
      bar?.stop();
      if (opts.json) io.stdout(jsonOut(summary));
      else io.stdout(formatSummary(summary));
      for (const f of summary.failures) io.stderr(`dyad: ${f.input}: ${f.code} ${f.reason}\n`);
      return summary.failed > 0 ? 1 : 0;
    } finally {
      db.close();
    }
  },
};

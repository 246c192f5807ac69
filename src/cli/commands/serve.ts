import fs from 'node:fs';
import { DyadError, UsageError } from '../../errors.ts';
import type { Analyzer } from '../../pipeline/analyze.ts';
import { openStore, type Db } from '../../store/open-store.ts';
import { withDb } from '../options.ts';
import { MIGRATIONS } from '../../store/schema.ts';
import type { CommandSpec } from '../command.ts';

/** Parsed `dyad serve` options. */
export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  token?: string;
}

/**
 * Checks `dyad serve` options: a port from 0 to 65535, a non-empty host, a token of at least 8 characters
 * (from --token or the DYAD_TOKEN environment variable).
 * @example parseServeOptions({ db: 'x.sqlite', port: '8001', host: '127.0.0.1' }, {})
 */
export function parseServeOptions(opts: Record<string, unknown>, env: Record<string, string | undefined>): ServeOptions {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be an integer from 0 to 65535, got "${opts.port}"`);
  const host = String(opts.host ?? '').trim();
  if (!host) throw new UsageError('--host must not be empty (use 127.0.0.1 for this machine only)');
  const token = (opts.token as string | undefined) ?? env.DYAD_TOKEN;
  if (token !== undefined && token.length < 8) throw new UsageError(`--token must be at least 8 characters, got ${token.length}`);
  return { db: String(opts.db), port, host, token };
}

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Opens the database for serving. With writes enabled it is opened read-write; without, it is opened
 * read-only at the SQLite level (so no request can change it), after applying any pending migration once
 * (the full-text index comes from one).
 */
export function openForServing(file: string, writable: boolean): Db {
  if (!fs.existsSync(file)) throw new DyadError('E031', `database ${file} does not exist; run "dyad ingest PATH --db ${file}" first`, 'not-found');
  if (writable) return openStore(file);
  const probe = openStore(file, { readonly: true });
  let version = 0;
  try {
    version = (probe.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined)?.version ?? 0;
  } catch {
    // no schema_version table: not migrated yet
  } finally {
    probe.close();
  }
  if (version < MIGRATIONS.length) openStore(file).close();
  return openStore(file, { readonly: true });
}

/** `dyad serve`: the web pages and JSON API over a database, until interrupted. */
export const serveCommand: CommandSpec = {
  name: 'serve',
  summary: 'serve web pages and a JSON API over the database (read-only unless started with --token)',
  configure: (cmd) =>
    withDb(cmd)
      .option('--port <n>', 'port to listen on (0: any free port)', '8001')
      .option('--host <host>', 'address to bind; 127.0.0.1 serves this machine only', '127.0.0.1')
      .option('--token <token>', 'enable POST /api/articles for requests sending "Authorization: Bearer TOKEN" (or set DYAD_TOKEN)'),
  async handler(_args, opts, io) {
    const o = parseServeOptions(opts, process.env);
    // the server and the pipeline load only when serving (not for `dyad help` or another command)
    const [{ startServer }, { createAnalyzer }, { loadResources }] = await Promise.all([
      import('../../server/start.ts'),
      import('../../pipeline/analyze.ts'),
      import('../../data-loading/resources.ts'),
    ]);
    const db = openForServing(o.db, Boolean(o.token));
    let analyzer: Analyzer | undefined;
    try {
      const server = await startServer(
        {
          db,
          token: o.token,
          allowedHosts: LOOPBACK.includes(o.host) ? LOOPBACK_NAMES : undefined,
          analyzer: () => (analyzer ??= createAnalyzer(loadResources())),
          onInternalError: (err) => io.stderr(`dyad serve: ${(err as Error).stack ?? String(err)}\n`),
        },
        o,
      );
      io.stdout(`dyad: serving ${o.db} at ${server.url}/ (${o.token ? 'writes enabled with the token' : 'read-only'}); Ctrl-C stops\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      return 0;
    } finally {
      db.close();
    }
  },
};

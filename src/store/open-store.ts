import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DyadError } from '../errors.ts';
import { MIGRATIONS } from './schema.ts';

/** An open dyad database (better-sqlite3). */
export type Db = Database.Database;

/** The default database file. */
export const DEFAULT_DB = 'dyad.sqlite';

/** How long a connection waits for another's write lock before giving up (SQLITE_BUSY). */
export const BUSY_TIMEOUT_MS = 30_000;

/**
 * The most page cache a connection keeps, in KiB (SQLite's own default is 2,000 KiB). A batch inserts its new ids
 * all over the id indexes, so in a database of thousands of articles nearly every insert needs another index page;
 * with 2 MB of cache each is read again from the file. Storing 2,000 generated articles into a database of 18,000
 * took 4.2 ms per article with SQLite's default, 3.8 with this. The cache fills only as pages are read, up to this.
 */
export const CACHE_KIB = 65_536;

/**
 * Opens (creating if needed) a dyad database: WAL journal, foreign keys on, a page cache of up to CACHE_KIB,
 * migrations applied in one transaction each and counted in `schema_version`. Pass `readonly` to open an existing file for reading.
 * @example const db = openStore('dyad.sqlite');
 */
export function openStore(file: string = DEFAULT_DB, options: { readonly?: boolean } = {}): Db {
  if (options.readonly && file !== ':memory:' && !fs.existsSync(file)) {
    throw new DyadError('E031', `database ${file} does not exist; run "dyad ingest PATH --db ${file}" first`, 'not-found');
  }
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (err) {
    throw new DyadError('E040', `cannot open database ${file}: ${(err as Error).message}`);
  }
  db.pragma('foreign_keys = ON');
  // another writer (a second ingest, or `dyad serve`'s POST /api/articles) waits for an ingest's open transaction,
  // which holds its commit window (5 batches, some seconds) rather than one batch
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma(`cache_size = -${CACHE_KIB}`);
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  }
  return db;
}

/**
 * Applies the migrations not yet applied, each in its own transaction with foreign keys off and checked
 * before it commits; returns the schema version.
 */
export function migrate(db: Db, migrations: readonly string[] = MIGRATIONS): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  let version = row?.version ?? 0;
  if (!row) db.prepare('INSERT INTO schema_version (version) VALUES (0)').run();
  if (version > migrations.length) {
    throw new DyadError('E040', `database schema version ${version} is newer than this dyad (${migrations.length}); upgrade dyad`);
  }
  if (version === migrations.length) return version;
  // off while migrating, so that rebuilding a table (create, copy, drop, rename) fires no ON DELETE action
  db.pragma('foreign_keys = OFF');
  try {
    for (; version < migrations.length; version++) {
      db.transaction(() => {
        db.exec(migrations[version]);
        const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (broken.length) throw new DyadError('E040', `migration ${version + 1} left ${broken.length} broken references (${broken[0].table} -> ${broken[0].parent}); it was rolled back`);
        db.prepare('UPDATE schema_version SET version = ?').run(version + 1);
      })();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return version;
}

import type { Db } from './open-store.ts';

/**
 * Articles an ingest stores per transaction unless told otherwise: five batches of 200. Each commit writes every
 * page its transaction changed, and a batch's new ids land all over the id indexes, so once a database holds
 * some thousands of articles most leaf pages of those indexes change in every batch. Committing five batches at a
 * time writes such a page once where it could write it five times (on 2,000 generated articles stored into a database
 * of 18,000: 84 -> 34 pages written per article).
 */
export const COMMIT_EVERY = 1000;

/**
 * Runs batches of writes in shared transactions: a transaction opens with the first batch and commits once the
 * batches in it hold `every` articles, or at `close`. Each batch runs in its own savepoint, so a batch that throws
 * undoes only itself; the batches before it are then committed and the error is passed on, as if each batch had
 * committed alone. A crash loses at most the articles since the last commit, which a new ingest stores again.
 * @example const commits = new GroupCommit(db, 1000); commits.run(200, () => store(batch)); commits.close();
 */
export class GroupCommit {
  /** Whether this opened the transaction now open (inside a caller's own transaction it never commits). */
  private open = false;
  private articles = 0;

  constructor(
    private readonly db: Db,
    private readonly every: number = COMMIT_EVERY,
  ) {}

  /** Runs one batch of `articles` articles (`write` is called once) in the open transaction, opening one if none is. */
  run<T>(articles: number, write: () => T): T {
    if (!this.open && !this.db.inTransaction) {
      this.db.exec('BEGIN');
      this.open = true;
    }
    let out: T;
    try {
      out = this.db.transaction(write)();
    } catch (err) {
      this.close();
      throw err;
    }
    this.articles += articles;
    if (this.articles >= this.every) this.close();
    return out;
  }

  /** Commits the transaction this opened, if one is open; a commit that fails rolls it back and throws. */
  close(): void {
    this.articles = 0;
    if (!this.open) return;
    this.open = false;
    try {
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }
}

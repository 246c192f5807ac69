import type { Db } from '../../store/open-store.ts';
import { UsageError } from '../../errors.ts';

/** A piece of a search snippet; `match` marks the words that matched. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** An article found by full-text search. */
export interface SearchRow {
  id: string;
  name: string;
  title: string | null;
  published: string | null;
  snippet: SnippetPart[];
}

/**
 * The FTS5 query for what a user typed: each word quoted (so no FTS syntax can be injected), all required.
 * @example ftsQuery('Davao "meeting') // '"Davao" "meeting"'
 */
export function ftsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (!words.length) throw new UsageError(`q must contain at least one word, got "${q}"`);
  return words.map((w) => `"${w}"`).join(' ');
}

const OPEN = '\u0002';
const CLOSE = '\u0003';

function parts(snippet: string): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const piece of snippet.split(OPEN)) {
    const [hit, rest] = piece.includes(CLOSE) ? piece.split(CLOSE, 2) : [null, piece];
    if (hit) out.push({ text: hit, match: true });
    if (rest) out.push({ text: rest, match: false });
  }
  return out;
}

/**
 * Full-text search over article titles and texts (SQLite FTS5, best match first).
 * @example searchArticles(db, 'Davao', 20, 0)
 */
export function searchArticles(db: Db, q: string, limit: number, offset: number): SearchRow[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.name, a.title, a.published, snippet(articles_fts, 1, char(2), char(3), '…', 16) AS snippet
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
       WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.seq LIMIT ? OFFSET ?`,
    )
    .all(ftsQuery(q), limit, offset) as (Omit<SearchRow, 'snippet'> & { snippet: string })[];
  return rows.map((r) => ({ ...r, snippet: parts(r.snippet) }));
}

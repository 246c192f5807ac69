import type { Db } from '../store/open-store.ts';

/** One entry of an agreement's status history. */
export interface AgreementHistoryRow {
  status: string;
  date: string | null;
  as_of: string | null;
  article: string;
  article_name: string;
  /** The words of the article that name the agreement. */
  text: string;
}

/** An agreement with its parties and history, oldest report first. */
export interface AgreementRow {
  id: string;
  name: string;
  parties: string[];
  /** The latest status reported (by report date). */
  status: string;
  history: AgreementHistoryRow[];
}

/** Two or more claims that disagree, side by side. */
export interface ContradictionRow {
  id: string;
  about: string;
  claims: { article: string; article_name: string; text: string; value: number }[];
}

/**
 * Lists agreements, optionally only those between two countries (both among the parties), by name.
 * @example listAgreements(db, ['PHL', 'RUS'])
 */
export function listAgreements(db: Db, dyad?: [string, string]): AgreementRow[] {
  const rows = db.prepare('SELECT id, name, parties FROM agreements ORDER BY name, id').all() as { id: string; name: string; parties: string }[];
  const history = db.prepare(
    `SELECT h.status, h.date, h.as_of, h.article_id AS article, a.name AS article_name,
            COALESCE(substr(a.text, h.start + 1, h.end - h.start), '') AS text
     FROM agreement_history h JOIN articles a ON a.id = h.article_id
     WHERE h.agreement_id = ? ORDER BY h.as_of IS NULL, h.as_of, a.name, h.start`,
  );
  return rows
    .map((r) => ({ ...r, parties: JSON.parse(r.parties) as string[] }))
    .filter((r) => !dyad || dyad.every((c) => r.parties.includes(c)))
    .map((r) => {
      const h = history.all(r.id) as AgreementHistoryRow[];
      return { id: r.id, name: r.name, parties: r.parties, status: h.length ? h[h.length - 1].status : 'unknown', history: h };
    });
}

/**
 * Lists contradictions, optionally only those whose subject names both countries.
 * @example listContradictions(db, ['PHL', 'RUS'])
 */
export function listContradictions(db: Db, dyad?: [string, string]): ContradictionRow[] {
  const names = new Map((db.prepare('SELECT id, name FROM articles').all() as { id: string; name: string }[]).map((a) => [a.id, a.name]));
  return (db.prepare('SELECT id, about, claims FROM contradictions ORDER BY about, id').all() as { id: string; about: string; claims: string }[])
    .filter((c) => !dyad || dyad.every((code) => c.about.includes(code)))
    .map((c) => ({
      id: c.id,
      about: c.about,
      claims: (JSON.parse(c.claims) as { article: string; text: string; value: number }[]).map((k) => ({
        article: k.article,
        article_name: names.get(k.article) ?? k.article,
        text: k.text,
        value: k.value,
      })),
    }));
}

import type { Db } from '../../store/open-store.ts';
import { NotFoundError } from '../../errors.ts';

/** An agreement as listed, with its latest known status. */
export interface AgreementRow {
  id: string;
  name: string;
  parties: string[];
  status: string | null;
  n_history: number;
}

/** One entry of an agreement's history, with the words that reported it. */
export interface AgreementHistoryRow {
  status: string;
  date: string | null;
  as_of: string | null;
  article_id: string;
  article_name: string;
  start: number | null;
  end: number | null;
  quote: string | null;
}

const COLUMNS = `g.id, g.name, g.parties,
  (SELECT h.status FROM agreement_history h WHERE h.agreement_id = g.id ORDER BY h.as_of IS NULL, h.as_of DESC, h.date DESC LIMIT 1) AS status,
  (SELECT count(*) FROM agreement_history h WHERE h.agreement_id = g.id) AS n_history`;

function parseParties(row: { parties: string }): string[] {
  try {
    const p = JSON.parse(row.parties) as unknown;
    return Array.isArray(p) ? p.map(String) : [];
  } catch {
    return [];
  }
}

/** Agreements by name. */
export function listAgreements(db: Db, limit: number, offset: number): AgreementRow[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM agreements g ORDER BY g.name, g.id LIMIT ? OFFSET ?`).all(limit, offset) as (AgreementRow & { parties: string })[];
  return rows.map((r) => ({ ...r, parties: parseParties(r) }));
}

/** One agreement with its history, oldest report first; throws NotFoundError for an unknown id. */
export function agreementDetail(db: Db, id: string): AgreementRow & { history: AgreementHistoryRow[] } {
  const row = db.prepare(`SELECT ${COLUMNS} FROM agreements g WHERE g.id = ?`).get(id) as (AgreementRow & { parties: string }) | undefined;
  if (!row) throw new NotFoundError('agreement', id);
  const history = db
    .prepare(
      `SELECT h.status, h.date, h.as_of, h.article_id, a.name AS article_name, h.start, h.end,
         CASE WHEN h.start IS NOT NULL AND h.end IS NOT NULL THEN substr(a.text, h.start + 1, h.end - h.start) END AS quote
       FROM agreement_history h JOIN articles a ON a.id = h.article_id
       WHERE h.agreement_id = ? ORDER BY h.as_of IS NULL, h.as_of, h.date, a.seq`,
    )
    .all(id) as AgreementHistoryRow[];
  return { ...row, parties: parseParties(row), history };
}

import type { Db } from '../store/open-store.ts';
import { listEvents } from '../store/event-queries.ts';

/** The export contract of `dyad export --format json`; later versions may add fields, never rename these. */
export interface ExportData {
  articles: { id: string; name: string; title: string | null; published: { value: string | null; precision: string | null; inferred: boolean; evidence?: string } }[];
  events: {
    id: string;
    type: string;
    cameo: string;
    source: { code: string | null; name: string | null };
    target: { code: string | null; name: string | null };
    date: { value: string | null; precision: string | null };
    status: string;
    place: string | null;
    overdue: boolean;
    history: { status: string; date: string | null; as_of: string | null; article: string }[];
    /** Each mention: its evidence sentence (start/end/text) and the trigger inside it. */
    mentions: { article: string; start: number; end: number; text: string; status: string; rule: string; cue: string | null; trigger: { start: number; end: number; text: string } }[];
  }[];
  roles: { person: string; person_id: string | null; title: string; organisation: string | null; country: string | null; date: string | null; article: string | null; source: string }[];
  agreements: { id: string; name: string; parties: string[]; history: { status: string; date: string | null; as_of: string | null; article: string }[] }[];
  contradictions: { id: string; about: string; claims: unknown[] }[];
}

interface MentionExportRow {
  event_id: string;
  article_id: string;
  start: number;
  end: number;
  sentence_start: number;
  sentence_end: number;
  status: string;
  rule: string;
  cue_text: string | null;
  text: string;
  trigger: string;
}

/**
 * Everything in the database in the export shape, events in date order.
 * @example JSON.stringify(exportData(openStore('dyad.sqlite')))
 */
export function exportData(db: Db): ExportData {
  const articles = (db.prepare('SELECT id, name, title, published, published_precision, published_inferred, published_evidence FROM articles ORDER BY seq').all() as {
    id: string; name: string; title: string | null; published: string | null; published_precision: string | null; published_inferred: number; published_evidence: string | null;
  }[]).map((a) => ({
    id: a.id,
    name: a.name,
    title: a.title,
    published: {
      value: a.published,
      precision: a.published_precision,
      inferred: a.published_inferred === 1,
      // why an inferred date was chosen (only for inferred dates)
      ...(a.published_inferred === 1 && a.published_evidence ? { evidence: a.published_evidence } : {}),
    },
  }));

  const mentionRows = db
    .prepare(
      `SELECT m.event_id, m.article_id, m.start, m.end, m.sentence_start, m.sentence_end, m.status, m.rule, m.cue_text,
              substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS text,
              substr(a.text, m.start + 1, m.end - m.start) AS trigger
       FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IS NOT NULL
       ORDER BY a.published IS NULL, a.published, a.seq, m.start`,
    )
    .all() as MentionExportRow[];
  const byEvent = new Map<string, MentionExportRow[]>();
  for (const m of mentionRows) byEvent.set(m.event_id, [...(byEvent.get(m.event_id) ?? []), m]);
  const historyRows = db.prepare('SELECT event_id, status, date, as_of, article_id FROM event_status_history ORDER BY as_of IS NULL, as_of, mention_id').all() as {
    event_id: string; status: string; date: string | null; as_of: string | null; article_id: string;
  }[];
  const historyByEvent = new Map<string, ExportData['events'][number]['history']>();
  for (const h of historyRows) historyByEvent.set(h.event_id, [...(historyByEvent.get(h.event_id) ?? []), { status: h.status, date: h.date, as_of: h.as_of, article: h.article_id }]);

  const events = listEvents(db).map((e) => ({
    id: e.id,
    type: e.type,
    cameo: e.cameo,
    source: { code: e.source_code, name: e.source_name },
    target: { code: e.target_code, name: e.target_name },
    date: { value: e.date, precision: e.date_precision },
    status: e.status,
    place: e.place,
    overdue: e.overdue === 1,
    history: historyByEvent.get(e.id) ?? [],
    mentions: (byEvent.get(e.id) ?? []).map((m) => ({
      article: m.article_id,
      start: m.sentence_start,
      end: m.sentence_end,
      text: m.text,
      status: m.status,
      rule: m.rule,
      cue: m.cue_text,
      trigger: { start: m.start, end: m.end, text: m.trigger },
    })),
  }));

  const roles = db
    .prepare('SELECT person, person_id, title, organisation, country, date, article_id AS article, source FROM roles ORDER BY person, date, title')
    .all() as ExportData['roles'];

  const agreements = (db.prepare('SELECT id, name, parties FROM agreements ORDER BY name').all() as { id: string; name: string; parties: string }[]).map((a) => ({
    id: a.id,
    name: a.name,
    parties: JSON.parse(a.parties) as string[],
    history: (db.prepare('SELECT status, date, as_of, article_id AS article FROM agreement_history WHERE agreement_id = ? ORDER BY as_of IS NULL, as_of, start').all(a.id) as ExportData['agreements'][number]['history']),
  }));
  const contradictions = (db.prepare('SELECT id, about, claims FROM contradictions ORDER BY id').all() as { id: string; about: string; claims: string }[]).map((c) => ({
    id: c.id,
    about: c.about,
    claims: JSON.parse(c.claims) as unknown[],
  }));
  return { articles, events, roles, agreements, contradictions };
}

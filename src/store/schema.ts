/**
 * The database schema as ordered migrations; `schema_version` records how many have run. Tables are plain
 * and readable with any SQLite tool. Never edit a migration that has shipped: add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT,
    text TEXT NOT NULL,
    published TEXT,
    published_precision TEXT,
    published_inferred INTEGER NOT NULL DEFAULT 0,
    published_evidence TEXT,
    seq INTEGER NOT NULL
  );
  CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
  );
  CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, rule TEXT NOT NULL
  );
  CREATE INDEX timexes_article ON timexes(article_id);
  CREATE TABLE actor_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    kind TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    country TEXT, sector TEXT, form TEXT, rule TEXT NOT NULL
  );
  CREATE INDEX actor_mentions_article ON actor_mentions(article_id);
  CREATE INDEX actor_mentions_code ON actor_mentions(code);
  CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT
  );
  CREATE TABLE person_aliases (
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (person_id, alias)
  );
  CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    person_id TEXT REFERENCES persons(id) ON DELETE CASCADE,
    person TEXT NOT NULL, title TEXT NOT NULL, organisation TEXT, country TEXT,
    date TEXT, date_precision TEXT,
    article_id TEXT REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER, end INTEGER,
    source TEXT NOT NULL, rule TEXT NOT NULL
  );
  CREATE INDEX roles_person ON roles(person_id);
  CREATE TABLE events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL, cameo TEXT NOT NULL,
    source_code TEXT, source_name TEXT, target_code TEXT, target_name TEXT,
    date TEXT, date_precision TEXT,
    status TEXT NOT NULL, place TEXT,
    overdue INTEGER NOT NULL DEFAULT 0,
    n_sources INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX events_dyad ON events(source_code, target_code);
  CREATE INDEX events_date ON events(date);
  CREATE TABLE event_mentions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id TEXT REFERENCES events(id) ON DELETE SET NULL,
    type TEXT NOT NULL, cameo TEXT NOT NULL, mode TEXT, context TEXT,
    source_code TEXT, source_name TEXT, target_code TEXT, target_name TEXT,
    date TEXT, date_precision TEXT, date_basis TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('occurred', 'planned', 'negated', 'hypothetical')),
    cue_text TEXT, cue_start INTEGER, cue_end INTEGER, cue_rule TEXT,
    place TEXT, place_country TEXT, agreement TEXT,
    start INTEGER NOT NULL, end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    rule TEXT NOT NULL, pipeline_version TEXT NOT NULL
  );
  CREATE INDEX event_mentions_event ON event_mentions(event_id);
  CREATE INDEX event_mentions_article ON event_mentions(article_id);
  CREATE TABLE event_status_history (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    status TEXT NOT NULL, date TEXT, as_of TEXT,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    mention_id TEXT NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE
  );
  CREATE INDEX event_status_history_event ON event_status_history(event_id);
  CREATE TABLE agreements (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    parties TEXT NOT NULL
  );
  CREATE TABLE agreement_history (
    agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    status TEXT NOT NULL, date TEXT, as_of TEXT,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER, end INTEGER
  );
  CREATE TABLE contradictions (
    id TEXT PRIMARY KEY,
    about TEXT NOT NULL,
    claims TEXT NOT NULL
  );
  `,
];

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
  // Full-text search over articles (FTS5, external content: the text is stored once, in articles), keyed by
  // articles.seq, which VACUUM never renumbers (an implicit rowid it may). The triggers keep the index in step
  // with inserts, deletes and updates; 'rebuild' indexes the rows already there.
  `
  CREATE UNIQUE INDEX articles_seq ON articles(seq);
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
  CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;
  CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  END;
  CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;
  INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
  `,
  // issue 6 (consolidation): agreement mentions and numeric claims per article, from which the agreements,
  // agreement_history and contradictions tables are rebuilt; a dyad index for blocking event mentions;
  // events.window_end: the last day the event may fall on (a plan is overdue once the newest article is later).
  `
  CREATE TABLE agreement_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL,
    agreement_key TEXT NOT NULL, name TEXT NOT NULL, canonical INTEGER NOT NULL DEFAULT 0,
    parties TEXT NOT NULL, status TEXT NOT NULL, date TEXT, date_precision TEXT, rule TEXT NOT NULL
  );
  CREATE INDEX agreement_mentions_article ON agreement_mentions(article_id);
  CREATE INDEX agreement_mentions_key ON agreement_mentions(agreement_key);
  CREATE TABLE claims (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    about_key TEXT NOT NULL, about TEXT NOT NULL, value REAL NOT NULL, rule TEXT NOT NULL
  );
  CREATE INDEX claims_article ON claims(article_id);
  CREATE INDEX claims_about ON claims(about_key);
  CREATE INDEX event_mentions_dyad ON event_mentions(source_code, target_code);
  ALTER TABLE events ADD COLUMN window_end TEXT;
  `,
  // issue 6 (consolidation): indexes that keep each ingest batch's work independent of the database size:
  // the newest article date, and the plans that may turn overdue.
  `
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX events_planned_window ON events(window_end) WHERE status = 'planned';
  `,
  // issue 6 (consolidation): the days each event mention may fall on (day numbers; ±1e9 when open), so an
  // ingest batch re-clusters only the mentions whose days overlap its own (blocking by dyad and time window).
  `
  ALTER TABLE event_mentions ADD COLUMN window_lo INTEGER;
  ALTER TABLE event_mentions ADD COLUMN window_hi INTEGER;
  CREATE INDEX event_mentions_window ON event_mentions(source_code, target_code, window_lo);
  CREATE INDEX event_mentions_wide ON event_mentions(source_code, target_code) WHERE window_hi - window_lo > 400;
  `,
  // issue 8 (speed): person candidates by equality instead of scanning every alias with LIKE '%stem%'.
  // Every substring of 1..5 characters of each alias (lower-cased as LIKE folds: ASCII only), kept by
  // triggers; aliases longer than 512 characters are also found through a partial index (person-store.ts).
  `
  CREATE TABLE gram_numbers (n INTEGER PRIMARY KEY);
  WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 512) INSERT INTO gram_numbers SELECT n FROM k;
  CREATE TABLE person_alias_grams (
    gram TEXT NOT NULL, person_id TEXT NOT NULL,
    PRIMARY KEY (gram, person_id)
  ) WITHOUT ROWID;
  CREATE INDEX person_alias_grams_person ON person_alias_grams(person_id);
  CREATE INDEX person_aliases_long ON person_aliases(person_id) WHERE length(alias) > 512;
  INSERT OR IGNORE INTO person_alias_grams (gram, person_id)
    SELECT substr(lower(a.alias), s.n, l.n), a.person_id FROM person_aliases a, gram_numbers s, gram_numbers l
    WHERE l.n <= 5 AND s.n <= length(a.alias) + 1 - l.n;
  CREATE TRIGGER person_aliases_grams_insert AFTER INSERT ON person_aliases BEGIN
    INSERT OR IGNORE INTO person_alias_grams (gram, person_id)
      SELECT substr(lower(NEW.alias), s.n, l.n), NEW.person_id FROM gram_numbers s, gram_numbers l
      WHERE l.n <= 5 AND s.n <= length(NEW.alias) + 1 - l.n;
  END;
  CREATE TRIGGER person_aliases_grams_delete AFTER DELETE ON person_aliases BEGIN
    DELETE FROM person_alias_grams WHERE person_id = OLD.person_id;
    INSERT OR IGNORE INTO person_alias_grams (gram, person_id)
      SELECT substr(lower(a.alias), s.n, l.n), a.person_id FROM person_aliases a, gram_numbers s, gram_numbers l
      WHERE a.person_id = OLD.person_id AND l.n <= 5 AND s.n <= length(a.alias) + 1 - l.n;
  END;
  CREATE TRIGGER person_aliases_grams_update AFTER UPDATE ON person_aliases BEGIN
    DELETE FROM person_alias_grams WHERE person_id IN (OLD.person_id, NEW.person_id);
    INSERT OR IGNORE INTO person_alias_grams (gram, person_id)
      SELECT substr(lower(a.alias), s.n, l.n), a.person_id FROM person_aliases a, gram_numbers s, gram_numbers l
      WHERE a.person_id IN (OLD.person_id, NEW.person_id) AND l.n <= 5 AND s.n <= length(a.alias) + 1 - l.n;
  END;
  `,
  // issue 8 (speed): no index that no query reads, as every index costs each insert: actor mentions are never
  // looked up by code, and event_mentions_days (source_code, target_code, ...) serves every dyad lookup. The
  // window indexes also hold window_hi, so consolidation's window scans never read the mention rows. Roles by
  // article: the persons a batch names (canonical-persons.ts) without scanning every role.
  `
  DROP INDEX actor_mentions_code;
  DROP INDEX event_mentions_dyad;
  DROP INDEX event_mentions_window;
  DROP INDEX event_mentions_wide;
  CREATE INDEX event_mentions_days ON event_mentions(source_code, target_code, window_lo, window_hi);
  CREATE INDEX event_mentions_wide_days ON event_mentions(source_code, target_code, window_lo, window_hi) WHERE window_hi - window_lo > 400;
  CREATE INDEX roles_article ON roles(article_id);
  `,
  // issue 8 (speed): person alias substrings as five-character windows (shorter at the alias's end): an alias
  // contains a stem of 1..5 characters exactly when one of its windows starts with it, so person-store.ts
  // looks stems up as a range of windows; a fifth of the rows of every substring of 1..5 characters. The
  // triggers remove only the windows of the alias that goes (the person's other aliases put back theirs),
  // so no index by person is needed.
  `
  DROP TRIGGER person_aliases_grams_insert;
  DROP TRIGGER person_aliases_grams_delete;
  DROP TRIGGER person_aliases_grams_update;
  DROP INDEX person_alias_grams_person;
  DELETE FROM person_alias_grams;
  INSERT OR IGNORE INTO person_alias_grams (gram, person_id)
    SELECT substr(lower(a.alias), s.n, 5), a.person_id FROM person_aliases a, gram_numbers s WHERE s.n <= length(a.alias);
  CREATE TRIGGER person_aliases_grams_insert AFTER INSERT ON person_aliases BEGIN
    INSERT OR IGNORE INTO person_alias_grams (gram, person_id)
      SELECT substr(lower(NEW.alias), s.n, 5), NEW.person_id FROM gram_numbers s WHERE s.n <= length(NEW.alias);
  END;
  CREATE TRIGGER person_aliases_grams_delete AFTER DELETE ON person_aliases BEGIN
    DELETE FROM person_alias_grams WHERE person_id = OLD.person_id
      AND gram IN (SELECT substr(lower(OLD.alias), s.n, 5) FROM gram_numbers s WHERE s.n <= length(OLD.alias));
    INSERT OR IGNORE INTO person_alias_grams (gram, person_id)
      SELECT substr(lower(a.alias), s.n, 5), a.person_id FROM person_aliases a, gram_numbers s
      WHERE a.person_id = OLD.person_id AND s.n <= length(a.alias);
  END;
  CREATE TRIGGER person_aliases_grams_update AFTER UPDATE ON person_aliases BEGIN
    DELETE FROM person_alias_grams WHERE person_id = OLD.person_id
      AND gram IN (SELECT substr(lower(OLD.alias), s.n, 5) FROM gram_numbers s WHERE s.n <= length(OLD.alias));
    INSERT OR IGNORE INTO person_alias_grams (gram, person_id)
      SELECT substr(lower(a.alias), s.n, 5), a.person_id FROM person_aliases a, gram_numbers s
      WHERE a.person_id = OLD.person_id AND s.n <= length(a.alias);
    INSERT OR IGNORE INTO person_alias_grams (gram, person_id)
      SELECT substr(lower(NEW.alias), s.n, 5), NEW.person_id FROM gram_numbers s WHERE s.n <= length(NEW.alias);
  END;
  `,
  // issue 8 (speed): the history rows an article's or a mention's deletion cascades to (an article re-dated
  // is deleted and stored again), and an agreement's history (dropped and rebuilt each batch; read by id).
  `
  CREATE INDEX event_status_history_mention ON event_status_history(mention_id);
  CREATE INDEX event_status_history_article ON event_status_history(article_id);
  CREATE INDEX agreement_history_article ON agreement_history(article_id);
  CREATE INDEX agreement_history_agreement ON agreement_history(agreement_id);
  `,
  // issue 8 (scale): the undated articles and those whose date was inferred, usually few or none. The
  // update after each batch looks for new evidence about them only when there are some, so in a dated
  // corpus its cost does not grow with the mentions of the dyads a batch touches.
  `
  CREATE INDEX articles_undated ON articles(id) WHERE published IS NULL OR published_inferred = 1;
  `,
  // issue 8 (speed): event_mentions.event_id without a foreign key. Consolidation sets it for every mention
  // it links, and checking each link against events cost as much as the link itself; the code that drops
  // events unlinks their mentions first (write-events.ts, consolidate.ts), as ON DELETE SET NULL did. The
  // table is rebuilt (SQLite cannot drop a constraint) with its rows, rowids and indexes; migrate() runs
  // migrations with foreign keys off and checks them after each.
  `
  CREATE TABLE event_mentions_rebuilt (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id TEXT,
    type TEXT NOT NULL, cameo TEXT NOT NULL, mode TEXT, context TEXT,
    source_code TEXT, source_name TEXT, target_code TEXT, target_name TEXT,
    date TEXT, date_precision TEXT, date_basis TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('occurred', 'planned', 'negated', 'hypothetical')),
    cue_text TEXT, cue_start INTEGER, cue_end INTEGER, cue_rule TEXT,
    place TEXT, place_country TEXT, agreement TEXT,
    start INTEGER NOT NULL, end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    rule TEXT NOT NULL, pipeline_version TEXT NOT NULL,
    window_lo INTEGER, window_hi INTEGER
  );
  INSERT INTO event_mentions_rebuilt (rowid, id, article_id, event_id, type, cameo, mode, context, source_code, source_name,
    target_code, target_name, date, date_precision, date_basis, status, cue_text, cue_start, cue_end, cue_rule, place,
    place_country, agreement, start, end, sentence_start, sentence_end, rule, pipeline_version, window_lo, window_hi)
  SELECT rowid, id, article_id, event_id, type, cameo, mode, context, source_code, source_name,
    target_code, target_name, date, date_precision, date_basis, status, cue_text, cue_start, cue_end, cue_rule, place,
    place_country, agreement, start, end, sentence_start, sentence_end, rule, pipeline_version, window_lo, window_hi
  FROM event_mentions;
  DROP TABLE event_mentions;
  ALTER TABLE event_mentions_rebuilt RENAME TO event_mentions;
  CREATE INDEX event_mentions_event ON event_mentions(event_id);
  CREATE INDEX event_mentions_article ON event_mentions(article_id);
  CREATE INDEX event_mentions_days ON event_mentions(source_code, target_code, window_lo, window_hi);
  CREATE INDEX event_mentions_wide_days ON event_mentions(source_code, target_code, window_lo, window_hi) WHERE window_hi - window_lo > 400;
  `,
  // issue 8 (scale): the window indexes hold the mention's type too, so an incremental consolidation finds
  // the mentions of one type family near a batch's (component.ts) from the index alone.
  `
  DROP INDEX event_mentions_days;
  DROP INDEX event_mentions_wide_days;
  CREATE INDEX event_mentions_days ON event_mentions(source_code, target_code, window_lo, window_hi, type);
  CREATE INDEX event_mentions_wide_days ON event_mentions(source_code, target_code, window_lo, window_hi, type) WHERE window_hi - window_lo > 400;
  `,
  // issue 8 (speed): an event's status history is its linked mentions, each with its status and date and its
  // article's publication date, so it is a view of them rather than a table written beside every link (a row
  // and three index entries per mention, batch after batch). Its columns and rows are those the table held.
  `
  DROP TABLE event_status_history;
  CREATE VIEW event_status_history AS
    SELECT m.event_id AS event_id, m.status AS status, m.date AS date, a.published AS as_of, m.article_id AS article_id, m.id AS mention_id
    FROM event_mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.event_id IS NOT NULL;
  `,
  // issue 8 (scale): one window index with each window's width tier (0: up to 16 days, 1: 32, 2: 160, 3: 400,
  // 4: wider or open) between the dyad and the window's start, so a scan for the windows overlapping some days
  // reads each tier from its own width before them rather than from the widest narrow one's (400 days
  // before: most of a busy dyad's year). It serves every dyad lookup as the two indexes it replaces did.
  // local-recluster.ts writes the tier expression as it is here (WINDOW_TIER), or SQLite would not use it.
  `
  DROP INDEX event_mentions_days;
  DROP INDEX event_mentions_wide_days;
  CREATE INDEX event_mentions_windows ON event_mentions(source_code, target_code,
    (CASE WHEN window_hi - window_lo <= 16 THEN 0 WHEN window_hi - window_lo <= 32 THEN 1 WHEN window_hi - window_lo <= 160 THEN 2
      WHEN window_hi - window_lo <= 400 THEN 3 ELSE 4 END),
    window_lo, window_hi, type);
  `,
  // issue 8 (speed): an article's sentences, time expressions and actor mentions are kept as one row of JSON
  // arrays (article-spans.ts writes them in the order the views give), not as some 120 rows and index entries
  // per article written by the single writer. Views of the same names give the rows and columns the tables held.
  `
  CREATE TABLE article_spans (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    sentences TEXT NOT NULL,
    timexes TEXT NOT NULL,
    actors TEXT NOT NULL
  );
  INSERT INTO article_spans (article_id, sentences, timexes, actors)
  SELECT a.id,
    (SELECT json_group_array(json_array(start, end, paragraph) ORDER BY idx) FROM sentences WHERE article_id = a.id),
    (SELECT json_group_array(json_array(start, end, text, type, value, mod, rule) ORDER BY rowid) FROM timexes WHERE article_id = a.id),
    (SELECT json_group_array(json_array(start, end, text, kind, code, name, country, sector, form, rule) ORDER BY rowid)
      FROM actor_mentions WHERE article_id = a.id)
  FROM articles a ORDER BY a.seq;
  DROP TABLE sentences;
  DROP TABLE timexes;
  DROP TABLE actor_mentions;
  CREATE VIEW sentences AS
    SELECT s.article_id AS article_id, j.key AS idx, j.value ->> 0 AS start, j.value ->> 1 AS end, j.value ->> 2 AS paragraph
    FROM article_spans s, json_each(s.sentences) j;
  CREATE VIEW timexes AS
    SELECT s.article_id AS article_id, j.value ->> 0 AS start, j.value ->> 1 AS end, j.value ->> 2 AS text, j.value ->> 3 AS type,
      j.value ->> 4 AS value, j.value ->> 5 AS mod, j.value ->> 6 AS rule
    FROM article_spans s, json_each(s.timexes) j;
  CREATE VIEW actor_mentions AS
    SELECT s.article_id AS article_id, j.value ->> 0 AS start, j.value ->> 1 AS end, j.value ->> 2 AS text, j.value ->> 3 AS kind,
      j.value ->> 4 AS code, j.value ->> 5 AS name, j.value ->> 6 AS country, j.value ->> 7 AS sector, j.value ->> 8 AS form,
      j.value ->> 9 AS rule
    FROM article_spans s, json_each(s.actors) j;
  `,
  // issue 8 (scale): two reads made once per batch or per role that grew with the corpus. Roles by person and
  // title, so person resolution reads a candidate's distinct titles by skipping from one title to the next
  // (person-store.ts), not every role the person ever held; it serves every lookup by person_id that
  // roles_person served. Planned events by overdue flag, then window end, so the re-flagging after each batch
  // (consolidate.ts) reads only the plans whose flag changes, not every plan already overdue.
  `
  DROP INDEX roles_person;
  CREATE INDEX roles_person_title ON roles(person_id, title);
  DROP INDEX events_planned_window;
  CREATE INDEX events_planned_overdue ON events(overdue, window_end) WHERE status = 'planned';
  `,
];

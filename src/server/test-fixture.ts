import { openStore, type Db } from '../store/open-store.ts';

/**
 * A small in-memory database for the server tests, built by hand with fictional countries (ARN Arnor, GON
 * Gondor) and text written for these tests: two reports of one agreement, a planned visit, a denied attack,
 * one person with two roles, one agreement with its history.
 */
export function fixtureDb(): Db {
  const db = openStore(':memory:');
  const article = db.prepare(
    'INSERT INTO articles (id, name, title, text, published, published_precision, seq) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const spans = db.prepare("INSERT INTO article_spans (article_id, sentences, timexes, actors) VALUES (?, ?, '[]', '[]')");
  const texts: [string, string, string, string][] = [
    ['art1', 'Pact signed', '2020-03-04', 'Arnor and Gondor signed a trade pact in Minas on 3 March. The pact cuts tariffs on grain. Envoys will meet again in May.'],
    ['art2', 'Ministers meet', '2020-03-05', 'Gondor foreign minister Elara Vance praised the trade pact. She signed it with Arnor on Tuesday in Minas.'],
    ['art3', 'Denial', '2019-06-01', 'Arnor denied that its troops attacked Gondor outposts in 2019. Gondor said it had no complaint.'],
  ];
  texts.forEach(([id, title, published, text], i) => {
    article.run(id, `${id}.txt`, title, text, published, 'day', i + 1);
    let start = 0;
    const sentences = text.split(/(?<=\.) /).map((s) => {
      const span = [start, start + s.length, 0];
      start += s.length + 1;
      return span;
    });
    spans.run(id, JSON.stringify(sentences));
  });
  const event = db.prepare(
    `INSERT INTO events (id, type, cameo, source_code, source_name, target_code, target_name, date, date_precision, status, n_sources)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  event.run('ev-agree', 'AGREE', '057', 'ARN', 'Arnor', 'GON', 'Gondor', '2020-03-03', 'day', 'occurred', 2);
  event.run('ev-visit', 'CONSULT', '040', 'ARN', 'Arnor', 'GON', 'Gondor', '2020-05', 'month', 'planned', 1);
  event.run('ev-attack', 'ASSAULT', '190', 'ARN', 'Arnor', 'GON', 'Gondor', '2019', 'year', 'negated', 1);
  const mention = db.prepare(
    `INSERT INTO event_mentions (id, article_id, event_id, type, cameo, source_code, target_code, date, date_precision, date_basis, status,
       start, end, sentence_start, sentence_end, rule, pipeline_version)
     VALUES (?, ?, ?, ?, ?, 'ARN', 'GON', ?, ?, 'timex', ?, ?, ?, ?, ?, 'rule:fixture', 'fixture')`,
  );
  const find = (articleId: string, word: string) => texts.find((t) => t[0] === articleId)![3].indexOf(word);
  const span = (articleId: string, word: string): [number, number] => [find(articleId, word), find(articleId, word) + word.length];
  const sentenceOf = (articleId: string, at: number) =>
    db.prepare('SELECT start, end FROM sentences WHERE article_id = ? AND start <= ? AND end > ?').get(articleId, at, at) as { start: number; end: number };
  const addMention = (id: string, articleId: string, eventId: string, type: string, word: string, date: string, precision: string, status: string) => {
    const [s, e] = span(articleId, word);
    const sent = sentenceOf(articleId, s);
    mention.run(id, articleId, eventId, type, '000', date, precision, status, s, e, sent.start, sent.end);
  };
  addMention('m1', 'art1', 'ev-agree', 'AGREE', 'signed', '2020-03-03', 'day', 'occurred');
  addMention('m2', 'art2', 'ev-agree', 'AGREE', 'signed', '2020-03-03', 'day', 'occurred');
  addMention('m3', 'art1', 'ev-visit', 'CONSULT', 'meet', '2020-05', 'month', 'planned');
  addMention('m4', 'art3', 'ev-attack', 'ASSAULT', 'attacked', '2019', 'year', 'negated');
  db.prepare("INSERT INTO persons (id, name, country) VALUES ('p1', 'Elara Vance', 'GON')").run();
  db.prepare("INSERT INTO person_aliases (person_id, alias) VALUES ('p1', 'Elara Vance'), ('p1', 'E. Vance')").run();
  const [rs, re] = span('art2', 'foreign minister Elara Vance');
  db.prepare(
    `INSERT INTO roles (person_id, person, title, organisation, country, date, date_precision, article_id, start, end, source, rule)
     VALUES ('p1', 'Elara Vance', 'foreign minister', NULL, 'GON', '2020-03-05', 'day', 'art2', ?, ?, 'text', 'rule:fixture'),
            ('p1', 'Elara Vance', 'ambassador', 'Embassy in Arnor', 'GON', '2015', 'year', NULL, NULL, NULL, 'dictionary:fixture.yaml', 'rule:fixture')`,
  ).run(rs, re);
  db.prepare(`INSERT INTO agreements (id, name, parties) VALUES ('ag1', 'Minas trade pact', '["ARN","GON"]')`).run();
  const [as, ae] = span('art1', 'signed a trade pact');
  db.prepare(
    "INSERT INTO agreement_history (agreement_id, status, date, as_of, article_id, start, end) VALUES ('ag1', 'signed', '2020-03-03', '2020-03-04', 'art1', ?, ?)",
  ).run(as, ae);
  return db;
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadResources } from '../data-loading/resources.ts';
import { parseIsoDate } from '../model/calendar-date.ts';
import { makeDoc } from '../model/doc.ts';
import { readInputs } from '../read/read-inputs.ts';
import { createAnalyzer } from './analyze.ts';

// Texts written for this test. wink-nlp used to keep what it had met: once a process had read "It cost 518
// crowns.", the 518 of "reserves..518.3" became a number where an unseen 417 stayed a word, so one article's
// tokens, tags and everything after them depended on what its process or worker had read before.
const probe = (n: number, name: string) =>
  `${name}'s king met the envoy of Gondor in Minas Tirith on Monday, and ${name}'s foreign minister will visit ` +
  `Gondor next month.\n\nGondor reserves..${n}.3 vs ${n}.0....291.5 vs 295.6\n`;
const primers = ["It was Arnor's.", 'Gondor paid 518 crowns and 5,211 more to Arnor.'];

test('analysis: an article reads the same whatever its process analysed before it', () => {
  const analyzer = createAnalyzer(loadResources());
  const published = parseIsoDate('2019-03-04');
  const shape = (text: string) => {
    const doc = analyzer.analyze(makeDoc({ id: 'x', name: 'order', text, published }));
    return {
      tags: doc.tokens.map((t) => `${t.end - t.start}/${t.pos}`),
      sentences: doc.sentences,
      actors: doc.actors.map((a) => `${a.start}-${a.end} ${a.kind}`),
      events: doc.events.map((e) => `${e.start}-${e.end} ${e.type} ${e.status}`),
      timexes: doc.timexes.map((t) => `${t.start}-${t.end} ${t.value}`),
    };
  };
  const unseen = shape(probe(417, 'Rohan'));
  for (const p of primers) shape(p);
  assert.deepEqual(shape(probe(518, 'Arnor')), unseen);
});

test('analysis: a batch, run stage by stage, gives each article what analysing it alone gives', () => {
  const analyzer = createAnalyzer(loadResources());
  const articles = [...readInputs([new URL('../../examples', import.meta.url).pathname])].flatMap((r) => (r.ok ? [r.article] : []));
  assert.ok(articles.length >= 5, 'the bundled examples are there');
  const batch = analyzer.analyzeBatch(articles.map((a) => makeDoc({ ...a })));
  assert.deepEqual(
    batch.map((o) => (o.ok ? o.doc : o.error)),
    articles.map((a) => analyzer.analyze(makeDoc({ ...a }))),
  );
});

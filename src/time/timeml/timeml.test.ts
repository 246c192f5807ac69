import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingShared, sharedPath } from '../../eval/shared-path.ts';
import { TIMEML_CORPORA, loadCorpus } from './corpora.ts';
import { readCatXml } from './read-cat.ts';
import { readInlineTimeml } from './read-tml.ts';
import { addDocument, emptyCounts, scoreCounts } from './score.ts';

// Fictional documents in the two formats, written for these tests.
const TML = `<?xml version="1.0" ?><TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>Ministers of Ruritania &amp; Freedonia met on <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P3H" mod="MORE_THAN">more than three hours</TIMEX3>.</TEXT></TimeML>`;

const CAT = `<Document doc_name="x">
<token sentence="0" t_id="1">Talks</token><token sentence="0" t_id="2">end</token>
<token sentence="1" t_id="3">May</token><token sentence="1" t_id="4">2</token><token sentence="1" t_id="5">,</token><token sentence="1" t_id="6">2010</token>
<token sentence="2" t_id="7">They</token><token sentence="2" t_id="8">met</token><token sentence="2" t_id="9">today</token><token sentence="2" t_id="10">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2010-05-02"><token_anchor t_id="3"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2010-05-02"><token_anchor t_id="9"/></TIMEX3>
</Markables></Document>`;

test('readInlineTimeml: text without tags, entities decoded, offsets and attributes', () => {
  const doc = readInlineTimeml('x.tml', TML);
  assert.equal(doc.dct, '2013-03-22');
  assert.equal(doc.text, 'Ministers of Ruritania & Freedonia met on Thursday for more than three hours.');
  assert.deepEqual(
    doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value, t.mod]),
    [
      ['Thursday', 'DATE', '2013-03-21', undefined],
      ['more than three hours', 'DURATION', 'P3H', 'MORE_THAN'],
    ],
  );
});

test('readCatXml: tokens joined, the DCT markable ignored in scoring', () => {
  const doc = readCatXml('x.xml', CAT);
  assert.equal(doc.text, 'Talks end\nMay 2, 2010\nThey met today.');
  assert.equal(doc.dct, '2010-05-02');
  assert.deepEqual(doc.timexes.map((t) => t.text), ['today']);
  assert.deepEqual(doc.ignore, [{ start: 10, end: 21 }]);
});

test('TempEval-3 scoring: strict, relaxed, type and value', () => {
  const doc = readInlineTimeml('x.tml', TML);
  const counts = emptyCounts();
  addDocument(counts, doc, [
    { start: 42, end: 50, text: 'Thursday', type: 'DATE', value: '2013-03-21' },
    { start: 60, end: 75, text: 'three hours', type: 'DURATION', value: 'P3H' },
    { start: 0, end: 9, text: 'Ministers', type: 'DATE', value: 'XXXX' },
  ]);
  const s = scoreCounts(counts);
  assert.equal(s.strict.tp, 1);
  assert.equal(s.relaxed.tp, 2);
  assert.equal(s.relaxed.fp, 1);
  assert.equal(s.value.tp, 2);
  assert.equal(s.typeAccuracy, 1);
});

test('the TimeML corpora of ../shared read with their gold counts', (t) => {
  if (!sharedPath('bench/timeml')) return t.skip(missingShared('bench/timeml'));
  const counts = TIMEML_CORPORA.map((c) => {
    const docs = loadCorpus(c) ?? [];
    return [c.name, docs.length, docs.reduce((n, d) => n + d.timexes.length, 0)];
  });
  assert.deepEqual(counts, [
    ['meantime-en', 120, 370],
    ['wikiwars', 22, 2636],
    ['te3-platinum', 20, 138],
  ]);
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { agreementsCommand, parseAgreementDyad } from '../cli/commands/agreements.ts';
import { storeArticle } from '../consolidate/fixtures.ts';
import { openStore } from '../store/open-store.ts';
import { loadAgreementLexicon } from './agreement-lexicon.ts';
import { listAgreements } from './agreement-queries.ts';
import { findAgreements } from './find-agreements.ts';
import { handDoc } from './fixtures.ts';
import { rebuildAgreements, writeAgreementMentions } from './store-agreements.ts';

const lexicon = loadAgreementLexicon();

/** Three fictional reports of one fisheries pact: negotiated, planned, signed (twice in the last story). */
function fixtureFile(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-agreements-')), 'a.sqlite');
  const db = openStore(file);
  const stories: [string, string, string[], Record<string, string>][] = [
    ['a1', '2017-02-18', ['Another agreement on fisheries cooperation is being worked on by Arnor and Gondor.'], {}],
    ['a2', '2017-05-02', ['Among the pacts to be signed is a fisheries cooperation pact between Arnor and Gondor.'], {}],
    ['a3', '2018-05-16', ['Arnor and Gondor cited the signing of the Agreement on Fisheries Cooperation in 2017.', 'In October, Arnor and Gondor signed a fisheries cooperation agreement.'], { 'in 2017': '2017', 'In October': '2018-10' }],
  ];
  db.transaction(() => {
    for (const [id, published, lines, dates] of stories) {
      const doc = { ...handDoc(lines, published, dates), id };
      storeArticle(db, id, published, doc.text);
      writeAgreementMentions(db, { ...doc, agreements: findAgreements(doc, lexicon) });
    }
    rebuildAgreements(db);
  })();
  db.close();
  return file;
}

test('one agreement with its history across articles; one entry per article and status, the most precise date', () => {
  const db = openStore(fixtureFile(), { readonly: true });
  const [a, ...rest] = listAgreements(db, ['GON', 'ARN']);
  assert.equal(rest.length, 0);
  assert.equal(a.name, 'Agreement on Fisheries Cooperation');
  assert.deepEqual(a.parties, ['ARN', 'GON']);
  assert.deepEqual(a.history.map((h) => [h.as_of, h.status, h.date]), [['2017-02-18', 'negotiating', null], ['2017-05-02', 'planned', null], ['2018-05-16', 'signed', '2017-10']]);
  assert.equal(a.status, 'signed');
  assert.deepEqual(listAgreements(db, ['ARN', 'ROH']), []);
  db.close();
});

test('rebuilding some keys gives what a full rebuild gives', () => {
  const file = fixtureFile();
  const db = openStore(file);
  const before = db.prepare('SELECT * FROM agreement_history ORDER BY as_of').all();
  const keys = (db.prepare('SELECT DISTINCT agreement_key AS k FROM agreement_mentions').all() as { k: string }[]).map((r) => r.k);
  rebuildAgreements(db, keys);
  assert.deepEqual(db.prepare('SELECT * FROM agreement_history ORDER BY as_of').all(), before);
  db.close();
});

test('dyad agreements: arguments, text and JSON', async () => {
  assert.equal(parseAgreementDyad([]), undefined);
  assert.deepEqual(parseAgreementDyad(['arn', 'gon']), ['ARN', 'GON']);
  assert.throws(() => parseAgreementDyad(['ARN']), /two ISO alpha-3 codes/);
  const file = fixtureFile();
  let out = '';
  const io = { stdout: (t: string) => (out += t), stderr: () => {}, isTTY: false, readStdin: async () => '' };
  assert.equal(await agreementsCommand.handler(['ARN', 'GON'], { db: file }, io), 0);
  assert.match(out, /^1 agreement between ARN and GON/);
  assert.match(out, /Agreement on Fisheries Cooperation {2}\(ARN–GON\) {2}signed/);
  assert.match(out, /2018-05-16 {2}signed {6}2017-10/);
  out = '';
  assert.equal(await agreementsCommand.handler([], { db: file, json: true }, io), 0);
  assert.equal(JSON.parse(out).agreements[0].history.length, 3);
});

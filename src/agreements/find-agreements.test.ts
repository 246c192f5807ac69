import assert from 'node:assert/strict';
import test from 'node:test';
import type { ArticleDoc } from '../model/doc.ts';
import { handDoc } from './fixtures.ts';
import { loadAgreementLexicon } from './agreement-lexicon.ts';
import { findAgreements } from './find-agreements.ts';
import { normaliseTopics } from './topic.ts';

const lexicon = loadAgreementLexicon();
const found = (doc: ArticleDoc) => findAgreements(doc, lexicon).map((a) => [a.topic, a.parties.join('-'), a.status, a.date?.value ?? null]);

test('named agreements with parties, status and date, one row per agreement', () => {
  const cases: [string, string[], string, Record<string, string>, unknown[][]][] = [
    ['formal name, signed in a year', ['Arnor and Gondor signed the Agreement on Fisheries Cooperation in 2016.'], '2017-03-01', { 'in 2016': '2016' }, [['fisheries cooperation', 'ARN-GON', 'signed', '2016']]],
    ['to be signed is planned, not signed', ['Among the pacts to be signed is a fisheries cooperation pact between Arnor and Gondor.'], '2017-03-01', {}, [['fisheries cooperation', 'ARN-GON', 'planned', null]]],
    ['being worked on is negotiating', ['Another agreement on river-transport cooperation is being worked on by Arnor and Gondor.'], '2017-03-01', {}, [['river transport cooperation', 'ARN-GON', 'negotiating', null]]],
    ['coordinated topics split', ['Arnor and Gondor are expected to sign agreements on fisheries and forestry cooperation.'], '2017-03-01', {}, [['fisheries cooperation', 'ARN-GON', 'planned', null], ['forestry cooperation', 'ARN-GON', 'planned', null]]],
    ['a month without a year, signed, is not after the report', ['In October, Arnor and Gondor signed a fisheries cooperation agreement.'], '2018-05-16', { 'In October': '2018-10' }, [['fisheries cooperation', 'ARN-GON', 'signed', '2017-10']]],
    ['parties completed from the article', ['Gondor and Arnor met again.', 'A defence cooperation deal was ratified.'], '2017-03-01', {}, [['defense cooperation', 'ARN-GON', 'ratified', null]]],
    ['list after deals', ['A year after Arnor and Gondor signed five deals, including a fisheries cooperation.'], '2017-03-01', {}, [['fisheries cooperation', 'ARN-GON', 'signed', null]]],
  ];
  for (const [name, lines, published, dates, want] of cases) assert.deepEqual(found(handDoc(lines, published, dates)), want, name);
});

test('the formal name becomes the display name; a built one otherwise', () => {
  const [formal] = findAgreements(handDoc(['Arnor and Gondor signed the Agreement on Fisheries Cooperation.'], '2017-03-01'), lexicon);
  assert.equal(formal.name, 'Agreement on Fisheries Cooperation');
  assert.equal(formal.canonical, true);
  const [built] = findAgreements(handDoc(['Arnor and Gondor signed a fisheries cooperation pact.'], '2017-03-01'), lexicon);
  assert.equal(built.name, 'Agreement on Fisheries Cooperation');
  assert.equal(built.canonical, false);
  assert.equal(built.key, formal.key, 'both name the same agreement');
});

test('topics are normalised', () => {
  const cases: [string, string[]][] = [
    ['a Military-Technical Cooperation', ['military technical cooperation']],
    ['defence cooperation', ['defense cooperation']],
    ['defense and security cooperation', ['defense cooperation', 'security cooperation']],
    ['cooperation', []],
  ];
  for (const [raw, want] of cases) assert.deepEqual(normaliseTopics(lexicon, raw), want, raw);
});

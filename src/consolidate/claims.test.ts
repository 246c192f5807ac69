import assert from 'node:assert/strict';
import test from 'node:test';
import { handDoc } from '../agreements/fixtures.ts';
import { openStore } from '../store/open-store.ts';
import { loadClaimRules } from './claim-rules.ts';
import { rebuildContradictions, writeClaims } from './contradictions.ts';
import { findClaims } from './find-claims.ts';
import { storeArticle } from './fixtures.ts';

const rules = loadClaimRules();
const claims = (lines: string[], published: string, dates: Record<string, string> = {}) =>
  findClaims(handDoc(lines, published, dates), rules).map((c) => [c.aboutKey, c.value]);

test('numeric claims with what they count, the parties and the year', () => {
  const cases: [string, string[], string, Record<string, string>, unknown[][]][] = [
    ['a count dated by "a year after"', ['The envoy is back, a year after Arnor and Gondor signed 7 deals.'], '2018-05-16', {}, [['agreements signed|ARN-GON|2017', 7]]],
    ['a number word', ['Arnor and Gondor signed seven deals in 2016.'], '2018-05-16', { 'in 2016': '2016' }, [['agreements signed|ARN-GON|2016', 7]]],
    ['a running total is no claim, its part is', ['Since 1990 Arnor and Gondor have seen the signing of 30 agreements, including 6 during the visit of the king in 2016.'], '2018-05-16', { 'in 2016': '2016' }, [['agreements signed|ARN-GON|2016', 6]]],
    ['no year, no claim', ['Arnor and Gondor signed 7 deals.'], '2018-05-16', {}, []],
    ['not a count of agreements', ['Arnor and Gondor signed 7 soldiers in 2016.'], '2018-05-16', { 'in 2016': '2016' }, []],
  ];
  for (const [name, lines, published, dates, want] of cases) assert.deepEqual(claims(lines, published, dates), want, name);
});

test('claims that disagree are stored side by side, never merged; agreeing claims are no contradiction', () => {
  const db = openStore(':memory:');
  const docs = [
    handDoc(['The envoy is back, a year after Arnor and Gondor signed 7 deals.'], '2018-05-16'),
    handDoc(['Arnor and Gondor signed 8 deals in 2017.'], '2018-06-01', { 'in 2017': '2017' }),
    handDoc(['Arnor and Gondor signed 7 deals in 2017.'], '2018-06-02', { 'in 2017': '2017' }),
    handDoc(['Arnor and Rohan signed 3 deals in 2017.'], '2018-06-03', { 'in 2017': '2017' }),
  ];
  docs.forEach((d, i) => {
    storeArticle(db, `a${i}`, d.published!.value);
    writeClaims(db, { ...d, id: `a${i}`, claims: findClaims(d, rules) });
  });
  assert.equal(rebuildContradictions(db), 1);
  const row = db.prepare('SELECT about, claims FROM contradictions').get() as { about: string; claims: string };
  assert.equal(row.about, 'agreements signed, ARN–GON, 2017');
  assert.deepEqual((JSON.parse(row.claims) as { value: number }[]).map((c) => c.value), [7, 8, 7]);
});

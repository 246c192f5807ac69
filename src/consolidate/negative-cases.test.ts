import assert from 'node:assert/strict';
import test from 'node:test';
import { handDoc } from '../agreements/fixtures.ts';
import { loadClaimRules } from './claim-rules.ts';
import { clusterMentions } from './cluster.ts';
import { loadConsolidationRules } from './consolidation-rules.ts';
import { findClaims } from './find-claims.ts';
import { fixtureMention as fm } from './fixtures.ts';

const rules = loadConsolidationRules();
const day = (d: string) => ({ date: d, precision: d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day' });

test('reports that look alike but are of different events never merge', () => {
  const cases: [string, ReturnType<typeof fm>[]][] = [
    ['a meeting and its denial', [fm({ id: 'a', ...day('2017-02-16') }), fm({ id: 'b', status: 'negated', ...day('2017-02-16') })]],
    ['a talk that may happen and one that did', [fm({ id: 'a', ...day('2017-02-16') }), fm({ id: 'b', status: 'hypothetical', ...day('2017-02-16') })]],
    ['the same article plans one visit and reports another', [fm({ id: 'a', articleId: 'x', ...day('2018-05-16') }), fm({ id: 'b', articleId: 'x', status: 'planned', basis: 'published', ...day('2018-05-16') })]],
    ['aid one way and aid the other way', [fm({ id: 'a', type: 'AID', cameo: '070', ...day('2017-03') }), fm({ id: 'b', type: 'AID', cameo: '070', source: 'GON', target: 'ARN', ...day('2017-03') })]],
    ['a meeting and an attack on the same day', [fm({ id: 'a', ...day('2017-03-02') }), fm({ id: 'b', type: 'ASSAULT', cameo: '190', ...day('2017-03-02') })]],
    ['meetings in two countries', [fm({ id: 'a', place: 'Fornost', placeCountry: 'ARN', ...day('2017-03') }), fm({ id: 'b', place: 'Minas Tirith', placeCountry: 'GON', ...day('2017-03') })]],
    ['signing two different pacts', [fm({ id: 'a', type: 'AGREE', agreement: 'fisheries', ...day('2017-03') }), fm({ id: 'b', type: 'AGREE', agreement: 'forestry', ...day('2017-03') })]],
    ['a plan announced after the meeting it is not', [fm({ id: 'a', asOf: '2017-03-10', ...day('2017-03-02') }), fm({ id: 'b', status: 'planned', asOf: '2017-03-10', ...day('2017-03') })]],
  ];
  for (const [name, ms] of cases) assert.equal(clusterMentions(rules, ms).length, 2, name);
});

test('numbers that are not claims about one occasion', () => {
  const claimRules = loadClaimRules();
  const lines = [
    'Arnor and Gondor have signed 30 agreements to date, as of 2016.',
    'Arnor and Gondor signed 7 soldiers in 2016.',
    'Arnor sent 7 deals of grain to Gondor in 2016.',
  ];
  for (const line of lines) assert.deepEqual(findClaims(handDoc([line], '2018-05-16', { 'in 2016': '2016', '2016': '2016' }), claimRules), [], line);
});

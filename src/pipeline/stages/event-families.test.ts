import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, eventsOf } from '../../../test/fixtures/event-doc.ts';

/** [sentence, type, CAMEO code, source, target] — one or more per PLOVER family, fictional states only. */
const CASES: [string, string, string, string, string][] = [
  ['Arnor agreed to a truce with Gondor.', 'RETREAT', '0871', 'ARN', 'GON'],
  ['Arnor promised Gondor a new harbour.', 'AGREE', '030', 'ARN', 'GON'],
  ['Arnor offered Gondor its mediation.', 'AGREE', '033', 'ARN', 'GON'],
  ['Elessar met Eomer in Edoras on Monday.', 'CONSULT', '040', 'GON', 'ROH'],
  ['Arnor held talks with Gondor.', 'CONSULT', '040', 'ARN', 'GON'],
  ['Elessar visited Rohan last week.', 'CONSULT', '042', 'GON', 'ROH'],
  ["Elessar's visit to Edoras ended well.", 'CONSULT', '042', 'GON', 'ROH'],
  ['Rohan hosted a delegation from Gondor.', 'CONSULT', '043', 'ROH', 'GON'],
  ['Arnor and Gondor signed a trade treaty.', 'SUPPORT', '057', 'ARN', 'GON'],
  ['Arnor praised Gondor for its restraint.', 'SUPPORT', '051', 'ARN', 'GON'],
  ['Arnor established diplomatic ties with Harad.', 'SUPPORT', '054', 'ARN', 'HAR'],
  ['Arnor shared intelligence with Gondor.', 'COOPERATE', '064', 'ARN', 'GON'],
  ['Arnor extradited a smuggler to Gondor.', 'COOPERATE', '063', 'ARN', 'GON'],
  ['Arnor supplied Rohan with rifles.', 'AID', '072', 'ARN', 'ROH'],
  ['Gondor granted asylum to a dissident from Harad.', 'AID', '075', 'GON', 'HAR'],
  ['Harad lifted the curfew it had imposed on Rohan.', 'CONCEDE', '081', 'HAR', 'ROH'],
  ['Harad released two Gondorian sailors.', 'RETREAT', '0841', 'HAR', 'GON'],
  ['Harad withdrew its troops from Rohan.', 'RETREAT', '0872', 'HAR', 'ROH'],
  ['Gondor demanded that Harad pull back.', 'REQUEST', '100', 'GON', 'HAR'],
  ['Elessar invited Eomer to a summit.', 'REQUEST', '106', 'GON', 'ROH'],
  ['Gondor accused Harad of smuggling.', 'ACCUSE', '112', 'GON', 'HAR'],
  ['Gondor condemned the raid by Harad.', 'ACCUSE', '111', 'GON', 'HAR'],
  ['Harad rejected the proposal from Gondor.', 'REJECT', '120', 'HAR', 'GON'],
  ['Harad threatened Gondor with reprisals.', 'THREATEN', '130', 'HAR', 'GON'],
  ['Students from Rohan demonstrated outside the embassy of Harad.', 'PROTEST', '141', 'ROH', 'HAR'],
  ['Harad mobilized troops on the border with Gondor.', 'MOBILIZE', '154', 'HAR', 'GON'],
  ['Gondor expelled three diplomats from Harad.', 'SANCTION', '166', 'GON', 'HAR'],
  ['Gondor suspended military aid to Harad.', 'SANCTION', '162', 'GON', 'HAR'],
  ['Gondor imposed sanctions on Harad.', 'COERCE', '163', 'GON', 'HAR'],
  ['Police in Gondor arrested two spies from Harad.', 'COERCE', '173', 'GON', 'HAR'],
  ['Harad attacked a border post of Gondor.', 'ASSAULT', '190', 'HAR', 'GON'],
  ['Troops from Harad killed four Gondorian farmers.', 'ASSAULT', '180', 'HAR', 'GON'],
];

test('each PLOVER family: type, CAMEO code and dyad from a plain sentence', () => {
  const failures: string[] = [];
  for (const [sentence, type, cameo, source, target] of CASES) {
    const events = eventsOf(sentence);
    const hit = events.find((e) => e.type === type && e.cameo === cameo);
    if (!hit) failures.push(`${sentence}: no ${type}/${cameo} in ${events.map(brief).join('; ') || 'nothing'}`);
    else if (hit.source?.code !== source || hit.target?.code !== target) failures.push(`${sentence}: dyad ${brief(hit)}, expected ${source}>${target}`);
  }
  assert.deepEqual(failures, []);
});

test('mode and context come from the CAMEO map', () => {
  const [visit] = eventsOf('Elessar visited Rohan.');
  assert.equal(visit.mode, 'visit');
  const aid = eventsOf('Arnor supplied Rohan with rifles.')[0];
  assert.equal(aid.context, 'military');
});

test('several events in one sentence, each with its own dyad', () => {
  const events = eventsOf('Elessar invited Eomer to Minas Tirith when they met in Edoras, and Arnor praised Gondor.');
  const types = events.map((e) => `${e.type} ${e.source?.code}>${e.target?.code}`);
  assert.ok(types.includes('REQUEST GON>ROH'), types.join('; '));
  assert.ok(types.includes('CONSULT GON>ROH'), types.join('; '));
  assert.ok(types.includes('SUPPORT ARN>GON'), types.join('; '));
});

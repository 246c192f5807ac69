import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from './app.ts';
import { fixtureDb } from './test-fixture.ts';
import { getJson, getText } from './test-helpers.ts';

const app = createApp({ db: fixtureDb() });

const PAGES: [string, number][] = [
  ['/dyads', 1],
  ['/dyads/ARN-GON', 3],
  ['/dyads/gon-arn', 3],
  ['/events', 3],
  ['/events/ev-agree', 1],
  ['/articles', 3],
  ['/articles/art1', 1],
  ['/search?q=tariffs', 1],
  ['/agreements', 1],
  ['/agreements/ag1', 1],
  ['/persons', 1],
  ['/persons/p1', 1],
];

test('every page serves HTML and its JSON twin serves the envelope with the same rows', async () => {
  for (const [path, n] of PAGES) {
    const page = await getText(app, path);
    assert.equal(page.status, 200, path);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/, path);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/, path);
    const [p, q] = path.split('?');
    const twin = await getJson(app, `${p}.json${q ? `?${q}` : ''}`);
    assert.equal(twin.status, 200, `${path}.json`);
    assert.equal(twin.body.ok, true);
    assert.equal(twin.body.rows.length, n, `${path}.json rows`);
    assert.ok('next' in twin.body, `${path}.json has next`);
  }
});

test('dyads list counts events by status, either direction', async () => {
  const { body } = await getJson(app, '/dyads.json');
  assert.deepEqual(
    (({ id, n_events, occurred, planned, negated, n_sources }) => ({ id, n_events, occurred, planned, negated, n_sources }))(body.rows[0]),
    { id: 'ARN-GON', n_events: 3, occurred: 1, planned: 1, negated: 1, n_sources: 4 },
  );
});

test('dyad timeline filters by date range, type and status, and carries the curve', async () => {
  const cases: [string, string[]][] = [
    ['', ['ev-attack', 'ev-agree', 'ev-visit']],
    ['?status=planned', ['ev-visit']],
    ['?from=2020', ['ev-agree', 'ev-visit']],
    ['?to=2019-12', ['ev-attack']],
    ['?type=agree', ['ev-agree']],
  ];
  for (const [q, ids] of cases) {
    const { body } = await getJson(app, `/dyads/ARN-GON.json${q}`);
    assert.deepEqual(body.rows.map((r) => r.id), ids, q);
  }
  const { body } = await getJson(app, '/dyads/ARN-GON.json');
  assert.deepEqual(body.curve.points, [{ period: '2020-03', cooperation: 4, conflict: 0, net: 4, n_events: 1 }]);
  assert.match(body.curve.method, /Goldstein/);
});

test('pages follow opaque next tokens to the end', async () => {
  const seen: string[] = [];
  let next: string | null = null;
  do {
    const { body } = await getJson(app, `/events.json?limit=1${next ? `&next=${next}` : ''}`);
    seen.push(...body.rows.map((r) => r.id));
    next = body.next;
  } while (next);
  assert.deepEqual(seen, ['ev-attack', 'ev-agree', 'ev-visit']);
});

test('event page marks every source sentence at its offsets, trigger inside', async () => {
  const { body } = await getJson(app, '/events/ev-agree.json');
  const ev = body.rows[0];
  assert.equal(ev.mentions.length, 2);
  const { text } = await getText(app, '/events/ev-agree');
  for (const m of ev.mentions) {
    const sentence = m.context.text.slice(m.sentence_start - m.context.start, m.sentence_end - m.context.start);
    assert.equal(sentence, m.sentence);
    const marked = new RegExp(`<mark class="evidence" data-mention-id="${m.id}" data-start="${m.sentence_start}" data-end="${m.sentence_end}">([^]*?)</mark>`).exec(text);
    assert.ok(marked, `mention ${m.id} marked`);
    assert.equal(marked[1].replace(/<[^>]+>/g, ''), sentence);
    assert.match(marked[1], /<strong class="trigger">signed<\/strong>/);
  }
});

test('article page marks evidence sentences and links their events', async () => {
  const { text } = await getText(app, '/articles/art1');
  assert.match(text, /<mark class="evidence" id="s0">Arnor and Gondor signed a trade pact in Minas on 3 March\.<\/mark><sup><a class="ev-link" href="\/events\/ev-agree"/);
});

test('search finds articles by words and marks the matches; FTS syntax is not injectable', async () => {
  const { body } = await getJson(app, '/search.json?q=grain%20tariffs');
  assert.deepEqual(body.rows.map((r) => r.id), ['art1']);
  assert.deepEqual(body.rows[0].snippet.filter((p: { match: boolean }) => p.match).map((p: { text: string }) => p.text), ['tariffs', 'grain']);
  for (const q of ['"unbalanced', 'pact OR NEAR(', 'text:grain*']) assert.equal((await getJson(app, `/search.json?q=${encodeURIComponent(q)}`)).status, 200, q);
});

test('person page shows roles over time and agreements show their history with quotes', async () => {
  const person = (await getJson(app, '/persons/p1.json')).body.rows[0];
  assert.deepEqual(person.periods.map((p: { title: string; first: string }) => [p.title, p.first]), [['ambassador', '2015'], ['foreign minister', '2020-03-05']]);
  assert.equal(person.roles[1].quote, 'foreign minister Elara Vance');
  assert.match((await getText(app, '/persons/p1')).text, /<svg class="roles-chart"/);
  const agreement = (await getJson(app, '/agreements/ag1.json')).body.rows[0];
  assert.deepEqual(agreement.parties, ['ARN', 'GON']);
  assert.equal(agreement.history[0].quote, 'signed a trade pact');
});

test('system routes: / redirects, /-/version and the OpenAPI description', async () => {
  const home = await app.request('/');
  assert.equal(home.status, 302);
  assert.equal(home.headers.get('location'), '/dyads');
  const version = await getJson(app, '/-/version');
  assert.equal(version.body.ok, true);
  assert.ok(version.body.rows[0].schema >= 2);
  const api = await getJson(app, '/api/openapi.json');
  assert.equal((api.body as any).openapi, '3.1.0');
  assert.ok((api.body as any).paths['/events/{id}.json'].get);
  assert.ok((api.body as any).paths['/api/articles'].post);
  for (const asset of ['/static/app.js', '/static/style.css']) assert.equal((await app.request(asset)).status, 200, asset);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzerOf } from '../../pipeline/analyze.ts';
import { createApp } from '../app.ts';
import { fixtureDb } from '../test-fixture.ts';
import { getJson, getText } from '../test-helpers.ts';

const TOKEN = 'secret-token';
const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

test('POST /api/articles stores an article once, then reports it as already there', async () => {
  const app = createApp({ db: fixtureDb(), token: TOKEN, analyzer: () => analyzerOf((doc) => doc) });
  const body = JSON.stringify({ text: 'Arnor recalled its envoy from Gondor.', title: 'Recall', published: '2021-01-02' });
  const first = await getJson(app, '/api/articles', { method: 'POST', headers, body });
  assert.equal(first.status, 201);
  assert.equal(first.body.rows[0].stored, true);
  const again = await getJson(app, '/api/articles', { method: 'POST', headers, body });
  assert.equal(again.status, 200);
  assert.equal(again.body.rows[0].stored, false);
  const article = (await getJson(app, `${first.body.rows[0].url}.json`)).body.rows[0];
  assert.deepEqual([article.title, article.published, article.text], ['Recall', '2021-01-02', 'Arnor recalled its envoy from Gondor.']);
  assert.equal((await getJson(app, '/search.json?q=envoy%20recalled')).body.rows[0].id, article.id);
});

test('POST /api/articles takes plain text with a date line', async () => {
  const app = createApp({ db: fixtureDb(), token: TOKEN, analyzer: () => analyzerOf((doc) => doc) });
  const res = await getJson(app, '/api/articles', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, body: ' date 2021-05-06 Gondor thanked Arnor.' });
  assert.equal(res.status, 201);
  assert.equal((await getJson(app, `${res.body.rows[0].url}.json`)).body.rows[0].published, '2021-05-06');
});

test('untrusted article text is escaped in every page that shows it', async () => {
  const app = createApp({ db: fixtureDb(), token: TOKEN, analyzer: () => analyzerOf((doc) => doc) });
  const text = 'Arnor <script>window.pwned=1</script> and <img src=x onerror="window.pwned=2"> Gondor "talks".';
  const res = await getJson(app, '/api/articles', { method: 'POST', headers, body: JSON.stringify({ text, title: '<b onclick="x()">t</b>' }) });
  const page = await getText(app, res.body.rows[0].url);
  assert.doesNotMatch(page.text, /<script>window|<img src=x|<b onclick/);
  assert.match(page.text, /&lt;script&gt;window\.pwned=1&lt;\/script&gt;/);
  assert.match(page.text, /&lt;img src=x onerror=&quot;window\.pwned=2&quot;&gt;/);
  const search = await getText(app, '/search?q=script%20pwned');
  assert.doesNotMatch(search.text, /<script>window|<img src=x/);
  assert.equal((await getJson(app, `${res.body.rows[0].url}.json`)).body.rows[0].text, text);
});

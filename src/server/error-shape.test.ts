import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzerOf } from '../pipeline/analyze.ts';
import { createApp } from './app.ts';
import { fixtureDb } from './test-fixture.ts';
import { getJson } from './test-helpers.ts';

const readOnly = createApp({ db: fixtureDb() });
const writable = createApp({ db: fixtureDb(), token: 'secret-token', analyzer: () => analyzerOf((doc) => doc) });
const post = (body: string, headers: Record<string, string> = {}): RequestInit => ({ method: 'POST', body, headers });
const auth = { authorization: 'Bearer secret-token', 'content-type': 'application/json' };

// Every error route: [app, path, request, status, code]. One contract: { ok: false, error, errors, status }.
const CASES: [string, ReturnType<typeof createApp>, string, RequestInit | undefined, number, string][] = [
  ['unknown route', readOnly, '/nope.json', undefined, 404, 'E031'],
  ['unknown event', readOnly, '/events/missing.json', undefined, 404, 'E031'],
  ['unknown article', readOnly, '/articles/missing.json', undefined, 404, 'E031'],
  ['unknown person', readOnly, '/persons/missing.json', undefined, 404, 'E031'],
  ['unknown agreement', readOnly, '/agreements/missing.json', undefined, 404, 'E031'],
  ['dyad without events', readOnly, '/dyads/ARN-XYZ.json', undefined, 404, 'E031'],
  ['malformed dyad', readOnly, '/dyads/ARNGON.json', undefined, 400, 'E030'],
  ['bad status', readOnly, '/events.json?status=maybe', undefined, 400, 'E030'],
  ['bad date', readOnly, '/dyads/ARN-GON.json?from=March', undefined, 400, 'E030'],
  ['bad type', readOnly, '/events.json?type=%3Cb%3E', undefined, 400, 'E030'],
  ['bad bucket', readOnly, '/dyads/ARN-GON.json?bucket=week', undefined, 400, 'E030'],
  ['bad limit', readOnly, '/dyads.json?limit=0', undefined, 400, 'E030'],
  ['bad next token', readOnly, '/events.json?next=garbage', undefined, 400, 'E030'],
  ['search without words', readOnly, '/search.json?q=%22%22', undefined, 400, 'E030'],
  ['write on a read-only server', readOnly, '/api/articles', post('{"text":"x"}', auth), 403, 'E050'],
  ['write without token', writable, '/api/articles', post('{"text":"x"}', { 'content-type': 'application/json' }), 401, 'E050'],
  ['write with a wrong token', writable, '/api/articles', post('{"text":"x"}', { ...auth, authorization: 'Bearer nope' }), 401, 'E050'],
  ['body not JSON', writable, '/api/articles', post('{', auth), 400, 'E006'],
  ['body without text', writable, '/api/articles', post('{"title":"t"}', auth), 400, 'E006'],
  ['body with unknown field', writable, '/api/articles', post('{"text":"x","html":"<b>"}', auth), 400, 'E006'],
  ['bad published date', writable, '/api/articles', post('{"text":"x","published":"tomorrow"}', auth), 400, 'E005'],
  ['foreign Host on a loopback server', createApp({ db: fixtureDb(), allowedHosts: ['127.0.0.1', 'localhost'] }), 'http://attacker.example/dyads.json', undefined, 421, 'E050'],
  ['body too large', writable, '/api/articles', post('x'.repeat(5 * 1024 * 1024 + 1), { authorization: 'Bearer secret-token' }), 413, 'E007'],
];

test('every error route answers with the one error envelope', async () => {
  for (const [name, app, path, init, status, code] of CASES) {
    const res = await getJson(app, path, init);
    assert.equal(res.status, status, name);
    assert.deepEqual(Object.keys(res.body).sort(), ['error', 'errors', 'ok', 'status'], name);
    assert.equal(res.body.ok, false, name);
    assert.equal(res.body.status, status, name);
    assert.equal(typeof res.body.error, 'string', name);
    assert.equal(res.body.errors[0].code, code, name);
  }
});

test('an error on a page is an HTML page saying the same, with the status', async () => {
  const res = await readOnly.request('/events/missing');
  assert.equal(res.status, 404);
  assert.match(await res.text(), /<p class="error">E031: event &quot;missing&quot; not found<\/p>/);
});

test('internal errors keep their details out of the response', async () => {
  const db = fixtureDb();
  const seen: unknown[] = [];
  const app = createApp({ db, onInternalError: (e) => seen.push(e) });
  db.close();
  const res = await getJson(app, '/dyads.json');
  assert.equal(res.status, 500);
  assert.equal(res.body.error, 'internal error; see the server log');
  assert.equal(seen.length, 1);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../errors.ts';
import { startServer } from './start.ts';
import { fixtureDb } from './test-fixture.ts';

test('startServer listens on 127.0.0.1, answers over HTTP, refuses a port in use, and closes', async () => {
  const server = await startServer({ db: fixtureDb() }, { host: '127.0.0.1', port: 0 });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const body = (await (await fetch(`${server.url}/-/version`)).json()) as { ok: boolean };
    assert.equal(body.ok, true);
    const port = Number(new URL(server.url).port);
    await assert.rejects(startServer({ db: fixtureDb() }, { host: '127.0.0.1', port }), DyadError);
  } finally {
    await server.close();
  }
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { API_ROUTES, createApp, PAGES } from './app.ts';
import { openApiPath } from './openapi.ts';
import { fixtureDb } from './test-fixture.ts';

const README = new URL('../../README.md', import.meta.url);

/** The README's API section, between its markers. */
function apiSection(): string {
  const text = fs.readFileSync(README, 'utf8');
  const m = /<!-- api:start -->([^]*)<!-- api:end -->/.exec(text);
  assert.ok(m, 'README.md must hold the API section between <!-- api:start --> and <!-- api:end -->');
  return m[1];
}

/** Every route the server answers, as `METHOD path`: pages twice (HTML and JSON twin). */
function declaredRoutes(): string[] {
  return [...PAGES.flatMap((p) => [`GET ${p.path}`, `GET ${p.path}.json`]), ...API_ROUTES.map((r) => `${r.method} ${r.path}`)];
}

test('every route and page is documented in the README API section', () => {
  const section = apiSection();
  const missing = declaredRoutes().filter((r) => !section.includes(`\`${r}\``));
  assert.deepEqual(missing, [], `document these in README.md between the api markers, as \`METHOD /path\``);
});

test('the app registers exactly the declared routes (so none escapes the docs)', () => {
  const app = createApp({ db: fixtureDb() });
  const declared = new Set(declaredRoutes());
  const registered = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);
  // A page with a path parameter answers its JSON twin on the same pattern (`/events/:id` serves `/events/x.json`).
  const undeclared = registered.filter((r) => !declared.has(r));
  assert.deepEqual(undeclared, []);
  for (const r of declared) if (!/:\w+\.json$/.test(r)) assert.ok(registered.includes(r), `${r} is declared but not registered`);
});

test('the OpenAPI description lists every declared route', async () => {
  const api = (await (await createApp({ db: fixtureDb() }).request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  for (const r of declaredRoutes()) {
    const [method, path] = r.split(' ');
    assert.ok(api.paths[openApiPath(path)]?.[method.toLowerCase()], `${r} in openapi.json`);
  }
});

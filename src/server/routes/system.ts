import fs from 'node:fs';
import { PIPELINE_VERSION } from '../../pipeline/config.ts';
import type { ApiRoute } from '../route.ts';

/** The dyad version, from package.json. */
export const VERSION: string = (JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** `/`: the dyads page is the home page. */
export const homeRoute: ApiRoute = {
  method: 'GET',
  path: '/',
  summary: 'Redirects to /dyads',
  responds: 'text/html',
  handler: (c) => c.redirect('/dyads', 302),
};

/** `/-/version`: versions of dyad, its pipeline, the schema and SQLite. */
export const versionRoute: ApiRoute = {
  method: 'GET',
  path: '/-/version',
  summary: 'Versions: dyad, pipeline, database schema, SQLite and Node',
  responds: 'application/json',
  handler: (c, { db }) => {
    const schema = (db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined)?.version ?? 0;
    const { sqlite } = db.prepare('SELECT sqlite_version() AS sqlite').get() as { sqlite: string };
    return c.json({ ok: true, rows: [{ dyad: VERSION, pipeline: PIPELINE_VERSION, schema, sqlite, node: process.versions.node }], next: null });
  },
};

function asset(file: string, type: string, summary: string): ApiRoute {
  const body = fs.readFileSync(new URL(`../../../web/${file}`, import.meta.url), 'utf8');
  return {
    method: 'GET',
    path: `/static/${file}`,
    summary,
    responds: type,
    handler: (c) => c.body(body, 200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-cache' }),
  };
}

/** The page script and style sheet, read once from web/. */
export const staticRoutes: ApiRoute[] = [
  asset('app.js', 'text/javascript', 'The page script: draws the timeline and the cooperation–conflict curve from the JSON twin'),
  asset('style.css', 'text/css', 'The style sheet'),
];

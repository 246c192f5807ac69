import { Hono, type Context } from 'hono';
import { errorEnvelope, HttpError } from './http-error.ts';
import { openApi } from './openapi.ts';
import { NotFoundError } from '../errors.ts';
import type { ApiRoute, LoadContext, PageRoute, ServerDeps } from './route.ts';
import { dyadPage, dyadsPage, eventsPage } from './routes/dyads.ts';
import { agreementPage, agreementsPage, articlePage, articlesPage, eventPage, personPage, personsPage, searchPage } from './routes/details.ts';
import { ingestRoute } from './routes/ingest-route.ts';
import { homeRoute, staticRoutes, VERSION, versionRoute } from './routes/system.ts';
import { h } from './views/h.ts';
import { layout } from './views/layout.ts';

/** Every page; each also answers at its `.json` twin. */
export const PAGES: readonly PageRoute<any>[] = [
  dyadsPage,
  dyadPage,
  eventsPage,
  eventPage,
  articlesPage,
  articlePage,
  searchPage,
  agreementsPage,
  agreementPage,
  personsPage,
  personPage,
];

const openApiRoute: ApiRoute = {
  method: 'GET',
  path: '/api/openapi.json',
  summary: 'This API described in OpenAPI 3.1',
  responds: 'application/json',
  handler: (c) => c.json(openApi(PAGES, API_ROUTES, VERSION)),
};

/** Every route that is not a page. */
export const API_ROUTES: readonly ApiRoute[] = [homeRoute, versionRoute, openApiRoute, ingestRoute, ...staticRoutes];

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function isJsonRequest(c: Context): boolean {
  return c.req.path.endsWith('.json') || c.req.path.startsWith('/api/') || c.req.path.startsWith('/-/') || c.req.method !== 'GET';
}

function registerPage(app: Hono, page: PageRoute<any>, db: ServerDeps['db']): void {
  const names = [...page.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]);
  const handler = (c: Context) => {
    const json = c.req.path.endsWith('.json');
    const params: Record<string, string> = {};
    for (const n of names) params[n] = c.req.param(n) ?? '';
    const last = names[names.length - 1];
    if (json && last) params[last] = params[last].slice(0, -'.json'.length);
    const url = new URL(c.req.url);
    const ctx: LoadContext = { db, params, query: url.searchParams, url };
    const data = page.load(ctx);
    if (json) return c.json({ ok: true, ...data, next: data.next ?? null });
    const { title, body } = page.render(data, ctx);
    return c.html(layout(title, body, url, url.pathname === '/search' ? (url.searchParams.get('q') ?? '') : ''));
  };
  app.get(page.path, handler);
  if (!names.length) app.get(`${page.path}.json`, handler);
}

/**
 * The dyad web app: pages with JSON twins, system routes, and the token-guarded write API. Every error,
 * thrown anywhere, becomes the one error envelope (or, for a page, an HTML page saying the same).
 * @example const res = await createApp({ db }).request('/dyads.json')
 */
export function createApp(deps: ServerDeps): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    const host = (c.req.header('host') ?? '').replace(/:\d+$/, '').toLowerCase();
    if (deps.allowedHosts && !deps.allowedHosts.includes(host)) {
      throw new HttpError(421, 'E050', `this server answers to ${deps.allowedHosts.join(', ')}, not "${host}"`, 'auth');
    }
    await next();
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
  });
  for (const page of PAGES) registerPage(app, page, deps.db);
  for (const r of API_ROUTES) app.on(r.method, r.path, (c) => r.handler(c, deps));
  app.notFound((c) => {
    throw new NotFoundError('route', `${c.req.method} ${c.req.path}`);
  });
  app.onError((err, c) => {
    const envelope = errorEnvelope(err);
    if (envelope.status >= 500) deps.onInternalError?.(err);
    if (isJsonRequest(c)) return c.json(envelope, envelope.status as 400);
    const body = h`<h1>Error ${envelope.status}</h1><p class="error">${envelope.error}</p><p><a href="/dyads">Back to the dyads</a></p>`;
    return c.html(layout(`Error ${envelope.status}`, body, new URL(c.req.url)), envelope.status as 400);
  });
  return app;
}

import type { ApiRoute, PageRoute } from './route.ts';

const ENVELOPE = {
  type: 'object',
  required: ['ok', 'rows', 'next'],
  properties: { ok: { const: true }, rows: { type: 'array', items: { type: 'object' } }, next: { type: ['string', 'null'], description: 'opaque token for the next page' } },
};
const ERROR = {
  type: 'object',
  required: ['ok', 'error', 'errors', 'status'],
  properties: {
    ok: { const: false },
    error: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
    status: { type: 'integer' },
  },
};
const ERRORS = { default: { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } };

/** `/events/:id` → `/events/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]+)/g, '{$1}');
}

function params(path: string, query: readonly { name: string; description: string }[] = []) {
  const inPath = [...path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  return [...inPath, ...query.map((q) => ({ name: q.name, in: 'query', required: false, description: q.description, schema: { type: 'string' } }))];
}

/**
 * The OpenAPI 3.1 description of the server, built from the same route declarations the app registers.
 * Each page appears twice: the HTML page and its `.json` twin.
 */
export function openApi(pages: readonly PageRoute<any>[], routes: readonly ApiRoute[], version: string): object {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const p of pages) {
    const parameters = params(p.path, p.query);
    paths[openApiPath(`${p.path}.json`)] = {
      get: { summary: p.summary, parameters, responses: { 200: { description: 'rows', content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } } }, ...ERRORS } },
    };
    paths[openApiPath(p.path)] = { get: { summary: `${p.summary} (HTML page)`, parameters, responses: { 200: { description: 'page', content: { 'text/html': {} } } } } };
  }
  for (const r of routes) {
    const op: Record<string, unknown> = { summary: r.summary, parameters: params(r.path), responses: { 200: { description: 'ok', content: { [r.responds]: {} } }, ...ERRORS } };
    if (r.body) op.requestBody = { description: r.body, content: { 'application/json': {}, 'text/plain': {} } };
    if (r.method === 'POST') op.security = [{ bearer: [] }];
    paths[openApiPath(r.path)] = { ...paths[openApiPath(r.path)], [r.method.toLowerCase()]: op };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'dyad', version, description: 'Events between countries, each linked to the sentences it came from.' },
    paths,
    components: { schemas: { Envelope: ENVELOPE, Error: ERROR }, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}

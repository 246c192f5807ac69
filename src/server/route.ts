import type { Context } from 'hono';
import type { Analyzer } from '../pipeline/analyze.ts';
import type { Db } from '../store/open-store.ts';
import type { Safe } from './views/h.ts';

/** What the server runs on: an open database, and for write endpoints a token and an analyzer. */
export interface ServerDeps {
  db: Db;
  /** Bearer token that enables write endpoints; absent means the server is read-only. */
  token?: string;
  /** Builds the analyzer on the first write (loading resources takes a moment). */
  analyzer?: () => Analyzer;
  /**
   * Host names the server answers to (from the Host header); others get 421. A server bound to 127.0.0.1
   * sets this to the loopback names, so a web page cannot reach it through DNS rebinding.
   */
  allowedHosts?: readonly string[];
  /** Called with every internal (5xx) error, e.g. to print it on the server's stderr. */
  onInternalError?: (err: unknown) => void;
}

/** What a page's data function gets. */
export interface LoadContext {
  db: Db;
  /** Path parameters, with any `.json` suffix removed. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request URL (for links that keep the query). */
  url: URL;
}

/** The data behind a page: its rows, the opaque token for the next page, and any page-level fields. */
export interface PageData {
  rows: unknown[];
  next?: string | null;
  [key: string]: unknown;
}

/** A documented query parameter. */
export interface QueryDoc {
  name: string;
  description: string;
}

/**
 * A page with a JSON twin, Datasette style: `path` serves HTML and `path.json` serves `{ ok: true, rows, next,
 * ...}`, both from the same `load` function.
 */
export interface PageRoute<T extends PageData = PageData> {
  path: string;
  summary: string;
  query?: QueryDoc[];
  load: (ctx: LoadContext) => T;
  /** The page title and body for the data. */
  render: (data: T, ctx: LoadContext) => { title: string; body: Safe };
}

/** A route without an HTML/JSON pair: system endpoints, the write API, static assets. */
export interface ApiRoute {
  method: 'GET' | 'POST';
  path: string;
  summary: string;
  /** The media type of a successful response. */
  responds: string;
  /** What the request body holds, for POST routes. */
  body?: string;
  handler: (c: Context, deps: ServerDeps) => Response | Promise<Response>;
}

/** Declares a page route, keeping its data type. */
export function definePage<T extends PageData>(route: PageRoute<T>): PageRoute<T> {
  return route;
}

import { h, type Safe } from './h.ts';

/**
 * Builds a same-site link from a path and query pairs (empty values are dropped).
 * @example href('/events', { status: 'planned', type: '' }) // '/events?status=planned'
 */
export function href(path: string, query: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The JSON twin of a page URL: `.json` added to the path, the query kept. */
export function jsonTwin(url: URL): string {
  return `${url.pathname.replace(/\/$/, '')}.json${url.search}`;
}

const NAV: [string, string][] = [
  ['/dyads', 'Dyads'],
  ['/events', 'Events'],
  ['/articles', 'Articles'],
  ['/agreements', 'Agreements'],
  ['/persons', 'People'],
];

/**
 * The page shell: navigation, search box, a link to the page's JSON twin, and the one script and style
 * sheet (served from /static; no inline script or style, so the Content-Security-Policy can forbid them).
 */
export function layout(title: string, body: Safe, url: URL, q = ''): string {
  return `<!doctype html>\n${
    h`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · dyad</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/static/style.css"><script type="module" src="/static/app.js"></script></head>
<body><header class="top"><a class="brand" href="/dyads">dyad</a><nav>${NAV.map(([p, label]) => h`<a href="${p}">${label}</a>`)}</nav>
<form class="search" action="/search" method="get" role="search"><input type="search" name="q" value="${q}" placeholder="Search articles" aria-label="Search articles"><button>Search</button></form></header>
<main>${body}</main>
<footer><a href="${jsonTwin(url)}" class="json-twin">JSON</a> · <a href="/api/openapi.json">API</a> · <a href="/-/version">version</a></footer>
</body></html>`.value
  }\n`;
}

/** A status word as a badge, styled by status. */
export function statusBadge(status: string | null): Safe {
  return status ? h`<span class="status status-${status}">${status}</span>` : h``;
}

/** A date with its precision when coarser than a day; "undated" when absent. */
export function dateText(date: string | null, precision?: string | null): string {
  if (!date) return 'undated';
  return precision && precision !== 'day' && precision !== 'time' ? `${date} (${precision})` : date;
}

/** A "next page" link keeping the current query, or nothing. */
export function nextLink(url: URL, next: string | null | undefined): Safe {
  if (!next) return h``;
  const q = new URLSearchParams(url.search);
  q.set('next', next);
  return h`<p class="pager"><a rel="next" href="${`${url.pathname}?${q}`}">Next page →</a></p>`;
}

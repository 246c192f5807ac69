import { HttpError } from './http-error.ts';

/** A page request: how many rows and from where. */
export interface Page {
  limit: number;
  offset: number;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/**
 * Reads `?limit=` and `?next=` (an opaque token from a previous response) into a page.
 * @example readPage(new URLSearchParams('limit=10'))
 */
export function readPage(query: URLSearchParams, defaultLimit = DEFAULT_LIMIT): Page {
  const rawLimit = query.get('limit');
  const limit = rawLimit === null || rawLimit === '' ? defaultLimit : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new HttpError(400, 'E030', `limit must be an integer from 1 to ${MAX_LIMIT}, got "${rawLimit}"`);
  }
  const token = query.get('next');
  return { limit, offset: token ? decodeNext(token) : 0 };
}

/** The opaque token for the page after this one, or null when `rows` holds no more than the page. */
export function nextToken(page: Page, fetched: number): string | null {
  return fetched > page.limit ? Buffer.from(JSON.stringify({ o: page.offset + page.limit })).toString('base64url') : null;
}

function decodeNext(token: string): number {
  try {
    const o = (JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown }).o;
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through to the error below
  }
  throw new HttpError(400, 'E030', `next must be a token from a previous response's "next", got "${token}"`);
}

/**
 * Runs a query for one page: asks for one row more than the page to know whether another page follows.
 * @example paged(page, (limit, offset) => listEvents(db, { limit, offset }))
 */
export function paged<T>(page: Page, fetch: (limit: number, offset: number) => T[]): { rows: T[]; next: string | null } {
  const rows = fetch(page.limit + 1, page.offset);
  return { rows: rows.slice(0, page.limit), next: nextToken(page, rows.length) };
}

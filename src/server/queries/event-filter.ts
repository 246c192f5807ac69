import { checkFilter, type EventFilter } from '../../store/event-queries.ts';
import { UsageError } from '../../errors.ts';

/**
 * Reads a dyad written `PHL-RUS` (either order, any case) into two ISO alpha-3 codes.
 * @example parseDyad('phl-rus') // ['PHL', 'RUS']
 */
export function parseDyad(pair: string): [string, string] {
  const m = /^([A-Za-z]{3})[-,]([A-Za-z]{3})$/.exec(pair);
  if (!m) throw new UsageError(`a dyad is two ISO alpha-3 codes joined by "-", like PHL-RUS; got "${pair}"`);
  return [m[1].toUpperCase(), m[2].toUpperCase()];
}

/**
 * Reads the event filters of a query string (`from`, `to`, `type`, `status`, and `dyad` when allowed).
 * @example readEventFilter(new URLSearchParams('from=2017&status=planned'))
 */
export function readEventFilter(query: URLSearchParams, allowDyad = true): EventFilter {
  const get = (k: string) => query.get(k)?.trim() || undefined;
  const f: EventFilter = { from: get('from'), to: get('to'), type: get('type')?.toUpperCase(), status: get('status') };
  const dyad = get('dyad');
  if (dyad && allowDyad) f.dyad = parseDyad(dyad);
  if (f.type && !/^[A-Z_]{2,20}$/.test(f.type)) throw new UsageError(`type must be a PLOVER event type like CONSULT, got "${f.type}"`);
  checkFilter(f);
  return f;
}

/** The filter as query-string pairs, for links that keep it. */
export function filterQuery(f: EventFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['from', 'to', 'type', 'status'] as const) if (f[k]) out[k] = String(f[k]);
  return out;
}

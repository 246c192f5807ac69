import { listEvents } from '../../store/event-queries.ts';
import { UsageError } from '../../errors.ts';
import { buildCurve } from '../queries/curve.ts';
import { getDyad, listDyads } from '../queries/dyads.ts';
import { parseDyad, readEventFilter } from '../queries/event-filter.ts';
import { paged, readPage } from '../paging.ts';
import { definePage } from '../route.ts';
import { dyadBody, dyadsBody, eventsBody } from '../views/dyad-views.ts';

const FILTERS = [
  { name: 'from', description: 'earliest event date, YYYY[-MM[-DD]]' },
  { name: 'to', description: 'latest event date, YYYY[-MM[-DD]]' },
  { name: 'type', description: 'PLOVER event type, e.g. CONSULT' },
  { name: 'status', description: 'occurred, planned, negated or hypothetical' },
];
export const PAGING = [
  { name: 'limit', description: 'rows per page, 1 to 1000' },
  { name: 'next', description: 'the opaque token from the previous page' },
];

/** `/dyads`: country pairs with event counts. */
export const dyadsPage = definePage({
  path: '/dyads',
  summary: 'Dyads (pairs of countries) with their event counts by status, most events first',
  query: PAGING,
  load: ({ db, query }) => paged(readPage(query), (limit, offset) => listDyads(db, limit, offset)),
  render: (d, { url }) => ({ title: 'Dyads', body: dyadsBody(d.rows, url, d.next) }),
});

/** `/dyads/:pair`: one dyad's timeline and cooperation–conflict curve. */
export const dyadPage = definePage({
  path: '/dyads/:pair',
  summary: "A dyad's events in date order (either direction) with its cooperation–conflict curve; pair is like PHL-RUS",
  query: [...FILTERS, { name: 'bucket', description: 'curve periods: month or year (default: chosen from the dates)' }, ...PAGING],
  load: ({ db, params, query }) => {
    const pair = parseDyad(params.pair);
    const dyad = getDyad(db, pair);
    const filter = { ...readEventFilter(query, false), dyad: pair };
    const bucket = query.get('bucket') || undefined;
    if (bucket && bucket !== 'month' && bucket !== 'year') throw new UsageError(`bucket must be month or year, got "${bucket}"`);
    const { rows, next } = paged(readPage(query, 500), (limit, offset) => listEvents(db, { ...filter, limit, offset }));
    return { dyad, rows, next, curve: buildCurve(listEvents(db, filter), bucket as 'month' | 'year' | undefined) };
  },
  render: (d, { url }) => ({ title: `${d.dyad.a_name ?? d.dyad.a} – ${d.dyad.b_name ?? d.dyad.b}`, body: dyadBody(d.dyad, d.rows, d.curve, url, d.next) }),
});

/** `/events`: consolidated events, filterable. */
export const eventsPage = definePage({
  path: '/events',
  summary: 'Consolidated events, oldest first, filtered by dyad, date range, type and status',
  query: [{ name: 'dyad', description: 'two ISO alpha-3 codes, e.g. PHL-RUS' }, ...FILTERS, ...PAGING],
  load: ({ db, query }) => {
    const filter = readEventFilter(query);
    return paged(readPage(query), (limit, offset) => listEvents(db, { ...filter, limit, offset }));
  },
  render: (d, { url }) => ({ title: 'Events', body: eventsBody(d.rows, url, d.next) }),
});

import type { EventRow } from '../../store/event-queries.ts';
import type { Curve } from '../queries/curve.ts';
import type { DyadRow } from '../queries/dyads.ts';
import { eventsTable } from './events-table.ts';
import { h, type Safe } from './h.ts';
import { dateText, href, jsonTwin, nextLink } from './layout.ts';

/** The dyads list page. */
export function dyadsBody(rows: readonly DyadRow[], url: URL, next: string | null): Safe {
  return h`<h1>Dyads</h1><p class="lede">Pairs of countries with events between them, in either direction.</p>
${rows.length ? h`<table class="dyads"><thead><tr><th>Dyad</th><th>Events</th><th>Occurred</th><th>Planned</th><th>Negated</th><th>Sources</th><th>First</th><th>Last</th></tr></thead><tbody>
${rows.map(
  (d) => h`<tr><td><a href="/dyads/${d.id}">${d.a_name ?? d.a} – ${d.b_name ?? d.b}</a> <span class="codes">${d.id}</span></td><td class="num">${d.n_events}</td>
<td class="num">${d.occurred}</td><td class="num">${d.planned}</td><td class="num">${d.negated}</td><td class="num">${d.n_sources}</td><td>${dateText(d.first_date)}</td><td>${dateText(d.last_date)}</td></tr>`,
)}</tbody></table>` : h`<p class="empty">No events yet: run <code>dyad ingest</code>.</p>`}
${nextLink(url, next)}`;
}

const STATUSES = ['', 'occurred', 'planned', 'negated', 'hypothetical'];

function filterForm(url: URL, keep: readonly string[] = []): Safe {
  const q = url.searchParams;
  return h`<form class="filters" method="get" action="${url.pathname}">${keep.map((k) => (q.get(k) ? h`<input type="hidden" name="${k}" value="${q.get(k)}">` : ''))}
<label>From <input name="from" value="${q.get('from') ?? ''}" placeholder="YYYY[-MM[-DD]]" size="10"></label>
<label>To <input name="to" value="${q.get('to') ?? ''}" placeholder="YYYY[-MM[-DD]]" size="10"></label>
<label>Type <input name="type" value="${q.get('type') ?? ''}" placeholder="CONSULT" size="10"></label>
<label>Status <select name="status">${STATUSES.map((s) => h`<option value="${s}"${q.get('status') === s ? h` selected` : ''}>${s || 'any'}</option>`)}</select></label>
<button>Filter</button> <a href="${url.pathname}">clear</a></form>`;
}

/**
 * The dyad page: filters, the timeline and the cooperation–conflict curve (drawn by /static/app.js from
 * this page's JSON twin), and the events as a table that works without script.
 */
export function dyadBody(d: DyadRow, rows: readonly EventRow[], curve: Curve, url: URL, next: string | null): Safe {
  return h`<h1>${d.a_name ?? d.a} – ${d.b_name ?? d.b}</h1>
<p class="lede">${d.n_events} events (${d.occurred} occurred, ${d.planned} planned, ${d.negated} negated) from ${dateText(d.first_date)} to ${dateText(d.last_date)}.
<a href="${href('/events', { dyad: d.id })}">All events</a>.</p>
${filterForm(url)}
<section><h2>Timeline</h2>
<figure id="timeline" class="chart" data-src="${jsonTwin(url)}" aria-label="Timeline of events"><p class="loading">Drawing the timeline…</p></figure>
<p class="legend"><span class="lg lg-occurred">●</span> occurred <span class="lg lg-planned">○</span> planned <span class="lg lg-negated">✕</span> negated
<span class="lg lg-hypothetical">◇</span> hypothetical · ×N: consolidated from N sources · a bar under a mark: the date is only known to the month or year.</p></section>
<section><h2>Cooperation and conflict</h2>
<figure id="curve" class="chart" aria-label="Cooperation–conflict curve by ${curve.bucket}"></figure>
<p class="method"><strong>Method.</strong> ${curve.method}${curve.excluded ? ` ${curve.excluded} occurred event(s) left out here.` : ''}</p></section>
<section><h2>Events</h2>${eventsTable(rows)}${nextLink(url, next)}</section>`;
}

/** The events list page. */
export function eventsBody(rows: readonly EventRow[], url: URL, next: string | null): Safe {
  return h`<h1>Events</h1><p class="lede">Consolidated events, oldest first. Filter with <code>dyad=PHL-RUS</code> and the fields below.</p>
${filterForm(url, ['dyad'])}${eventsTable(rows)}${nextLink(url, next)}`;
}

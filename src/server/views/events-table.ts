import type { EventRow } from '../../store/event-queries.ts';
import { h, type Safe } from './h.ts';
import { dateText, statusBadge } from './layout.ts';

/** A table of consolidated events, each linking to its event page. */
export function eventsTable(rows: readonly EventRow[]): Safe {
  if (!rows.length) return h`<p class="empty">No events.</p>`;
  return h`<table class="events"><thead><tr><th>Date</th><th>Type</th><th>Source → target</th><th>Status</th><th>Sources</th></tr></thead><tbody>
${rows.map(
  (e) => h`<tr data-event-id="${e.id}"><td>${dateText(e.date, e.date_precision)}</td><td><a href="/events/${e.id}">${e.type}</a> <span class="cameo">${e.cameo}</span></td>
<td>${e.source_name ?? e.source_code ?? '?'} → ${e.target_name ?? e.target_code ?? '?'}</td><td>${statusBadge(e.status)}${e.overdue ? h` <span class="overdue">overdue</span>` : ''}</td><td class="num">${e.n_sources}</td></tr>`,
)}</tbody></table>`;
}

import type { AgreementHistoryRow, AgreementRow } from '../queries/agreements.ts';
import { h, type Safe } from './h.ts';
import { dateText, nextLink, statusBadge } from './layout.ts';

/** The agreements list page. */
export function agreementsBody(rows: readonly AgreementRow[], url: URL, next: string | null): Safe {
  return h`<h1>Agreements</h1>${rows.length ? h`<table><thead><tr><th>Agreement</th><th>Parties</th><th>Latest status</th><th>Reports</th></tr></thead><tbody>
${rows.map((g) => h`<tr><td><a href="/agreements/${g.id}">${g.name}</a></td><td>${g.parties.join(', ')}</td><td>${statusBadge(g.status)}</td><td class="num">${g.n_history}</td></tr>`)}</tbody></table>` : h`<p class="empty">No agreements recorded.</p>`}
${nextLink(url, next)}`;
}

/** One agreement with its history: each status change with the article words that reported it. */
export function agreementBody(g: AgreementRow & { history: AgreementHistoryRow[] }): Safe {
  return h`<h1>${g.name}</h1><dl class="facts"><dt>Parties</dt><dd>${g.parties.join(', ') || 'unknown'}</dd><dt>Latest status</dt><dd>${statusBadge(g.status)}</dd></dl>
<section><h2>History</h2><ol class="history">${g.history.map(
    (r) => h`<li><span class="date">${r.as_of ?? '?'}</span> ${statusBadge(r.status)} ${r.date ? `(dated ${dateText(r.date)})` : ''} — <a href="/articles/${r.article_id}">${r.article_name}</a>
${r.quote ? h`<blockquote class="context"><mark class="evidence">${r.quote}</mark></blockquote>` : ''}</li>`,
  )}</ol></section>`;
}

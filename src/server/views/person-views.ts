import type { PersonRow, RolePeriod, RoleRow } from '../queries/persons.ts';
import { h, type Safe } from './h.ts';
import { dateText, nextLink } from './layout.ts';

/** The people list page. */
export function personsBody(rows: readonly PersonRow[], url: URL, next: string | null): Safe {
  return h`<h1>People</h1>${rows.length ? h`<table><thead><tr><th>Name</th><th>Country</th><th>Also known as</th><th>Roles</th></tr></thead><tbody>
${rows.map((p) => h`<tr><td><a href="/persons/${p.id}">${p.name}</a></td><td>${p.country ?? ''}</td><td>${p.aliases.filter((a) => a !== p.name).join('; ')}</td><td class="num">${p.n_roles}</td></tr>`)}</tbody></table>` : h`<p class="empty">No people recorded.</p>`}
${nextLink(url, next)}`;
}

const YEAR = (d: string) => Number(d.slice(0, 4)) + (d.length >= 7 ? (Number(d.slice(5, 7)) - 1) / 12 : 0);

/** Roles over time as an SVG: one row per role period, a bar from its first to its last dated assertion. */
function periodsChart(periods: readonly RolePeriod[]): Safe {
  const dated = periods.filter((p) => p.first);
  if (!dated.length) return h``;
  const lo = Math.floor(Math.min(...dated.map((p) => YEAR(p.first!))));
  const hi = Math.floor(Math.max(...dated.map((p) => YEAR(p.last!)))) + 1;
  const [left, width, row] = [260, 460, 26];
  const x = (d: string) => left + ((YEAR(d) - lo) / (hi - lo)) * width;
  return h`<svg class="roles-chart" viewBox="0 0 ${left + width + 20} ${dated.length * row + 30}" role="img" aria-label="Roles over time">
${dated.map((p, i) => h`<text x="0" y="${i * row + 17}">${p.title}${p.organisation ? `, ${p.organisation}` : ''}</text>
<rect class="role-bar" x="${x(p.first!)}" y="${i * row + 5}" width="${Math.max(6, x(p.last!) - x(p.first!) + 6)}" height="16" rx="3"><title>${p.first} – ${p.last} (${p.n} assertions)</title></rect>`)}
<text x="${left}" y="${dated.length * row + 22}">${lo}</text><text x="${left + width}" y="${dated.length * row + 22}" text-anchor="end">${hi}</text></svg>`;
}

/** One person: aliases, roles over time (chart and table), each role with its source. */
export function personBody(p: PersonRow & { roles: RoleRow[]; periods: RolePeriod[] }): Safe {
  return h`<h1>${p.name}</h1><dl class="facts"><dt>Country</dt><dd>${p.country ?? 'unknown'}</dd><dt>Also known as</dt><dd>${p.aliases.join('; ')}</dd></dl>
<section><h2>Roles over time</h2>${periodsChart(p.periods)}
<table><thead><tr><th>Date</th><th>Title</th><th>Organisation</th><th>Country</th><th>Source</th></tr></thead><tbody>
${p.roles.map((r) => h`<tr><td>${dateText(r.date, r.date_precision)}</td><td>${r.title}</td><td>${r.organisation ?? ''}</td><td>${r.country ?? ''}</td>
<td>${r.article_id ? h`<a href="/articles/${r.article_id}">${r.quote ?? 'article'}</a>` : r.source}</td></tr>`)}</tbody></table></section>`;
}

import type { EventDetail, MentionDetail } from '../queries/event-detail.ts';
import { h, type Safe } from './h.ts';
import { dateText, href, statusBadge } from './layout.ts';

/**
 * The context of a mention with its evidence sentence marked at its offsets and the trigger in bold. All
 * text is escaped by `h`; offsets are the article's.
 */
export function evidence(m: MentionDetail): Safe {
  const { start: cs, text } = m.context;
  const at = (i: number) => Math.max(0, Math.min(text.length, i - cs));
  const [s0, s1] = [at(m.sentence_start), at(m.sentence_end)];
  const [t0, t1] = [Math.max(s0, at(m.start)), Math.min(s1, at(m.end))];
  const sentence = t0 < t1 ? h`${text.slice(s0, t0)}<strong class="trigger">${text.slice(t0, t1)}</strong>${text.slice(t1, s1)}` : h`${text.slice(s0, s1)}`;
  return h`<blockquote class="context">${text.slice(0, s0)}<mark class="evidence" data-mention-id="${m.id}" data-start="${m.sentence_start}" data-end="${m.sentence_end}">${sentence}</mark>${text.slice(s1)}</blockquote>`;
}

function mentionBlock(m: MentionDetail): Safe {
  return h`<li class="mention" id="m-${m.id}"><p class="source"><a href="${`/articles/${m.article_id}#s${m.sentence_start}`}">${m.article_title ?? m.article_name}</a>
(${m.published ?? 'undated'}) · ${statusBadge(m.status)}${m.cue_text ? h` cue “${m.cue_text}”` : ''} · date ${dateText(m.date, m.date_precision)} from ${m.date_basis} ·
characters ${m.sentence_start}–${m.sentence_end} · <code>${m.rule}</code></p>${evidence(m)}</li>`;
}

/** The event page: what happened, between whom and when, and every sentence that says so. */
export function eventBody(e: EventDetail): Safe {
  const dyad = e.source_code && e.target_code ? [e.source_code, e.target_code].sort().join('-') : null;
  const articles = new Set(e.mentions.map((m) => m.article_id)).size;
  return h`<h1>${e.type} <span class="cameo">${e.cameo}</span>: ${e.source_name ?? e.source_code ?? '?'} → ${e.target_name ?? e.target_code ?? '?'}</h1>
<dl class="facts"><dt>Date</dt><dd>${dateText(e.date, e.date_precision)}</dd><dt>Status</dt><dd>${statusBadge(e.status)}${e.overdue ? h` <span class="overdue">overdue</span>` : ''}</dd>
${e.place ? h`<dt>Place</dt><dd>${e.place}</dd>` : ''}<dt>Sources</dt><dd><span class="n-sources">${e.n_sources}</span> source article(s)${e.mentions.length !== articles ? `; ${e.mentions.length} mentions in ${articles} article(s)` : ''}</dd>
${dyad ? h`<dt>Dyad</dt><dd><a href="${href(`/dyads/${dyad}`)}">${dyad}</a></dd>` : ''}<dt>Id</dt><dd><code>${e.id}</code></dd></dl>
<section><h2>Evidence</h2><ol class="mentions">${e.mentions.map(mentionBlock)}</ol></section>
${e.history.length ? h`<section><h2>Status history</h2><table><thead><tr><th>As of</th><th>Status</th><th>Date</th><th>Article</th></tr></thead><tbody>
${e.history.map((s) => h`<tr><td>${s.as_of ?? '?'}</td><td>${statusBadge(s.status)}</td><td>${dateText(s.date)}</td><td><a href="/articles/${s.article_id}">${s.article_id}</a></td></tr>`)}</tbody></table></section>` : ''}`;
}

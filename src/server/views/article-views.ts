import type { ArticleDetail, ArticleMention, ArticleRow } from '../queries/articles.ts';
import type { SearchRow } from '../queries/search.ts';
import { h, type Safe } from './h.ts';
import { nextLink } from './layout.ts';

/** The articles list page. */
export function articlesBody(rows: readonly ArticleRow[], url: URL, next: string | null): Safe {
  return h`<h1>Articles</h1>${rows.length ? h`<table><thead><tr><th>Article</th><th>Published</th><th>Event mentions</th></tr></thead><tbody>
${rows.map((a) => h`<tr><td><a href="/articles/${a.id}">${a.title ?? a.name}</a></td><td>${a.published ?? 'undated'}</td><td class="num">${a.n_mentions}</td></tr>`)}</tbody></table>` : h`<p class="empty">No articles.</p>`}
${nextLink(url, next)}`;
}

/**
 * The article text with every evidence sentence marked (linking to its events). The text is escaped piece
 * by piece; sentences are marked once even when several mentions share them.
 */
function markedText(text: string, mentions: readonly ArticleMention[]): Safe {
  const bySentence = new Map<string, ArticleMention[]>();
  for (const m of mentions) {
    const key = `${m.sentence_start}:${m.sentence_end}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), m]);
  }
  const parts: Safe[] = [];
  let at = 0;
  for (const group of [...bySentence.values()].sort((a, b) => a[0].sentence_start - b[0].sentence_start)) {
    const { sentence_start: s, sentence_end: e } = group[0];
    if (s < at) continue;
    const links = group.filter((m) => m.event_id).map((m) => h`<a class="ev-link" href="/events/${m.event_id}" title="${m.type} (${m.status})">${m.type}</a>`);
    parts.push(h`${text.slice(at, s)}<mark class="evidence" id="s${s}">${text.slice(s, e)}</mark><sup>${links}</sup>`);
    at = e;
  }
  parts.push(h`${text.slice(at)}`);
  return h`${parts}`;
}

/** One article: metadata, then the text with evidence sentences marked. */
export function articleBody(a: ArticleDetail): Safe {
  return h`<h1>${a.title ?? a.name}</h1><dl class="facts"><dt>File</dt><dd>${a.name}</dd><dt>Published</dt><dd>${a.published ?? 'undated'}</dd>
${a.url && /^https?:\/\//i.test(a.url) ? h`<dt>URL</dt><dd><a href="${a.url}" rel="noopener noreferrer nofollow">${a.url}</a></dd>` : ''}${a.source ? h`<dt>Source</dt><dd>${a.source}</dd>` : ''}
<dt>Event mentions</dt><dd>${a.n_mentions}</dd></dl>
<article class="article-text">${markedText(a.text, a.mentions)}</article>`;
}

/** The search page: the form's results with matched words marked. */
export function searchBody(q: string, rows: readonly SearchRow[], url: URL, next: string | null): Safe {
  return h`<h1>Search</h1>${q ? h`<p class="lede">${rows.length ? `${rows.length}${next ? '+' : ''}` : 'No'} article(s) contain every word of “${q}”.</p>` : h`<p class="lede">Type words to find articles that contain all of them.</p>`}
<ol class="results">${rows.map(
    (r) => h`<li><a href="/articles/${r.id}">${r.title ?? r.name}</a> <span class="date">${r.published ?? 'undated'}</span>
<p class="snippet">${r.snippet.map((p) => (p.match ? h`<mark>${p.text}</mark>` : h`${p.text}`))}</p></li>`,
  )}</ol>${nextLink(url, next)}`;
}

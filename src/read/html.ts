import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../errors.ts';
import { parseIsoDate } from '../model/calendar-date.ts';
import { articleId, normalizeText, type RawArticle } from './raw-article.ts';

const DATE_META = ['article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued', 'publish-date'];

function metaDate(document: Document): string | null {
  for (const key of DATE_META) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content')?.slice(0, 10);
    if (v && parseIsoDate(v)) return v;
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime')?.slice(0, 10);
  return time && parseIsoDate(time) ? time : null;
}

/**
 * Reads an HTML page: main text by Mozilla Readability (over linkedom), title, and publication date from
 * the usual meta tags. Scripts and styles never reach the text. A page with no readable text is rejected.
 * @example readHtml('<html><body><article><p>Duterte met Putin.</p></article></body></html>', 'a.html')
 */
export function readHtml(content: string, input: string): RawArticle {
  const { document } = parseHTML(content);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  const published = metaDate(document as unknown as Document);
  const title = document.querySelector('title')?.textContent?.trim() || undefined;
  let text = '';
  try {
    const parsed = new Readability(document as unknown as Document, { charThreshold: 0 }).parse();
    text = parsed?.textContent ?? '';
  } catch {
    text = '';
  }
  if (!text.trim()) text = document.body?.textContent ?? '';
  text = normalizeText(text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/^\s+/, ''));
  if (!text) throw new InputError('E003', input, 'HTML page with no readable text');
  return { id: articleId(text), name: path.basename(input), text, title, published: published ? parseIsoDate(published) : null };
}

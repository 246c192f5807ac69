import { createRequire } from 'node:module';
import path from 'node:path';
import { InputError } from '../errors.ts';
import { parseIsoDate } from '../model/calendar-date.ts';
import { articleId, normalizeText, type RawArticle } from './raw-article.ts';

/**
 * linkedom and Readability, loaded on the first HTML page: together they take most of a second to load,
 * which every command that reads no HTML (and every analysis worker) would otherwise pay.
 */
let htmlLibraries: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | null = null;
function libraries(): NonNullable<typeof htmlLibraries> {
  if (!htmlLibraries) {
    const require = createRequire(import.meta.url);
    htmlLibraries = { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  }
  return htmlLibraries;
}

const DATE_META = ['article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued', 'publish-date'];

/**
 * Past these, Readability is skipped (its scoring walks ancestors and recurses, so it takes seconds on a
 * deeply nested or huge page): the body's own text is used instead.
 */
const MAX_READABILITY_DEPTH = 200;
const MAX_READABILITY_ELEMENTS = 20000;

function metaDate(document: Document): string | null {
  for (const key of DATE_META) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content')?.slice(0, 10);
    if (v && parseIsoDate(v)) return v;
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime')?.slice(0, 10);
  return time && parseIsoDate(time) ? time : null;
}

/** Element count and deepest nesting under `root`, walked without recursion. */
function treeShape(root: Element | null): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = root ? [[root, 1]] : [];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { elements, depth };
}

/** Readability's main text, or '' when it finds none, fails, or the page is too deep or big for it. */
function readableText(document: Document): string {
  const shape = treeShape(document.documentElement);
  if (shape.depth > MAX_READABILITY_DEPTH || shape.elements > MAX_READABILITY_ELEMENTS) return '';
  try {
    return new (libraries().Readability)(document, { charThreshold: 0 }).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

/**
 * Reads an HTML page: main text by Mozilla Readability (over linkedom), title, and publication date from
 * the usual meta tags. Scripts and styles never reach the text. A page too deeply nested or too big for
 * Readability, or where it finds nothing, gives its body text. A page with no readable text is rejected.
 * @example readHtml('<html><body><article><p>Duterte met Putin.</p></article></body></html>', 'a.html')
 */
export function readHtml(content: string, input: string): RawArticle {
  const { document } = libraries().parseHTML(content);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  const published = metaDate(document as unknown as Document);
  const title = document.querySelector('title')?.textContent?.trim() || undefined;
  // Readability rewrites the DOM it reads, so the fallback text is taken first.
  const bodyText = document.body?.textContent ?? '';
  let text = readableText(document as unknown as Document);
  if (!text.trim()) text = bodyText;
  text = normalizeText(text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/^\s+/, ''));
  if (!text) throw new InputError('E003', input, 'HTML page with no readable text');
  return { id: articleId(text), name: path.basename(input), text, title, published: published ? parseIsoDate(published) : null };
}

import path from 'node:path';
import { splitDateLine } from './date-line.ts';
import { articleId, normalizeText, type RawArticle } from './raw-article.ts';
import { InputError } from '../errors.ts';

/**
 * Reads a plain-text article: an optional ` date YYYY-MM-DD` prefix gives the publication date (none means
 * unknown, never today); the rest is the text.
 * @example readPlainText(' date 2017-02-17 Duterte met Patrushev.', 'a.txt')
 */
export function readPlainText(content: string, input: string): RawArticle {
  const { published, body } = splitDateLine(content.replace(/^\uFEFF/, ''), input);
  const text = normalizeText(body).replace(/^\s+/, '');
  if (!text) throw new InputError('E003', input, 'no text after the date line');
  return { id: articleId(text), name: path.basename(input), text, published };
}

import crypto from 'node:crypto';
import type { ArticleDoc } from '../model/doc.ts';

/** An article as read from its source, before analysis: the doc's own fields, without annotations. */
export type RawArticle = Pick<ArticleDoc, 'id' | 'name' | 'text' | 'title' | 'url' | 'source' | 'published'>;

/**
 * One input's outcome: the article, or why it was refused. `input` says where it was read (the file's path,
 * or `path:LINE` in a JSONL file), so a later failure can name the input as the reader did.
 */
export type ReadResult = { ok: true; article: RawArticle; input?: string } | { ok: false; input: string; code: string; reason: string };

/**
 * Normalises text for storage and hashing: BOM removed, CRLF/CR → LF, Unicode NFC, trailing space trimmed.
 * @example normalizeText('\uFEFFa\r\nb  ') // 'a\nb'
 */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC').replace(/[ \t\n]+$/, '');
}

/**
 * The article id: the first 16 hex digits of SHA-256 over the text with all whitespace runs collapsed, so
 * re-reading (or re-wrapping) the same article gives the same id.
 * @example articleId('Manila and  Moscow') === articleId('Manila and\nMoscow') // true
 */
export function articleId(text: string): string {
  // Only runs that are not already one plain space are rewritten: same result as /\s+/ → ' ', but a
  // 50 MB article hashes in a fraction of a second instead of seconds.
  const canonical = text.normalize('NFC').replace(/\s{2,}|[^\S ]/g, ' ').trim();
  return crypto.createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/**
 * The reason given for an article over the text limit.
 * @example tooLong(600000, 500000)
 */
export function tooLong(chars: number, max: number): string {
  return `article text is ${chars} characters, over the ${max}-character limit (analysis time grows faster than length; split the article)`;
}

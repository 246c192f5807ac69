import path from 'node:path';
import { z } from 'zod';
import { parseIsoDate } from '../model/calendar-date.ts';
import { articleId, normalizeText, tooLong, type ReadResult } from './raw-article.ts';

const recordSchema = z.object({
  text: z.string(),
  published: z.string().nullish(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  source: z.string().nullish(),
  id: z.union([z.string(), z.number()]).nullish(),
});

/** A published value: ISO date/month/year, or a full timestamp whose day is kept. */
function parsePublished(value: string) {
  return parseIsoDate(value) ?? (/^\d{4}-\d{2}-\d{2}T/.test(value) ? parseIsoDate(value.slice(0, 10)) : null);
}

/**
 * Reads JSONL: one `{text, published?, title?, url?, source?}` object a line. Each line is its own result:
 * an article named `file.jsonl:LINE`, or a failure naming the input path and line (`dir/file.jsonl:LINE`);
 * a broken line (or one whose text is over `maxTextChars`) fails alone and the rest still go in.
 * @example [...readJsonl('{"text":"Duterte met Putin."}\n', 'a.jsonl')]
 */
export function* readJsonl(content: string, input: string, maxTextChars = Infinity): Generator<ReadResult> {
  const base = path.basename(input);
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const result = jsonlRecord(lines[i], i + 1, input, base, maxTextChars);
    if (result) yield result;
  }
}

/**
 * One JSONL line as a result (null for a blank line): the article it holds, named `base:LINE`, or why it
 * was refused, naming `input:LINE`.
 * @example jsonlRecord('{"text":"Duterte met Putin."}', 1, 'feeds/a.jsonl', 'a.jsonl', 500000)
 */
export function jsonlRecord(rawLine: string, lineNo: number, input: string, base: string, maxTextChars: number): ReadResult | null {
  const line = rawLine.trim();
  if (!line) return null;
  const name = `${base}:${lineNo}`;
  const where = `${input}:${lineNo}`;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { ok: false, input: where, code: 'E006', reason: `not valid JSON (${(err as Error).message})` };
  }
  const rec = recordSchema.safeParse(raw);
  if (!rec.success) {
    return { ok: false, input: where, code: 'E006', reason: `expected {text, published?, title?, url?, source?}: ${rec.error.issues[0].path.join('.')} ${rec.error.issues[0].message}` };
  }
  const text = normalizeText(rec.data.text);
  if (text.includes('\u0000')) return { ok: false, input: where, code: 'E002', reason: 'text holds NUL characters (binary content)' };
  if (!text.trim()) return { ok: false, input: where, code: 'E003', reason: 'empty text' };
  if (text.length > maxTextChars) return { ok: false, input: where, code: 'E007', reason: tooLong(text.length, maxTextChars) };
  const published = rec.data.published ? parsePublished(rec.data.published) : null;
  if (rec.data.published && !published) {
    return { ok: false, input: where, code: 'E005', reason: `bad published date "${rec.data.published}": expected YYYY-MM-DD` };
  }
  return {
    ok: true,
    input: where,
    article: {
      id: articleId(text),
      name,
      text,
      published,
      title: rec.data.title ?? undefined,
      url: rec.data.url ?? undefined,
      source: rec.data.source ?? undefined,
    },
  };
}

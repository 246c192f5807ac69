import crypto from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import { ingest } from '../../ingest/ingest.ts';
import { parseIsoDate } from '../../model/calendar-date.ts';
import { articleId, normalizeText, type RawArticle } from '../../read/raw-article.ts';
import { readPlainText } from '../../read/plain-text.ts';
import { decodeText } from '../../read/decode.ts';
import { DEFAULT_MAX_TEXT_CHARS } from '../../read/read-inputs.ts';
import { InputError } from '../../errors.ts';
import { HttpError } from '../http-error.ts';
import type { ApiRoute, ServerDeps } from '../route.ts';

/** The largest article body accepted, in bytes. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const ArticleBody = z
  .object({
    text: z.string().min(1),
    title: z.string().max(1000).optional(),
    url: z.string().max(2000).optional(),
    source: z.string().max(200).optional(),
    name: z.string().max(200).optional(),
    published: z.string().optional(),
  })
  .strict();

function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

function authorise(c: Context, deps: ServerDeps): void {
  if (!deps.token) throw new HttpError(403, 'E050', 'this server is read-only; start it with "dyad serve --token T" to enable writes', 'auth');
  const m = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
  if (!m || !sameSecret(m[1], deps.token)) throw new HttpError(401, 'E050', 'missing or wrong token: send "Authorization: Bearer T" with the token the server was started with', 'auth');
}

function checkLength(article: RawArticle): RawArticle {
  if (article.text.length > DEFAULT_MAX_TEXT_CHARS) {
    throw new HttpError(413, 'E007', `article is ${article.text.length} characters; the limit is ${DEFAULT_MAX_TEXT_CHARS}`, 'input');
  }
  return article;
}

async function readArticle(c: Context): Promise<RawArticle> {
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) throw new HttpError(413, 'E007', `body is ${length} bytes; the limit is ${MAX_BODY_BYTES}`, 'input');
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw new HttpError(413, 'E007', `body is over the limit of ${MAX_BODY_BYTES} bytes`, 'input');
  let raw: string;
  try {
    // the same checks as files: binary content, NUL bytes and invalid UTF-8 are refused
    raw = decodeText(bytes, 'request body');
  } catch (err) {
    if (err instanceof InputError) throw new HttpError(400, err.code, err.message.replace(/^E\d+: /, ''), 'input');
    throw err;
  }
  if (!(c.req.header('content-type') ?? '').includes('application/json')) return checkLength(readPlainText(raw, 'api.txt'));
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new HttpError(400, 'E006', `body is not valid JSON: ${(err as Error).message}`, 'input');
  }
  const parsed = ArticleBody.safeParse(json);
  if (!parsed.success) throw new HttpError(400, 'E006', `body must be {text, title?, url?, source?, name?, published?}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`, 'input');
  const b = parsed.data;
  const text = normalizeText(b.text).replace(/^\s+/, '');
  if (!text) throw new HttpError(400, 'E003', 'text is empty', 'input');
  const published = b.published ? parseIsoDate(b.published) : null;
  if (b.published && !published) throw new HttpError(400, 'E005', `published must be YYYY, YYYY-MM or YYYY-MM-DD, got "${b.published}"`, 'input');
  if (text.includes('\u0000')) throw new HttpError(400, 'E002', 'text holds NUL characters (binary content)', 'input');
  const id = articleId(text);
  return checkLength({ id, name: b.name ?? `api-${id}.txt`, text, title: b.title, url: b.url, source: b.source, published });
}

/** `POST /api/articles`: analyse and store one article (needs the server's token). */
export const ingestRoute: ApiRoute = {
  method: 'POST',
  path: '/api/articles',
  summary: 'Ingest one article (needs "Authorization: Bearer T"; the server must run with --token T). 201 when stored, 200 when already there',
  responds: 'application/json',
  body: 'application/json {text, title?, url?, source?, name?, published?: YYYY[-MM[-DD]]} or text/plain (optional " date YYYY-MM-DD" first line)',
  async handler(c, deps) {
    authorise(c, deps);
    if (!deps.analyzer) throw new HttpError(500, 'E010', 'this server has no analyzer configured', 'internal');
    const article = await readArticle(c);
    const summary = ingest(deps.db, deps.analyzer(), [{ ok: true, article }]);
    if (summary.failed) throw new HttpError(422, 'E010', summary.failures.map((f) => f.reason).join('; '), 'input');
    const { n } = deps.db.prepare('SELECT count(*) AS n FROM event_mentions WHERE article_id = ?').get(article.id) as { n: number };
    const row = { id: article.id, stored: summary.stored === 1, url: `/articles/${article.id}`, mentions: n };
    return c.json({ ok: true, rows: [row], next: null }, summary.stored ? 201 : 200);
  },
};

import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.ts';
import { decodeText } from './decode.ts';
import { readHtml } from './html.ts';
import { readJsonl } from './jsonl.ts';
import { startsUtf16, streamJsonl } from './jsonl-stream.ts';
import { readPlainText } from './plain-text.ts';
import { tooLong, type ReadResult } from './raw-article.ts';

/** Options for reading inputs. */
export interface ReadOptions {
  /**
   * Largest file accepted, in bytes (a bigger one is rejected, never loaded). Default 20 MiB. A UTF-8
   * JSONL file is streamed instead, whatever its size, and the limit applies to each of its lines.
   */
  maxBytes?: number;
  /**
   * Longest article text accepted, in characters (one JSONL record, or one text/HTML file). Default
   * 500,000: analysis time grows faster than the length (a 400 KB article takes ~12 s of CPU, 1.6 MB
   * over ten minutes), so a longer one would stall the batch; real news articles are far shorter.
   */
  maxTextChars?: number;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** The default for {@link ReadOptions.maxTextChars}. */
export const DEFAULT_MAX_TEXT_CHARS = 500_000;
const JSONL = /\.(jsonl|ndjson)$/i;
const HTML = /\.(html?|xhtml)$/i;

/**
 * Lists the files under the given paths (folders recursively, in name order; hidden files, links and
 * special files inside folders skipped). A path that does not exist, or a folder that cannot be listed,
 * is reported as a failed input with its reason.
 */
export function* listInputs(paths: readonly string[]): Generator<{ file: string } | { missing: string; reason?: string }> {
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      yield { missing: p };
      continue;
    }
    if (stat.isDirectory()) yield* walk(p);
    else yield { file: p };
  }
}

function* walk(dir: string): Generator<{ file: string } | { missing: string; reason: string }> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield { missing: dir, reason: `folder cannot be listed (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield { file: p };
  }
}

/**
 * Reads one file into results: plain text, JSONL (one result a line) or HTML by extension. Failures are
 * results too, naming the file and reason, so one bad file never stops a batch: a file that is not a
 * regular file (a pipe, a device) or over the size limit is refused before any byte is read, and an
 * unexpected reader crash is reported as that file's failure.
 * @example [...readFile('../shared/corpus/seeds/001_523367868b399bf5.txt')]
 */
export function* readFile(file: string, options: ReadOptions = {}): Generator<ReadResult> {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new InputError('E001', file, 'not a regular file (a pipe, device or socket cannot be read as an article)');
    const size = stat.size;
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const maxChars = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
    if (JSONL.test(file) && !startsUtf16(file)) {
      yield* streamJsonl(file, { maxLineBytes: max, maxTextChars: maxChars });
      return;
    }
    if (size > max) throw new InputError('E007', file, `file is ${size} bytes, over the ${max}-byte limit (--max-bytes)`);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (err) {
      throw new InputError('E001', file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const content = decodeText(bytes, file);
    if (JSONL.test(file)) {
      yield* readJsonl(content, file, maxChars);
      return;
    }
    const article = HTML.test(file) ? readHtml(content, file) : readPlainText(content, file);
    if (article.text.length > maxChars) throw new InputError('E007', file, tooLong(article.text.length, maxChars));
    yield { ok: true, input: file, article };
  } catch (err) {
    if (err instanceof InputError) yield { ok: false, input: file, code: err.code, reason: String(err.details.reason) };
    else yield { ok: false, input: file, code: 'E001', reason: `could not be read (${(err as Error).message})` };
  }
}

/**
 * Reads every article under the given paths, in a stable order.
 * @example for (const r of readInputs(['examples'])) if (r.ok) console.log(r.article.id)
 */
export function* readInputs(paths: readonly string[], options: ReadOptions = {}): Generator<ReadResult> {
  for (const item of listInputs(paths)) {
    if ('missing' in item) yield { ok: false, input: item.missing, code: 'E001', reason: item.reason ?? 'no such file or folder' };
    else yield* readFile(item.file, options);
  }
}

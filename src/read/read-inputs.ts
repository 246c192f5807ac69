import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.ts';
import { decodeText } from './decode.ts';
import { readHtml } from './html.ts';
import { readJsonl } from './jsonl.ts';
import { readPlainText } from './plain-text.ts';
import type { ReadResult } from './raw-article.ts';

/** Options for reading inputs. */
export interface ReadOptions {
  /** Largest file accepted, in bytes (a bigger one is rejected, never loaded). Default 20 MiB. */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const JSONL = /\.(jsonl|ndjson)$/i;
const HTML = /\.(html?|xhtml)$/i;

/**
 * Lists the files under the given paths (folders recursively, in name order; hidden files skipped).
 * A path that does not exist is reported as a failed input.
 */
export function* listInputs(paths: readonly string[]): Generator<{ file: string } | { missing: string }> {
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

function* walk(dir: string): Generator<{ file: string }> {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield { file: p };
  }
}

/**
 * Reads one file into results: plain text, JSONL (one result a line) or HTML by extension. Failures are
 * results too, naming the file and reason, so one bad file never stops a batch.
 * @example [...readFile('../shared/corpus/seeds/001_523367868b399bf5.txt')]
 */
export function* readFile(file: string, options: ReadOptions = {}): Generator<ReadResult> {
  try {
    const size = fs.statSync(file).size;
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (size > max) throw new InputError('E007', file, `file is ${size} bytes, over the ${max}-byte limit (--max-bytes)`);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (err) {
      throw new InputError('E001', file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const content = decodeText(bytes, file);
    if (JSONL.test(file)) {
      yield* readJsonl(content, file);
      return;
    }
    yield { ok: true, article: HTML.test(file) ? readHtml(content, file) : readPlainText(content, file) };
  } catch (err) {
    if (err instanceof InputError) yield { ok: false, input: file, code: err.code, reason: String(err.details.reason) };
    else throw err;
  }
}

/**
 * Reads every article under the given paths, in a stable order.
 * @example for (const r of readInputs(['examples'])) if (r.ok) console.log(r.article.id)
 */
export function* readInputs(paths: readonly string[], options: ReadOptions = {}): Generator<ReadResult> {
  for (const item of listInputs(paths)) {
    if ('missing' in item) yield { ok: false, input: item.missing, code: 'E001', reason: 'no such file or folder' };
    else yield* readFile(item.file, options);
  }
}

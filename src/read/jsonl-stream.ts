import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.ts';
import { firstBadUtf8, looksBinary, SNIFF } from './decode.ts';
import { jsonlRecord } from './jsonl.ts';
import type { ReadResult } from './raw-article.ts';

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/** Limits of a streamed JSONL read. */
export interface JsonlStreamLimits {
  /** Longest line accepted, in bytes: a longer one is refused (E007) without ever being held whole. */
  maxLineBytes: number;
  /** Longest article text accepted, in characters. */
  maxTextChars: number;
  /** Bytes read at a time (default 1 MiB; small values let tests cut lines and characters across reads). */
  chunkBytes?: number;
}

/** Whether a file starts with a UTF-16 byte-order mark (such a file is decoded whole, not streamed). */
export function startsUtf16(file: string): boolean {
  const head = Buffer.alloc(2);
  const fd = fs.openSync(file, 'r');
  try {
    const n = fs.readSync(fd, head, 0, 2, 0);
    return n === 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a UTF-8 JSONL file a chunk at a time, so memory holds one chunk and one line whatever the file's
 * size. Each line is its own result, as readJsonl gives them; a line that is not valid UTF-8 (E004, naming
 * the file offset of the bad byte), holds a NUL (E002) or is over `maxLineBytes` (E007) fails alone. The
 * whole file fails when its first 8 KiB look binary (E002) or it holds no non-blank line (E003).
 * @example [...streamJsonl('feeds/wire.jsonl', { maxLineBytes: 20971520, maxTextChars: 500000 })]
 */
export function* streamJsonl(file: string, limits: JsonlStreamLimits): Generator<ReadResult> {
  const base = path.basename(file);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SNIFF);
    if (looksBinary(head.subarray(0, fs.readSync(fd, head, 0, SNIFF, 0)))) {
      throw new InputError('E002', file, 'binary content (not a text article); give a .txt, .jsonl or .html file');
    }
    const size = limits.chunkBytes ?? CHUNK;
    const chunk = Buffer.alloc(size);
    let parts: Buffer[] = [];
    let partBytes = 0;
    let lineStart = 0; // file offset of the current line
    let offset = 0; // file offset of chunk[0]
    let lineNo = 0;
    let nonBlank = false;
    /** Keeps a piece of the current line (a copy: the chunk is reused), or only its length once over the limit. */
    const take = (piece: Buffer): void => {
      if (piece.length && partBytes + piece.length <= limits.maxLineBytes) parts.push(Buffer.from(piece));
      partBytes += piece.length;
    };
    const finishLine = (): ReadResult | null => {
      lineNo++;
      const where = `${file}:${lineNo}`;
      if (partBytes > limits.maxLineBytes) return { ok: false, input: where, code: 'E007', reason: `line is ${partBytes} bytes, over the ${limits.maxLineBytes}-byte limit (--max-bytes)` };
      let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, partBytes);
      let at = lineStart; // file offset of bytes[0]
      if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        bytes = bytes.subarray(3);
        at += 3;
      }
      const nul = bytes.indexOf(0);
      if (nul >= 0) return { ok: false, input: where, code: 'E002', reason: `binary content (NUL byte at ${at + nul})` };
      let line: string;
      try {
        line = decoder.decode(bytes);
      } catch {
        return { ok: false, input: where, code: 'E004', reason: `not valid UTF-8 (byte ${at + firstBadUtf8(bytes)}); re-save the file as UTF-8` };
      }
      const result = jsonlRecord(line, lineNo, file, base, limits.maxTextChars);
      if (result) nonBlank = true;
      return result;
    };
    for (let n = fs.readSync(fd, chunk, 0, size, null); n > 0; offset += n, n = fs.readSync(fd, chunk, 0, size, null)) {
      let from = 0;
      for (let nl = chunk.indexOf(NEWLINE, 0); nl !== -1 && nl < n; nl = chunk.indexOf(NEWLINE, from)) {
        take(chunk.subarray(from, nl));
        const result = finishLine();
        if (result) yield result;
        parts = [];
        partBytes = 0;
        lineStart = offset + nl + 1;
        from = nl + 1;
      }
      take(chunk.subarray(from, n));
    }
    if (partBytes > 0) {
      const result = finishLine();
      if (result) yield result;
    }
    if (!nonBlank) throw new InputError('E003', file, 'empty or whitespace-only; nothing to read');
  } finally {
    fs.closeSync(fd);
  }
}

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { decodeText } from './decode.ts';
import { readJsonl } from './jsonl.ts';
import { streamJsonl } from './jsonl-stream.ts';
import { readFile } from './read-inputs.ts';
import type { ReadResult } from './raw-article.ts';

const rec = (text: string, extra: Record<string, string> = {}) => JSON.stringify({ text, ...extra });
const show = (r: ReadResult) => (r.ok ? `ok ${r.article.name} ${r.article.text}` : `${r.code} ${path.basename(r.input)}`);

/** Writes bytes to a fresh temporary file and returns the results of streaming it. */
function stream(bytes: Buffer | string, limits: { maxLineBytes?: number; maxTextChars?: number; chunkBytes?: number } = {}): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-jsonl-stream-'));
  const file = path.join(dir, 'feed.jsonl');
  try {
    fs.writeFileSync(file, bytes);
    const out: string[] = [];
    try {
      for (const r of streamJsonl(file, { maxLineBytes: limits.maxLineBytes ?? 1 << 20, maxTextChars: limits.maxTextChars ?? 500_000, chunkBytes: limits.chunkBytes })) out.push(show(r));
    } catch (err) {
      out.push(`throws ${(err as { code?: string }).code}`);
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const good = [rec('Gondor met Rohan.'), rec('Arnor – Rohan talks ended.', { published: '2017-02-03' }), '', rec('Mordor threatened Gondor.')].join('\n');

test('streamJsonl: the same results as reading the file whole, whatever the chunk size', () => {
  const whole = [...readJsonl(good, '/x/feed.jsonl')].map(show);
  assert.equal(whole.length, 3);
  for (const chunkBytes of [1, 2, 3, 7, 64, 1 << 20]) assert.deepEqual(stream(good, { chunkBytes }), whole, `chunks of ${chunkBytes} bytes`);
});

const padding = Array.from({ length: 400 }, () => rec('Gondor met Rohan.')).join('\n'); // over the 8 KiB sniffed for binary
const paddingResults = Array.from({ length: 400 }, (_, i) => `ok feed.jsonl:${i + 1} Gondor met Rohan.`);

test('streamJsonl: table of lines that fail alone and files that fail whole', () => {
  const bad = Buffer.concat([Buffer.from(`${rec('Gondor met Rohan.')}\n{"text":"bad `), Buffer.from([0xc3, 0x28]), Buffer.from(`"}\n${rec('Arnor met Rohan.')}\n`)]);
  const rows: [string, Buffer | string, Parameters<typeof stream>[1], string[]][] = [
    ['invalid UTF-8 on one line', bad, { chunkBytes: 5 }, ['ok feed.jsonl:1 Gondor met Rohan.', 'E004 feed.jsonl:2', 'ok feed.jsonl:3 Arnor met Rohan.']],
    ['a line over the byte limit', `${rec('Gondor met Rohan.')}\n${rec('x'.repeat(200))}\n${rec('Arnor met Rohan.')}`, { maxLineBytes: 100, chunkBytes: 16 }, ['ok feed.jsonl:1 Gondor met Rohan.', 'E007 feed.jsonl:2', 'ok feed.jsonl:3 Arnor met Rohan.']],
    ['a NUL byte in one line past the sniffed head', `${padding}\n{"text":"a\u0000b"}\n`, {}, [...paddingResults, 'E002 feed.jsonl:401']],
    ['a NUL byte in the sniffed head', `${rec('Gondor met Rohan.')}\n{"text":"a\u0000b"}\n`, {}, ['throws E002']],
    ['BOM and CRLF', `\uFEFF${rec('Gondor met Rohan.')}\r\n${rec('Arnor met Rohan.')}\r\n`, { chunkBytes: 2 }, ['ok feed.jsonl:1 Gondor met Rohan.', 'ok feed.jsonl:2 Arnor met Rohan.']],
    ['a multi-byte character cut by every read', rec('Gondor – Rohan ✓ talks'), { chunkBytes: 1 }, ['ok feed.jsonl:1 Gondor – Rohan ✓ talks']],
    ['no newline at the end', rec('Gondor met Rohan.'), {}, ['ok feed.jsonl:1 Gondor met Rohan.']],
    ['empty file', '', {}, ['throws E003']],
    ['blank lines only', '\n  \n\r\n', {}, ['throws E003']],
    ['binary head', Buffer.from([0, 1, 2, 3, 0x7b, 0x7d, 10]), {}, ['throws E002']],
  ];
  for (const [name, bytes, limits, want] of rows) assert.deepEqual(stream(bytes, limits), want, name);
});

test('readFile streams a UTF-8 JSONL file over --max-bytes: the limit holds for each line, not the file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-jsonl-big-'));
  try {
    const file = path.join(dir, 'big.jsonl');
    const lines = Array.from({ length: 50 }, (_, i) => rec(`Gondor met Rohan for the ${i + 1}th time.`));
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const results = [...readFile(file, { maxBytes: 100 })];
    assert.equal(results.length, 50);
    assert.ok(results.every((r) => r.ok), 'every line under 100 bytes goes in though the file is over it');
    const txt = path.join(dir, 'big.txt');
    fs.writeFileSync(txt, lines.join('\n'));
    const [refused] = [...readFile(txt, { maxBytes: 100 })];
    assert.ok(!refused.ok && refused.code === 'E007', 'other files are still refused whole');
    const utf16 = path.join(dir, 'wide.jsonl');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${rec('Gondor met Rohan.')}\n`, 'utf16le')]));
    assert.deepEqual([...readFile(utf16)].map(show), ['ok wide.jsonl:1 Gondor met Rohan.'], 'UTF-16 JSONL is decoded whole');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('streamJsonl: a bad byte is named by its offset in the file, as decodeText names it, BOM or not', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-jsonl-offset-'));
  try {
    for (const bom of [Buffer.alloc(0), Buffer.from([0xef, 0xbb, 0xbf])]) {
      const bytes = Buffer.concat([bom, Buffer.from(`${rec('Gondor met Rohan.')}\n{"text":"bad `), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
      const file = path.join(dir, 'feed.jsonl');
      fs.writeFileSync(file, bytes);
      const whole = (() => {
        try {
          decodeText(bytes, file);
          return '';
        } catch (err) {
          return String((err as Error).message.match(/byte \d+/));
        }
      })();
      const bad = [...streamJsonl(file, { maxLineBytes: 1000, maxTextChars: 1000 })][1];
      assert.ok(!bad.ok && bad.code === 'E004');
      assert.equal(bad.reason.match(/byte \d+/)?.[0], whole, `with${bom.length ? '' : 'out'} a BOM`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

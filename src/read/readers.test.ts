import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { InputError } from '../errors.ts';
import { decodeText } from './decode.ts';
import { splitDateLine } from './date-line.ts';
import { readHtml } from './html.ts';
import { readJsonl } from './jsonl.ts';
import { articleId, normalizeText } from './raw-article.ts';
import { readFile, readInputs } from './read-inputs.ts';

const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof InputError) return err.code;
    throw err;
  }
};

test('decodeText: table of byte inputs', () => {
  const cases: [string, Uint8Array, string | { code: string }][] = [
    ['plain UTF-8', Buffer.from('Oslo met Bergen.'), 'Oslo met Bergen.'],
    ['UTF-8 BOM is dropped', Buffer.from('\uFEFFHi there'), 'Hi there'],
    ['UTF-16 LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Arnor', 'utf16le')]), 'Arnor'],
    ['UTF-16 BE BOM', Buffer.from([0xfe, 0xff, 0, 0x47, 0, 0x6f]), 'Go'],
    ['empty', Buffer.alloc(0), { code: 'E003' }],
    ['whitespace only', Buffer.from(' \n\t\r\n'), { code: 'E003' }],
    ['NUL at the start', Buffer.from([0x41, 0, 0x42]), { code: 'E002' }],
    ['NUL after 8 KiB', Buffer.concat([Buffer.from('a'.repeat(9000)), Buffer.from([0])]), { code: 'E002' }],
    ['NUL in UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\u0000b', 'utf16le')]), { code: 'E002' }],
    ['control bytes', Buffer.from('\x01\x02\x03\x04\x05\x06abc'), { code: 'E002' }],
    ['invalid UTF-8', Buffer.from([0x61, 0xc3, 0x28]), { code: 'E004' }],
    ['truncated UTF-8 at the end', Buffer.from([0x61, 0x62, 0xe2, 0x82]), { code: 'E004' }],
  ];
  for (const [name, bytes, want] of cases) {
    if (typeof want === 'string') assert.equal(decodeText(bytes, 'x.txt'), want, name);
    else assert.equal(codeOf(() => decodeText(bytes, 'x.txt')), want.code, name);
  }
});

test('decodeText: the invalid UTF-8 message names the offset of the bad byte', () => {
  const bytes = Buffer.concat([Buffer.from('é'.repeat(100)), Buffer.from([0xff]), Buffer.from('tail')]);
  assert.throws(() => decodeText(bytes, 'bad.txt'), /bad\.txt: not valid UTF-8 \(byte 200\)/);
});

test('splitDateLine: table', () => {
  const cases: [string, string | null, string | { code: string }][] = [
    [' date 2017-02-17 Text.', '2017-02-17', 'Text.'],
    ['date 2016-02-29\nText.', '2016-02-29', 'Text.'],
    [' date 2017-03-04\r\nText.', '2017-03-04', '\r\nText.'],
    ['No date line here.', null, 'No date line here.'],
    [' date 2017-02-31 Text.', null, { code: 'E005' }],
    [' date 2017-13-01 Text.', null, { code: 'E005' }],
    [' date 17-2-3 Text.', null, { code: 'E005' }],
  ];
  for (const [text, published, want] of cases) {
    if (typeof want === 'string') {
      const r = splitDateLine(text, 'x.txt');
      assert.equal(r.published?.value ?? null, published, text);
      assert.equal(r.body, want, text);
    } else assert.equal(codeOf(() => splitDateLine(text, 'x.txt')), want.code, text);
  }
});

test('readHtml: scripts never reach the text; deep or body-less pages', () => {
  const page = readHtml('<html><head><script>var secret = 1;</script></head><body><p>Gondor met Rohan.</p><script>alert(2)</script></body></html>', 'a.html');
  assert.ok(page.text.includes('Gondor met Rohan.') && !page.text.includes('secret') && !page.text.includes('alert'));
  assert.equal(codeOf(() => readHtml('<html><head><script>x()</script></head></html>', 'b.html')), 'E003');
  const deep = `<html><body>${'<div>'.repeat(5000)}<p>Deep down, Gondor met Rohan.</p>${'</div>'.repeat(5000)}</body></html>`;
  const t0 = Date.now();
  assert.equal(readHtml(deep, 'deep.html').text, 'Deep down, Gondor met Rohan.');
  assert.ok(Date.now() - t0 < 5000, 'a deep page skips Readability and stays fast');
  const dated = readHtml('<html><head><meta property="article:published_time" content="2017-02-31T00:00"></head><body><p>Text.</p></body></html>', 'c.html');
  assert.equal(dated.published, null, 'an impossible meta date is ignored, not stored');
});

test('readJsonl: each broken line fails alone, named by path and line', () => {
  const lines = ['{"text":"Gondor met Rohan."}', '{broken', '{"text":"a\\u0000b"}', '{"text":"Arnor met Rohan.","published":"2017-02-31"}', ''].join('\n');
  const results = [...readJsonl(lines, '/data/feed.jsonl')];
  assert.deepEqual(
    results.map((r) => (r.ok ? `ok ${r.article.name}` : `${r.code} ${r.input}`)),
    ['ok feed.jsonl:1', 'E006 /data/feed.jsonl:2', 'E002 /data/feed.jsonl:3', 'E005 /data/feed.jsonl:4'],
  );
});

test('articleId: whitespace-insensitive and stable', () => {
  assert.equal(articleId('Gondor  met\nRohan.\u00a0'), articleId('Gondor met Rohan.'));
  assert.equal(articleId(normalizeText('a\r\nb  ')), articleId('a b'));
  assert.equal(articleId('Gondor met Rohan.'), 'fba6d20953d44745', 'ids never change between versions: SHA-256 of the collapsed text');
  assert.match(articleId('x'), /^[0-9a-f]{16}$/);
});

test('readFile and readInputs: special files, missing paths and oversized files fail alone', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-readers-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Gondor met Rohan.');
    fs.writeFileSync(path.join(dir, '.hidden.txt'), 'skipped');
    let fifo: string | null = path.join(dir, 'pipe.txt');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      fifo = null;
    }
    if (fifo) {
      const [r] = [...readFile(fifo)];
      assert.ok(!r.ok && r.code === 'E001' && /not a regular file/.test(r.reason), 'a named pipe is refused, never read (it would block)');
    }
    const results = [...readInputs([dir, path.join(dir, 'missing.txt')])];
    assert.deepEqual(
      results.map((r) => (r.ok ? `ok ${r.article.name}` : `${r.code} ${path.basename(r.input)}`)),
      ['ok a.txt', 'E001 missing.txt'],
      'folder walk skips hidden files and pipes; a missing path is a failure',
    );
    const [tooBig] = [...readFile(path.join(dir, 'a.txt'), { maxBytes: 4 })];
    assert.ok(!tooBig.ok && tooBig.code === 'E007');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readInputs } from '../../src/read/read-inputs.ts';
import { articleId } from '../../src/read/raw-article.ts';
import type { ReadResult } from '../../src/read/raw-article.ts';
import { tempDir } from '../fixtures/run-cli.ts';

const dir = tempDir('readers');
const write = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};
const read = (p: string): ReadResult[] => [...readInputs([p])];
const ok = (r: ReadResult) => {
  assert.ok(r.ok, `expected an article, got ${JSON.stringify(r)}`);
  return r.article;
};

test('plain text: the date line gives the publication date and is not part of the text', () => {
  const a = ok(read(write('a.txt', ' date 2017-02-17 Manila and Moscow agreed to talk.\n\nSecond paragraph.'))[0]);
  assert.deepEqual(a.published, { value: '2017-02-17', precision: 'day' });
  assert.equal(a.text, 'Manila and Moscow agreed to talk.\n\nSecond paragraph.');
  assert.equal(a.name, 'a.txt');
});

test('plain text without a date line has an unknown date, never today', () => {
  assert.equal(ok(read(write('b.txt', 'Manila and Moscow agreed to talk.'))[0]).published, null);
});

test('a folder is read recursively in name order', () => {
  const sub = path.join(dir, 'folder');
  write('folder/2.txt', 'Second article.');
  write('folder/1.txt', 'First article.');
  write('folder/deeper/3.txt', 'Third article.');
  assert.deepEqual(read(sub).map((r) => ok(r).name), ['1.txt', '2.txt', '3.txt']);
});

test('JSONL: one article per line, named file:line, with its fields', () => {
  const rs = read(write('c.jsonl', '{"text":"Duterte met Putin.","published":"2017-05-23","title":"T","url":"http://x","source":"S"}\n\n{"text":"Another."}\n'));
  const a = ok(rs[0]);
  assert.equal(a.name, 'c.jsonl:1');
  assert.deepEqual(a.published, { value: '2017-05-23', precision: 'day' });
  assert.equal(a.title, 'T');
  assert.equal(a.url, 'http://x');
  assert.equal(a.source, 'S');
  assert.equal(ok(rs[1]).name, 'c.jsonl:3');
});

test('HTML: main text without scripts, title and published date from meta tags', () => {
  const html = `<html><head><title>Talks</title><meta property="article:published_time" content="2017-10-26T10:00:00Z"><script>alert(1)</script></head>
    <body><nav>Menu</nav><article><p>The Philippines and Russia signed an agreement in Manila on Wednesday, officials said.</p></article></body></html>`;
  const a = ok(read(write('d.html', html))[0]);
  assert.equal(a.title, 'Talks');
  assert.deepEqual(a.published, { value: '2017-10-26', precision: 'day' });
  assert.match(a.text, /signed an agreement in Manila/);
  assert.doesNotMatch(a.text, /alert/);
});

test('the id is a hash of the normalised text: same text, same id, whatever the wrapping or file', () => {
  const a = ok(read(write('e1.txt', ' date 2017-02-17 Manila and Moscow\r\nagreed.'))[0]);
  const b = ok(read(write('e2.txt', 'Manila and Moscow agreed.\n'))[0]);
  assert.equal(a.id, b.id);
  assert.equal(a.id, articleId('Manila and Moscow agreed.'));
  assert.match(a.id, /^[0-9a-f]{16}$/);
});

const badCases: [string, string | Buffer, string][] = [
  ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]), 'E002'],
  ['empty.txt', '', 'E003'],
  ['blank.txt', '  \n\t\n', 'E003'],
  ['latin1.txt', Buffer.from([0x4d, 0x61, 0x6e, 0x69, 0x6c, 0x61, 0x20, 0xe9, 0x74, 0xe9]), 'E004'],
  ['baddate.txt', ' date 2017-02-31 Manila and Moscow agreed.', 'E005'],
  ['baddate2.txt', ' date 17-2-3 Manila and Moscow agreed.', 'E005'],
];
for (const [name, content, code] of badCases) {
  test(`bad input ${name} is rejected with ${code}, naming the file`, () => {
    const r = read(write(`bad/${name}`, content))[0];
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.code, code);
      assert.ok(r.input.endsWith(name));
      assert.ok(r.reason.length > 5);
    }
  });
}

test('a missing path and a broken JSONL line fail alone; the rest of the batch is read', () => {
  write('mixed/good.txt', 'Manila and Moscow agreed.');
  write('mixed/lines.jsonl', '{"text":"One."}\n{broken\n{"nope":1}\n{"text":"Two."}\n');
  const rs = [...readInputs([path.join(dir, 'mixed'), path.join(dir, 'does-not-exist')])];
  assert.deepEqual(
    rs.map((r) => (r.ok ? r.article.name : `${path.basename(r.input)} ${r.code}`)),
    ['good.txt', 'lines.jsonl:1', 'lines.jsonl:2 E006', 'lines.jsonl:3 E006', 'lines.jsonl:4', 'does-not-exist E001'],
  );
});

test('an unreadable file is reported with E001', { skip: process.getuid?.() === 0 ? 'root can read any file' : false }, () => {
  const p = write('locked.txt', 'text');
  fs.chmodSync(p, 0o000);
  const r = read(p)[0];
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.code, 'E001');
});

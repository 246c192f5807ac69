import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CommandIO } from '../command.ts';
import { parseDctOption, timexCommand } from './timex.ts';

const run = async (stdin: string, options: Record<string, unknown> = {}) => {
  let out = '';
  const io: CommandIO = { stdout: (s) => (out += s), stderr: () => {}, isTTY: false, readStdin: async () => stdin };
  const code = await timexCommand.handler(['-'], options, io);
  return { code, lines: out.trim() ? out.trim().split('\n').map((l) => JSON.parse(l)) : [] };
};

test('parseDctOption accepts real days and refuses the rest (E030)', () => {
  assert.equal(parseDctOption(undefined), undefined);
  assert.equal(parseDctOption('2016-02-29'), '2016-02-29');
  for (const bad of ['2017-02-30', '2017-13-01', '17-2-3', 'yesterday']) assert.throws(() => parseDctOption(bad), /E030: --dct/, bad);
});

test('timex: JSON lines with offsets into the input and the --dct anchor', async () => {
  const text = 'The envoys met on Thursday for 3 days.';
  const { code, lines } = await run(text, { dct: '2017-02-18' });
  assert.equal(code, 0);
  assert.deepEqual(lines, [
    { start: 18, end: 26, text: 'Thursday', type: 'DATE', value: '2017-02-16', mod: null },
    { start: 31, end: 37, text: '3 days', type: 'DURATION', value: 'P3D', mod: null },
  ]);
  for (const l of lines) assert.equal(text.slice(l.start, l.end), l.text);
});

test('timex: a seeds-style date line gives the DCT; offsets stay those of the raw input', async () => {
  const raw = ' date 2017-02-17 The envoys met on Thursday.';
  const { lines } = await run(raw);
  assert.equal(lines.length, 1);
  assert.equal(raw.slice(lines[0].start, lines[0].end), 'Thursday');
  assert.equal(lines[0].value, '2017-02-16');
});

test('timex: without a DCT, anchored values keep X placeholders', async () => {
  const { lines } = await run('The envoys met on Thursday in 2017.');
  assert.deepEqual(lines.map((l) => l.value), ['XXXX-WXX-4', '2017']);
});

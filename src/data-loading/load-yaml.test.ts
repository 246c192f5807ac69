import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { z } from 'zod';
import { DyadError } from '../errors.ts';
import { loadDataFile } from './load-yaml.ts';

const schema = z.object({ id: z.string(), when: z.string().optional(), n: z.number().optional() });

/** [what, file text, expected value or the part of the E020 message expected] */
const CASES: [string, string, { value: unknown } | { error: RegExp }][] = [
  ['a plain record', 'id: r1\nn: 3\n', { value: { id: 'r1', n: 3 } }],
  ['a plain date stays a string (YAML 1.2 core schema)', 'id: r1\nwhen: 2017-05-01\n', { value: { id: 'r1', when: '2017-05-01' } }],
  ['JSON is YAML', '{"id": "r1", "n": 2}', { value: { id: 'r1', n: 2 } }],
  ['a duplicate key', 'id: r1\nid: r2\n', { error: /data file bad\.yaml cannot be read: .*duplicated mapping key/ }],
  ['an unclosed flow sequence', 'id: [r1, r2\n', { error: /data file bad\.yaml cannot be read/ }],
  ['a record that does not fit the schema', 'id: 7\n', { error: /data file bad\.yaml is invalid: id: Expected string, received number/ }],
];

test('loadDataFile: parses YAML 1.2 and names the file and the problem', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-yaml-'));
  try {
    for (const [what, text, expected] of CASES) {
      fs.writeFileSync(path.join(dir, 'bad.yaml'), text);
      if ('value' in expected) {
        assert.deepEqual(loadDataFile('bad.yaml', schema, dir), expected.value, what);
        continue;
      }
      assert.throws(
        () => loadDataFile('bad.yaml', schema, dir),
        (err: unknown) => err instanceof DyadError && err.code === 'E020' && expected.error.test(err.message),
        what,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

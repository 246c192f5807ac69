import assert from 'node:assert/strict';
import test from 'node:test';
import { z } from 'zod';
import { loadDataFile } from '../data-loading/load-yaml.ts';

const rule = z.object({ id: z.string(), pattern: z.string(), example: z.string(), caseSensitive: z.boolean().optional() }).passthrough();

/** Every pattern rule of issue 6's data files fires on its own example. */
test('data examples: each pattern matches its example', () => {
  const files: [string, string][] = [
    ['agreements/agreements.yaml', 'phrases'],
    ['agreements/agreements.yaml', 'statuses'],
    ['consolidate/claims.yaml', 'claims'],
    ['consolidate/claims.yaml', 'relativeYears'],
    ['consolidate/present-anchors.yaml', 'anchors'],
  ];
  for (const [file, key] of files) {
    const data = loadDataFile(file, z.object({ [key]: z.array(rule) }).passthrough()) as Record<string, z.infer<typeof rule>[]>;
    for (const r of data[key]) assert.match(r.example, new RegExp(r.pattern, r.caseSensitive ? '' : 'i'), `${file} ${r.id}`);
  }
});

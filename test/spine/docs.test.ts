import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { PIPELINE } from '../../src/pipeline/config.ts';

const readme = fs.readFileSync('README.md', 'utf8');

test('the README starts with the two fresh-machine commands', () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  assert.match(firstBlock, /npm ci && npm run example/);
  assert.match(firstBlock, /npm test/);
});

for (const cmd of COMMANDS) {
  test(`the README documents the "dyad ${cmd.name}" command`, () => {
    assert.ok(readme.includes(`\`dyad ${cmd.name}`), `README.md has no usage line for "dyad ${cmd.name}"`);
  });
}

test('every pipeline stage is named in the README', () => {
  for (const stage of PIPELINE) assert.ok(readme.includes(`\`${stage.name}\``), `README.md does not describe the "${stage.name}" stage`);
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { missingShared, sharedPath } from '../../eval/shared-path.ts';
import { codeOn } from './code-block.ts';
import { DictionaryMatcher } from './dictionary-matcher.ts';
import { readActorDictionary } from './read-actors.ts';
import { parseTabariDate } from './tabari-date.ts';

const RECORDS = 'bench/events/petrarch2/PETR.UnitTest.records.xml';
const ACTORS = 'bench/events/petrarch2/PETR.Validate.actors.txt';

/** The DATE records: story date, text and the actor codes of their expected codings (agent-only codes `---X` left out). */
function dateRecords(xml: string): { id: string; date: string; text: string; codes: string[] }[] {
  const out = [];
  for (const m of xml.matchAll(/<Sentence date="(\d+)" id="(DATE-\d+)"[\s\S]*?<\/Sentence>/g)) {
    const codes = new Set<string>();
    for (const c of m[0].matchAll(/(?:sourcecode|targetcode)="([^"]*)"/g)) if (!c[1].startsWith('---')) codes.add(c[1]);
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(m[0])?.[1].trim() ?? '';
    const d = parseTabariDate(m[1]);
    out.push({ id: m[2], date: d.ok ? d.iso : '', text, codes: [...codes].sort() });
  }
  return out;
}

test('PETRARCH DATE records resolve each actor to the expected code at the story date', (t) => {
  const records = sharedPath(RECORDS);
  const actors = sharedPath(ACTORS);
  if (!records || !actors) return t.skip(missingShared(RECORDS));
  const dict = readActorDictionary(fs.readFileSync(actors, 'utf8'));
  const matcher = new DictionaryMatcher(dict.entries);
  const cases = dateRecords(fs.readFileSync(records, 'utf8'));
  assert.equal(cases.length, 21, 'there are 21 DATE records');
  for (const c of cases) {
    const got = [...new Set(matcher.match(c.text).map((m) => codeOn(m.entry.codes, c.date)))].sort();
    assert.deepEqual(got, c.codes, `${c.id} on ${c.date}: "${c.text.slice(0, 60)}"`);
  }
});

test('the PETRARCH validation dictionary reads with its deliberately bad blocks flagged, not fatal', (t) => {
  const actors = sharedPath(ACTORS);
  if (!actors) return t.skip(missingShared(ACTORS));
  const dict = readActorDictionary(fs.readFileSync(actors, 'utf8'));
  assert.ok(dict.entries.length > 100);
  const gollum = dict.entries.find((e) => e.phrases[0].raw === 'GOLLUM');
  assert.deepEqual(gollum?.phrases.map((p) => p.raw), ['GOLLUM', 'SMEAGOL', 'SLINKER', 'STINKER']);
  assert.equal(gollum?.codes.length, 3);
});

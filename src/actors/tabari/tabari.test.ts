import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeOn, parseCodeBlock } from './code-block.ts';
import { DictionaryMatcher } from './dictionary-matcher.ts';
import { readActorDictionary } from './read-actors.ts';
import { parseTabariDate } from './tabari-date.ts';

test('parseTabariDate reads YYMMDD and YYYYMMDD and flags impossible dates', () => {
  const cases: [string, string | null][] = [
    ['950601', '1995-06-01'],
    ['080508', '2008-05-08'],
    ['911226', '1991-12-26'],
    ['20130119', '2013-01-19'],
    ['19950601', '1995-06-01'],
    ['20130231', null],
    ['991399', null],
    ['2013011', null],
    ['abc', null],
  ];
  for (const [raw, iso] of cases) {
    const d = parseTabariDate(raw);
    assert.equal(d.ok ? d.iso : null, iso, raw);
  }
});

test('parseCodeBlock reads every restriction form', () => {
  const cases: [string, object][] = [
    ['HOB', { code: 'HOB' }],
    ['hob', { code: 'HOB' }],
    ['HOB <950601', { code: 'HOB', to: '1995-06-01' }],
    ['HOB < 950601', { code: 'HOB', to: '1995-06-01' }],
    ['HOBREB > 990816', { code: 'HOBREB', from: '1999-08-16' }],
    ['HOBGOV 19950601 - 19990815', { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' }],
    ['ORCHOB 20100109-20100112', { code: 'ORCHOB', from: '2010-01-09', to: '2010-01-12' }],
    ['ELR/GAL', { code: 'ELR/GAL' }],
    ['---', { code: '---' }],
  ];
  for (const [inner, expected] of cases) assert.deepEqual(parseCodeBlock(inner), expected, inner);
  for (const bad of ['950601-990815', 'AAA950601-990815', 'HOB 20130231-20130301', 'HOB 20130301-20130201', 'HOB <xyz', '']) {
    assert.ok('error' in parseCodeBlock(bad), `flags [${bad}]`);
  }
});

test('codeOn: inclusive bounds, first covering block wins, default otherwise', () => {
  const blocks = [
    { code: 'CIV', to: '2008-01-20' },
    { code: 'ORC', from: '2010-01-09', to: '2010-01-12' },
    { code: 'MIL', from: '2008-01-20', to: '2012-11-09' },
    { code: 'DEF' },
  ];
  const cases: [string | null, string][] = [
    ['2008-01-20', 'CIV'],
    ['2008-01-21', 'MIL'],
    ['2010-01-09', 'ORC'],
    ['2010-01-12', 'ORC'],
    ['2010-01-13', 'MIL'],
    ['2012-11-09', 'MIL'],
    ['2012-11-10', 'DEF'],
    [null, 'DEF'],
  ];
  for (const [day, code] of cases) assert.equal(codeOn(blocks, day), code, String(day));
  assert.equal(codeOn([{ code: 'X', to: '1990-01-01' }], '2000-01-01'), null);
});

test('readActorDictionary reads synonyms, multi-line blocks and comments, and flags bad blocks without throwing', () => {
  const text = [
    '<!-- a comment',
    'ORC [XXX] still in the comment',
    '-->',
    '# line comment',
    'WIDGETLAND [WDG] # trailing comment',
    '+WIDGETIAN',
    'BOB_SMITH_',
    '+ROBERT_SMITH_',
    '\t[WDGGOV 20010101-20051231]',
    '\t[AAA950601-990815]',
    '\t[WDGGOV 20130231-20140101]',
    '\t[WDGELI]',
    'JANE DOE [WDGMIL <990101] [WDGGOV >990102]',
  ].join('\n');
  const dict = readActorDictionary(text);
  assert.equal(dict.entries.length, 3);
  const [land, bob, jane] = dict.entries;
  assert.deepEqual(land.phrases.map((p) => p.words.join(' ')), ['WIDGETLAND', 'WIDGETIAN']);
  assert.deepEqual(bob.phrases.map((p) => [p.words.join(' '), p.exact]), [['BOB SMITH', true], ['ROBERT SMITH', true]]);
  assert.deepEqual(bob.codes, [{ code: 'WDGGOV', from: '2001-01-01', to: '2005-12-31' }, { code: 'WDGELI' }]);
  assert.equal(jane.codes.length, 2);
  assert.equal(dict.issues.length, 2);
  assert.match(dict.issues[1].reason, /impossible date 2013-02-31/);
});

test('DictionaryMatcher: longest first, prefix only for a last word without trailing underscore', () => {
  const dict = readActorDictionary('ARGENTIN [ARG]\nARNOR_ [ARN]\nMORGUL_ORCS [MRGORC]\nMORGUL [MRG]\nU.S. [USA]');
  const m = new DictionaryMatcher(dict.entries);
  const found = (t: string) => m.match(t).map((x) => `${x.text}=${x.entry.codes[0].code}`);
  assert.deepEqual(found('Argentina and the Morgul Orcs.'), ['Argentina=ARG', 'Morgul Orcs.=MRGORC']);
  assert.deepEqual(found('Arnorian Morgul envoys met U.S. officials'), ['Morgul=MRG', 'U.S.=USA']);
});

test('DictionaryMatcher over ranges finds what matching each range alone finds', () => {
  const dict = readActorDictionary('SAM_GAMGEE_ [HOB]\nGOLLUM_ [SME]\nTHE_SHIRE_ [SHI]\nSAM_GAMGEE_JR_ [HOB]');
  const m = new DictionaryMatcher(dict.entries);
  const text = 'Sam Gamgee left.Gollum stayed. The Shire Sam Gamgee Jr.';
  // sentences as a tokenizer might cut them: the first ends inside the word "left.Gollum"
  const ranges = [
    { start: 0, end: 16 },
    { start: 16, end: 30 },
    { start: 31, end: 41 },
    { start: 41, end: text.length },
  ];
  const alone = ranges.flatMap((r) => m.match(text.slice(r.start, r.end)).map((x) => `${r.start + x.start}:${x.text}`));
  assert.deepEqual(
    m.match(text, ranges).map((x) => `${x.start}:${x.text}`),
    alone,
  );
  assert.deepEqual(alone, ['0:Sam Gamgee', '16:Gollum', '31:The Shire', '41:Sam Gamgee Jr.']);
});

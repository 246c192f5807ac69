import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCodeBlock } from './code-block.ts';
import { isSpace, readActorDictionary, readPhrase } from './read-actors.ts';

// Edge cases of the dictionary reader, pinned to what the regex-based reader gave before it became a scanner.

test('isSpace is the white space of trim() and of \\s, for every code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isSpace(c), /\s/.test(ch), `\\u${c.toString(16)}`);
    assert.equal(isSpace(c), ch.trim() === '', `\\u${c.toString(16)}`);
  }
});

test('parseCodeBlock reads a block as its pattern does, backtracking included', () => {
  const cases: [string, object][] = [
    // the code gives back its last digit so that the rest reads as an interval
    ['X12 -34', { error: 'not a date: expected YYMMDD or YYYYMMDD in [X12 -34]' }],
    ['A 19950601', { error: 'malformed code block [A 19950601]: expected [CODE], [CODE <date], [CODE >date] or [CODE date-date]' }],
    ['C > 950601', { code: 'C', from: '1995-06-01' }],
    ['c>19950601 ', { code: 'C', from: '1995-06-01' }],
    [' ab <  950601  ', { code: 'AB', to: '1995-06-01' }],
    ['ELR/GAL 990101-000101', { code: 'ELR/GAL', from: '1999-01-01', to: '2000-01-01' }],
    ['X1-2', { code: 'X1-2' }],
    ['HOB 950601 -950601', { code: 'HOB', from: '1995-06-01', to: '1995-06-01' }],
    ['HOB <95O601', { error: 'not a date: expected YYMMDD or YYYYMMDD in [HOB <95O601]' }],
    ['HOB >950601 x', { error: 'malformed code block [HOB >950601 x]: expected [CODE], [CODE <date], [CODE >date] or [CODE date-date]' }],
    ['HOB19950601', { error: 'malformed code block [HOB19950601]: a date is glued to the code' }],
    ['1HOB', { error: 'malformed code block [1HOB]: expected [CODE], [CODE <date], [CODE >date] or [CODE date-date]' }],
    ['HOB 20080132-20080201', { error: 'impossible date 2008-01-32 in [HOB 20080132-20080201]' }],
    ['HOB 2008-20080201', { error: 'not a date: expected YYMMDD or YYYYMMDD in [HOB 2008-20080201]' }],
  ];
  for (const [inner, expected] of cases) assert.deepEqual(parseCodeBlock(inner), expected, inner);
});

test('readPhrase upper-cases and splits on _ and every kind of space', () => {
  const cases: [string, object][] = [
    ['  straße_ŉ x ', { words: ['STRASSE', 'ʼN', 'X'], exact: false, raw: 'straße_ŉ x' }],
    ['SAM_GAMGEE_', { words: ['SAM', 'GAMGEE'], exact: true, raw: 'SAM_GAMGEE_' }],
    ['__', { words: [], exact: true, raw: '__' }],
    ['a\u00a0b\u3000c_', { words: ['A', 'B', 'C'], exact: true, raw: 'a\u00a0b\u3000c_' }],
  ];
  for (const [raw, expected] of cases) assert.deepEqual(readPhrase(raw), expected, raw);
});

test('readActorDictionary: stray text is flagged before the blocks of its line, and odd lines read as before', () => {
  const text = [
    '+EARLY',
    '[OLD]',
    'GONDOR [GON] stray [GONGOV <950601] [GONMIL 20130231-20140101] [GONREB',
    '<!-- hidden',
    'ROHAN [ROH]',
    '-->',
    // an entry without words takes the synonym and codes below it, and is dropped
    '_ [NOWORDS]',
    '+ARNOR_',
    'ELROND_ \t# keeper\r',
    '\t[RIV >950601][riv 990101-000101]\r',
    '+ # only a comment',
    // a lone carriage return is not a line break
    'x\rY [A]',
  ].join('\n');
  const line3 = 'GONDOR [GON] stray [GONGOV <950601] [GONMIL 20130231-20140101] [GONREB';
  assert.deepEqual(readActorDictionary(text), {
    entries: [
      { phrases: [{ words: ['GONDOR'], exact: false, raw: 'GONDOR' }], codes: [{ code: 'GON' }, { code: 'GONGOV', to: '1995-06-01' }], line: 3 },
      {
        phrases: [{ words: ['ELROND'], exact: true, raw: 'ELROND_' }],
        codes: [
          { code: 'RIV', from: '1995-06-01' },
          { code: 'RIV', from: '1999-01-01', to: '2000-01-01' },
        ],
        line: 9,
        comment: 'keeper',
      },
      { phrases: [{ words: ['X', 'Y'], exact: false, raw: 'x\rY' }], codes: [{ code: 'A' }], line: 12 },
    ],
    issues: [
      { line: 1, text: '+EARLY', reason: 'synonym before any entry' },
      { line: 2, text: '[OLD]', reason: 'code block before any entry' },
      { line: 3, text: line3, reason: 'unreadable text "stray   [GONREB" beside the code blocks' },
      { line: 3, text: line3, reason: 'impossible date 2013-02-31 in [GONMIL 20130231-20140101]' },
    ],
  });
});

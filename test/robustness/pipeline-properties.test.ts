import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadResources } from '../../src/data-loading/resources.ts';
import { isValidDay, parseIsoDate, type CalendarDate } from '../../src/model/calendar-date.ts';
import { makeDoc, type ArticleDoc } from '../../src/model/doc.ts';
import { createAnalyzer } from '../../src/pipeline/analyze.ts';

/**
 * Issue 9, property test: the whole pipeline over random text never throws, never rewrites the text, and
 * every annotation it returns is well formed: offsets inside the text with start ≤ end, dates that exist
 * on the calendar, statuses and date bases from their sets. Seeded, so a failure replays.
 */

const analyzer = createAnalyzer(loadResources());
const STATUSES = new Set(['occurred', 'planned', 'negated', 'hypothetical']);
const BASES = new Set(['timex', 'sentence', 'paragraph', 'published', 'none']);

/** Words that make the pipeline work: actors, triggers, modals, negations, date words, punctuation. */
const NEWSY = [
  'France', 'Germany', 'Russia', 'China', 'the Philippines', 'Manila', 'Moscow', 'Beijing', 'Putin', 'President', 'the minister',
  'NATO', 'the United Nations', 'met', 'will meet', 'visited', 'did not sign', 'signed', 'attacked', 'could attack', 'threatened',
  'agreed', 'plans to visit', 'is expected to', 'talks', 'sanctions', 'on Monday', 'last week', 'next year', 'in May', 'May 2017',
  '2017-02-17', 'yesterday', 'on 31 February', 'in 1999', 'two years ago', 'since 2015', 'every Tuesday', 'the 1990s', 'Q3',
  'and', 'with', 'in', 'to', 'of', ',', '.', '!', '?', ';', '"', '(', ')', '\n', '\n\n', '  ', 'Mr.', 'U.S.', '—', 'e.g.',
];

const newsyText = fc
  .array(fc.tuple(fc.constantFrom(...NEWSY), fc.constantFrom(' ', ' ', ' ', '', '\n', '. ')), { maxLength: 60 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
const anyText = fc.oneof(
  { weight: 3, arbitrary: newsyText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(newsyText, fc.string({ unit: 'binary', maxLength: 40 }), newsyText).map((p) => p.join(' ')) },
);
const anyPublished = fc.oneof(
  fc.constant(null),
  fc.constantFrom('9999-12-31', '0001-01-01', '2016-02-29', '2017-12-31', '2017', '2017-10').map((v) => parseIsoDate(v)),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => parseIsoDate(d.toISOString().slice(0, 10))),
);

/** Whether an ISO value names real calendar time (TimeML's wider forms included). */
function validIso(value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value)) return isValidDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
  if (/^\d{4}-\d{2}$/.test(value)) return Number(value.slice(5)) >= 1 && Number(value.slice(5)) <= 12;
  if (/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?$/.test(value)) return true;
  if (/^\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.test(value)) return true;
  return /^\d{1,4}$/.test(value);
}

function checkSpan(doc: ArticleDoc, what: string, span: { start?: number; end?: number; text?: string } | undefined): void {
  if (!span || span.start === undefined) return;
  const { start, end } = span as { start: number; end: number };
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets`);
  assert.ok(start >= 0 && start <= end && end <= doc.text.length, `${what}: [${start}, ${end}) outside text of ${doc.text.length}`);
  if (typeof span.text === 'string') assert.equal(span.text, doc.text.slice(start, end), `${what}: text matches its offsets`);
}

function checkDate(what: string, d: CalendarDate | null | undefined): void {
  if (d) assert.ok(validIso(d.value), `${what}: "${d.value}" is not a calendar date`);
}

function checkDoc(doc: ArticleDoc, text: string): void {
  assert.equal(doc.text, text, 'the text is never rewritten');
  doc.sentences.forEach((s, i) => checkSpan(doc, `sentence ${i}`, s));
  doc.tokens.forEach((t, i) => checkSpan(doc, `token ${i}`, t));
  for (const t of doc.timexes) {
    checkSpan(doc, `timex "${t.text}"`, t);
    if ((t.type === 'DATE' || t.type === 'TIME') && /^\d/.test(t.value)) assert.ok(validIso(t.value), `timex "${t.text}": value "${t.value}"`);
    if (t.interval) {
      assert.ok(validIso(t.interval.start) && validIso(t.interval.end), `timex "${t.text}": interval ${JSON.stringify(t.interval)}`);
      assert.ok(t.interval.start <= t.interval.end, `timex "${t.text}": interval ends before it starts`);
    }
  }
  doc.actors.forEach((a) => checkSpan(doc, `actor "${a.text}"`, a));
  for (const r of doc.roles) {
    checkSpan(doc, `role of ${r.person}`, r);
    checkDate(`role of ${r.person}`, r.date);
  }
  for (const e of doc.events) {
    const what = `event ${e.type} "${e.text}"`;
    checkSpan(doc, what, e);
    checkSpan(doc, `${what} sentence`, e.sentence);
    assert.ok(e.sentence.start <= e.start && e.end <= e.sentence.end, `${what}: trigger inside its sentence`);
    checkSpan(doc, `${what} cue`, e.cue);
    checkSpan(doc, `${what} date timex`, e.date.timex);
    checkSpan(doc, `${what} source`, e.source?.mention);
    checkSpan(doc, `${what} target`, e.target?.mention);
    checkSpan(doc, `${what} place`, e.place);
    assert.ok(STATUSES.has(e.status), `${what}: status "${e.status}"`);
    assert.ok(BASES.has(e.date.basis), `${what}: date basis "${e.date.basis}"`);
    if (e.date.value !== null) assert.ok(validIso(e.date.value), `${what}: date "${e.date.value}"`);
    assert.ok(/^rule:|^stage:/.test(e.producedBy), `${what}: producedBy "${e.producedBy}"`);
  }
}

test('pipeline invariants hold over random text (fast-check, seeded)', () => {
  fc.assert(
    fc.property(anyText, anyPublished, (text, published) => {
      const doc = analyzer.analyze(makeDoc({ id: 'prop', name: 'prop.txt', text, published }));
      checkDoc(doc, text);
    }),
    { seed: 9, numRuns: 300, endOnFailure: true, includeErrorInReport: true },
  );
});

test('pipeline invariants hold on edge texts', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['one char', 'x'],
    ['only punctuation', '.!?;:,'.repeat(50)],
    ['lone surrogates', 'France \ud800 met \udfff Germany.'],
    ['combining marks', 'Fr\u0301ance met Ge\u0308rmany on Monday.'],
    ['right-to-left and emoji', '\u202eFrance met Germany\u202c 🇫🇷🇩🇪 on 1 May 2017.'],
    ['no sentence end', `France met Germany ${'and again '.repeat(500)}`],
    ['many newlines', '\n'.repeat(300) + 'France met Germany.' + '\n'.repeat(300)],
    ['impossible dates', 'France and Germany met on February 31, 2017 and on 2017-13-45.'],
    ['actor glued to a modal', 'talks could attack. Manilacould attack'],
  ];
  const failures: string[] = [];
  for (const [name, text] of cases) {
    for (const published of [null, parseIsoDate('9999-12-31'), parseIsoDate('2017-02-17')]) {
      try {
        checkDoc(analyzer.analyze(makeDoc({ id: 'edge', name: 'edge.txt', text, published })), text);
      } catch (err) {
        failures.push(`${name} (published ${published?.value ?? 'none'}): ${(err as Error).message.split('\n')[0]}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

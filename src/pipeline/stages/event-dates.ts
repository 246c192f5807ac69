import type { EventDate, EventMention, Timex } from '../../model/annotations.ts';
import type { Precision } from '../../model/calendar-date.ts';
import type { ArticleDoc } from '../../model/doc.ts';
import type { StructureWords } from '../../events/event-lexicon.ts';
import { clauseOf, formAt, rangeSpan, tokenAt } from '../../events/token-view.ts';
import type { Stage } from '../stage.ts';

const CALENDAR = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;
/**
 * A timex's calendar value at its precision (year, month or day), or null for anything else. TimeML's
 * PAST_REF ("recently") gives the report's year, PRESENT_REF ("now") the report's date.
 */
export function calendarOf(timex: Timex, published: string | null): { value: string; precision: Precision } | null {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return null;
  if (timex.value === 'PAST_REF' && published) return { value: published.slice(0, 4), precision: 'year' };
  if (timex.value === 'PRESENT_REF' && published) return { value: published, precision: published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year' };
  if (timex.resolved === false) return null;
  const m = CALENDAR.exec(timex.value);
  if (!m || m[1] === '0000') return null;
  if (m[3] && /^\d{4}-\d{2}-\d{2}/.test(timex.value)) return { value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
  if (m[2] && /^\d{4}-\d{2}(?!\d)/.test(timex.value)) return { value: `${m[1]}-${m[2]}`, precision: 'month' };
  return { value: m[1], precision: 'year' };
}

/** Whether ISO value `a` lies after `b` at their common precision. */
export function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/** Whether the trigger is a verb in a past form ("signed", "met", "had agreed"), not a present or a noun. */
export function pastVerb(doc: ArticleDoc, t: number, w: StructureWords): boolean {
  const tok = doc.tokens[t];
  if (tok.pos !== 'VERB') return false;
  const form = formAt(doc, t);
  if (w.pastAuxiliaries.has(formAt(doc, t - 1))) return true;
  return form !== tok.lemma.toLowerCase() && !form.endsWith('s') && !form.endsWith('ing');
}

/** A past-tense event dated by a month or day without a year cannot lie after its report: the year before. */
function pastShift(doc: ArticleDoc, ev: EventMention, timex: Timex, value: string, w: StructureWords): string {
  const published = doc.published?.value;
  if (!published || ev.status !== 'occurred' || !isAfter(value, published) || /\b\d{4}\b/.test(timex.text)) return value;
  if (!pastVerb(doc, tokenAt(doc.tokens, ev.start), w)) return value;
  return `${String(Number(value.slice(0, 4)) - 1).padStart(4, '0')}${value.slice(4)}`;
}

type Calendar = { value: string; precision: Precision } | null;

/** Each timex's calendar value against the doc's publication date, worked out once per doc. */
function calendarsOf(doc: ArticleDoc): (timex: Timex) => Calendar {
  const published = doc.published?.value ?? null;
  const memo = new Map<Timex, Calendar>();
  return (timex) => {
    let cal = memo.get(timex);
    if (cal === undefined) {
      cal = calendarOf(timex, published);
      memo.set(timex, cal);
    }
    return cal;
  };
}

/** The timex nearest the trigger among those inside `[lo, hi)` characters with a calendar value that `keep` accepts. */
function nearest(doc: ArticleDoc, cals: (t: Timex) => Calendar, lo: number, hi: number, at: number, keep: (t: Timex) => boolean): { timex: Timex; cal: { value: string; precision: Precision } } | null {
  let best: { timex: Timex; cal: { value: string; precision: Precision } } | null = null;
  for (const timex of doc.timexes) {
    if (timex.start < lo || timex.end > hi) continue;
    const cal = cals(timex);
    if (!cal || !keep(timex)) continue;
    if (!best || Math.abs(timex.start - at) < Math.abs(best.timex.start - at)) best = { timex, cal };
  }
  return best;
}

/**
 * Whether an event may take a time expression from another clause of its sentence. A reporting clause's
 * date ("said on Wednesday that it will supply") dates a plan as of the statement, never a reported fact;
 * a clause with an event of its own keeps its date, unless it is a "when" clause, which dates its main
 * clause too; a plan takes no date before the report from another clause.
 */
function inheritable(doc: ArticleDoc, cals: (t: Timex) => Calendar, ev: EventMention, tx: Timex, w: StructureWords): boolean {
  const k = tokenAt(doc.tokens, tx.start);
  if (k < 0) return false;
  const c = clauseOf(doc, k, w);
  const inClause = (offset: number) => offset >= doc.tokens[c.first].start && offset < doc.tokens[c.last].end;
  if (inClause(ev.start)) return ev.status !== 'occurred' || !statementTimex(doc, tx, w);
  let reporting = false;
  for (let i = c.first; i <= c.last; i++) reporting ||= doc.tokens[i].pos === 'VERB' && w.reportingVerbs.has(doc.tokens[i].lemma.toLowerCase());
  if (reporting) return ev.status !== 'occurred';
  const opener = c.first > 0 ? formAt(doc, c.first - 1) : '';
  if (doc.events.some((e) => e !== ev && inClause(e.start)) && !w.dateSharingOpeners.has(opener)) return false;
  const published = doc.published?.value;
  const cal = cals(tx);
  return ev.status === 'occurred' || !published || !cal || isAfter(cal.value, published);
}

/** Whether a timex dates a statement rather than what it reports ("Abella said Friday", "said on Friday"). */
function statementTimex(doc: ArticleDoc, tx: Timex, w: StructureWords): boolean {
  let k = tokenAt(doc.tokens, tx.start) - 1;
  if (k >= 0 && formAt(doc, k) === 'on') k--;
  const t = doc.tokens[k];
  return k >= 0 && t.pos === 'VERB' && w.reportingVerbs.has(t.lemma.toLowerCase());
}

/**
 * A past event with no date in its sentence takes the date of the sentence before it in its paragraph,
 * when that sentence's time expression dates something the report tells as past (not a statement's day,
 * not a date after the report).
 */
function paragraphDate(doc: ArticleDoc, cals: (t: Timex) => Calendar, ev: EventMention, t: number, w: StructureWords): EventDate | null {
  const si = doc.tokens[t].sentence;
  const prev = doc.sentences[si - 1];
  if (ev.status !== 'occurred' || !prev || prev.paragraph !== doc.sentences[si].paragraph) return null;
  const published = doc.published?.value ?? null;
  const hit = nearest(doc, cals, prev.start, prev.end, prev.end, (tx) => !statementTimex(doc, tx, w) && tx.type === 'DATE');
  if (!hit || (published && isAfter(hit.cal.value, published))) return null;
  return { value: hit.cal.value, precision: hit.cal.precision, basis: 'paragraph', timex: { start: hit.timex.start, end: hit.timex.end } };
}

const DURATION = /^P(\d+)([YMWD])$/;

/** "a year after the two states signed": a duration before "after"/"before" dates the clause from the report. */
function durationAnchored(doc: ArticleDoc, clauseFirst: number, w: StructureWords): EventDate | null {
  const published = doc.published;
  if (!published || published.precision !== 'day' || clauseFirst < 2) return null;
  const opener = formAt(doc, clauseFirst - 1);
  if (opener !== 'after' && opener !== 'before') return null;
  const before = doc.tokens[clauseFirst - 2];
  const timex = doc.timexes.find((t) => t.type === 'DURATION' && t.start <= before.start && before.end <= t.end);
  const m = timex ? DURATION.exec(timex.value) : null;
  if (!timex || !m || !w.clauseOpeners.has(opener)) return null;
  const n = Number(m[1]) * (opener === 'after' ? -1 : 1) * (m[2] === 'W' ? 7 : 1);
  const d = new Date(`${published.value}T12:00:00Z`);
  if (m[2] === 'Y') d.setUTCFullYear(d.getUTCFullYear() + n);
  else if (m[2] === 'M') d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCDate(d.getUTCDate() + n);
  const iso = d.toISOString().slice(0, 10);
  const precision: Precision = m[2] === 'Y' ? 'year' : m[2] === 'M' ? 'month' : 'day';
  return { value: precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso, precision, basis: 'timex', timex: { start: timex.start, end: timex.end } };
}

/**
 * Refiner: the event's own date. The time expression in the trigger's clause (basis `timex`), else one in
 * its sentence (`sentence`; a plan does not take a past date from another clause), else, for a past event,
 * one of the sentence before in its paragraph (`paragraph`), else the publication date (`published`),
 * always at its own precision. A vague past reference ("recently") gives the
 * publication year; a month named without a year, for a past event, is never after the report.
 */
export const eventDatesStage: Stage = {
  name: 'event-dates',
  requires: ['tokens', 'timexes', 'events'],
  assigns: ['events'],
  run(doc, ctx) {
    const w = ctx.resources.events.structure;
    const published = doc.published;
    const cals = calendarsOf(doc);
    const events = doc.events.map((ev) => {
      const t = tokenAt(doc.tokens, ev.start);
      const clause = clauseOf(doc, t, w);
      const span = rangeSpan(doc, clause.first, clause.last);
      let date: EventDate | null = null;
      const own = nearest(doc, cals, span.start, span.end, ev.start, (tx) => ev.status !== 'occurred' || !statementTimex(doc, tx, w));
      if (own) date = { value: pastShift(doc, ev, own.timex, own.cal.value, w), precision: own.cal.precision, basis: 'timex', timex: { start: own.timex.start, end: own.timex.end } };
      date ??= durationAnchored(doc, clause.first, w);
      if (!date) {
        const inherited = nearest(doc, cals, ev.sentence.start, ev.sentence.end, ev.start, (tx) => inheritable(doc, cals, ev, tx, w));
        if (inherited) {
          date = { value: pastShift(doc, ev, inherited.timex, inherited.cal.value, w), precision: inherited.cal.precision, basis: 'sentence', timex: { start: inherited.timex.start, end: inherited.timex.end } };
        }
      }
      date ??= paragraphDate(doc, cals, ev, t, w);
      if (!date) date = published ? { value: published.value, precision: published.precision, basis: 'published' } : { value: null, precision: null, basis: 'none' };
      ctx.debug(() => `event-dates: ${ev.text} ${date!.value ?? '-'} (${date!.basis})`);
      // copied, then the date set: V8 copies a literal with a spread and more keys slowly
      const e = { ...ev };
      e.date = date;
      return e;
    });
    return { ...doc, events };
  },
};

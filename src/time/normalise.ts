import type { TimexType } from '../model/annotations.ts';
import { parseNumeral } from './builtins.ts';
import { addDays, atUnit, isoDay, shiftBy, upcomingUnit, type Ymd } from './calendar-math.ts';
import { countsBack } from './anchors.ts';
import type { Candidate } from './candidate.ts';
import type { Direction } from './tense.ts';
import { resolveCalendar, SHIFT_WORD, weekdayFrom } from './resolve-calendar.ts';

/** What resolution may use: the publication date, the previous expression's date, the verb's direction. */
export interface ResolveEnv {
  dct: Ymd | null;
  /** The previous calendar expression of the text (its first day), when there is one. */
  previous: Ymd | null;
  /** The previous expression that named a day (for "the next day", weekdays in narratives). */
  previousDay: Ymd | null;
  /** The value of the previous calendar expression, at its own precision ("that time", "the same period last year"). */
  previousValue?: string | null;
  /** The dated expression this one is coordinated with ("August" in "August and September 1914"). */
  partner?: Ymd | null;
  /** The resolved start of the span of months this expression closes ("June" in "January to June"). */
  spanStart?: Ymd | null;
  /** The month of the span end this expression opens ("March" for "October" in "from October to March"). */
  spanEndMonth?: number | null;
  /** Anchor underspecified dates on the previous expression (narratives) rather than on the DCT. */
  narrative: boolean;
  direction: () => Direction;
}

/** A normalised expression: TimeML value and type, mod, and whether an anchor was missing. */
export interface Resolved {
  value: string;
  type: TimexType;
  mod?: string;
  resolved: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const UNIT_WORD: Record<string, string> = { weekend: 'WE', decade: 'DE', day: 'D', days: 'D', week: 'W', weeks: 'W', month: 'M', months: 'M', year: 'Y', years: 'Y', quarter: 'Q', decades: 'DE', hours: 'H', minutes: 'MI' };

/** Resolves `relative` rules: the anchor moved by n units, at the unit's precision. */
function resolveRelative(c: Candidate, env: ResolveEnv): Resolved {
  const { raw, norm } = c;
  const unit = norm.calUnit ?? norm.unit ?? c.rule.unit ?? UNIT_WORD[(raw.unitWord ?? raw.unitWord2 ?? '').toLowerCase()] ?? 'D';
  const sign = (raw.sign ?? raw.sign2)?.toLowerCase();
  const backward = countsBack(sign);
  let n: number | 'X' = c.rule.shift ?? 0;
  if (norm.dayRef !== undefined) n = Number(norm.dayRef);
  else if (norm.shift !== undefined) n = Number(norm.shift);
  else if (norm.anchorShift !== undefined) n = Number(norm.anchorShift);
  else if (raw.shift) n = SHIFT_WORD[raw.shift.toLowerCase()] ?? 0;
  else if (raw.numeral) n = parseNumeral(raw.numeral) * (backward ? -1 : 1);
  else if (norm.vague || raw.bareUnit) n = 'X';
  else if (sign) n = backward ? -1 : 1;
  const fromPrevious =
    c.rule.anchor === 'previous' || (sign !== undefined && !['ago', 'hence', 'from'].includes(sign)) || (env.narrative && env.dct !== null && norm.dayRef === undefined);
  const dayUnit = unit === 'D' || unit === 'W' || unit === 'WE' || unit === 'F' || unit === 'H' || unit === 'MI';
  const ref = fromPrevious ? ((dayUnit ? env.previousDay : env.previous) ?? env.dct) : env.dct;
  const pod = norm.pod ?? c.rule.pod;
  const type = c.rule.type;
  if (n === 'X') return { value: backward ? 'PAST_REF' : 'FUTURE_REF', type, resolved: true };
  if (unit === 'SAME') return resolveSame(c, env);
  if (!ref) {
    const shape = unit === 'Y' ? 'XXXX' : unit === 'M' ? 'XXXX-XX' : unit === 'W' ? 'XXXX-WXX' : 'XXXX-XX-XX';
    return { value: pod ? `${shape}T${pod}` : shape, type, resolved: false };
  }
  const value = c.rule.upcoming ? upcomingUnit(ref, unit) : atUnit(shiftBy(ref, unit, n), unit === 'F' || unit === 'H' || unit === 'MI' ? 'D' : unit);
  return { value: pod ? `${value}T${pod}` : value, type, resolved: true };
}

/**
 * Resolves `unit: SAME` rules: the previous expression's value at its own precision, moved by the
 * rule's shift in years ("the same period last year" after "February" → the February before).
 */
function resolveSame(c: Candidate, env: ResolveEnv): Resolved {
  const shift = c.rule.shift ?? 0;
  // "the same quarter last year" names its own precision: the anchor's quarter a year before
  const unit = UNIT_WORD[(c.raw.unitWord ?? '').toLowerCase()];
  const base = env.previous ?? env.dct;
  if (unit && base) return { value: atUnit(shiftBy(base, 'Y', shift), unit), type: c.rule.type, resolved: true };
  const m = env.previousValue ? /^(\d{4})(.*)$/.exec(env.previousValue) : null;
  const type = c.rule.type;
  if (m) return { value: `${pad(Number(m[1]) + shift, 4)}${m[2]}`, type, resolved: true };
  if (env.dct) return { value: shift === 0 ? isoDay(env.dct) : String(env.dct.y + shift), type, resolved: true };
  return { value: shift === 0 ? 'XXXX-XX-XX' : 'XXXX', type, resolved: false };
}

/** Resolves durations: P<n><unit>, PX<unit> for vague quantities. */
function resolveDuration(c: Candidate): Resolved {
  const { raw, norm } = c;
  if (raw.hours && raw.minutes) {
    const part = (v: string | undefined, u: string) => (v ? `${parseNumeral(v)}${u}` : '');
    return { value: `PT${part(raw.hours, 'H')}${part(raw.minutes, 'M')}${part(raw.seconds, 'S')}`, type: 'DURATION', resolved: true };
  }
  const unit = norm.unit ?? norm.unitAdj ?? norm.calUnit ?? UNIT_WORD[(raw.bareUnit ?? '').toLowerCase()] ?? 'Y';
  let n: number | 'X' = 1;
  if (raw.numeral) n = parseNumeral(raw.numeral);
  else if (norm.vague) n = norm.vague === 'X' ? 'X' : Number(norm.vague);
  else if (raw.bareUnit) n = /s$/i.test(raw.bareUnit) ? 'X' : 1;
  if (typeof n === 'number' && (raw.andHalf || raw.unitHalf)) n += 0.5;
  return { value: durationValue(n, unit), type: 'DURATION', resolved: true };
}

/**
 * The TimeML value of n units.
 * @example durationValue(3, 'D') // 'P3D'
 */
export function durationValue(n: number | 'X', unit: string): string {
  if (typeof n === 'number' && !Number.isInteger(n)) {
    if (unit === 'CE') return `P${Math.round(n * 100)}Y`;
    if (unit === 'DE') return `P${Math.round(n * 10)}Y`;
    // less than an hour is written in minutes: "half an hour" → PT30M
    if (unit === 'H' && n < 1 && Number.isInteger(n * 60)) return `PT${n * 60}M`;
  }
  const q = (k: number) => (n === 'X' ? 'X' : String(n * k));
  switch (unit) {
    case 'H':
      return `PT${q(1)}H`;
    case 'MI':
      return `PT${q(1)}M`;
    case 'S':
      return `PT${q(1)}S`;
    case 'F':
      return `P${q(2)}W`;
    case 'DE':
      return `P${q(10)}Y`;
    default:
      return `P${q(1)}${unit}`;
  }
}

/** Resolves sets: "every year" → P1Y, "every Monday" → XXXX-WXX-1. */
function resolveSet(c: Candidate): Resolved {
  const { raw, norm } = c;
  if (norm.setAdverb) return { value: norm.setAdverb, type: 'SET', resolved: true };
  const wd = norm.weekday ?? norm.weekdays;
  if (wd) return { value: `XXXX-WXX-${wd}${norm.podPlural ? `T${norm.podPlural}` : ''}`, type: 'SET', resolved: true };
  const unit = norm.setUnit ?? norm.setUnitPlural ?? 'D';
  if (unit === 'MO' || unit === 'N') return { value: `XXXX-XX-XXT${unit === 'N' ? 'NI' : 'MO'}`, type: 'SET', resolved: true };
  if (unit === 'SU' || unit === 'WI') return { value: `XXXX-${unit}`, type: 'SET', resolved: true };
  const k = raw.setNum ? (raw.setNum.toLowerCase() === 'other' ? 2 : parseNumeral(raw.setNum)) : 1;
  return { value: durationValue(k, unit), type: 'SET', resolved: true };
}

/** Resolves clock times on the day the text names (or the anchor's day). */
function resolveClock(c: Candidate, env: ResolveEnv): Resolved {
  const { raw, norm } = c;
  let hour = Number(raw.hour ?? raw.hhmm?.slice(0, 2) ?? 12);
  const minute = raw.minute ?? raw.hhmm?.slice(2) ?? '00';
  if (raw.noon) hour = /midnight/i.test(raw.noon) ? 24 : 12;
  if (norm.ampm === 'pm' && hour < 12) hour += 12;
  if (norm.ampm === 'am' && hour === 12) hour = 0;
  // a named zone gives its UTC offset (EST → -05, GMT → Z), as ISO 8601 and TimeML write it
  const clock = `T${pad(hour)}:${minute}${norm.timezone ?? ''}`;
  const wd = norm.weekday ?? norm.weekday2;
  const dayRef = norm.dayRef ?? norm.dayRef2;
  const ref = env.narrative ? (env.previousDay ?? env.dct) : env.dct;
  if (!ref) return { value: `XXXX-XX-XX${clock}`, type: 'TIME', resolved: false };
  let day = ref;
  if (wd) day = weekdayFrom(ref, Number(wd), env.direction());
  else if (dayRef) day = addDays(ref, Number(dayRef));
  return { value: `${isoDay(day)}${clock}`, type: 'TIME', resolved: true };
}

/**
 * Normalises a candidate to its TimeML value with the resolver its rule names.
 * @example resolveCandidate(candidate, env).value // '2017-10'
 */
export function resolveCandidate(c: Candidate, env: ResolveEnv): Resolved {
  let r: Resolved;
  switch (c.rule.resolve) {
    case 'calendar':
      r = resolveCalendar(c, env);
      break;
    case 'relative':
      r = resolveRelative(c, env);
      break;
    case 'duration':
      r = resolveDuration(c);
      break;
    case 'set':
      r = resolveSet(c);
      break;
    case 'clock':
      r = resolveClock(c, env);
      break;
    default:
      r = { value: c.rule.value ?? 'PRESENT_REF', type: c.rule.type, resolved: true };
  }
  // a fiscal year's calendar span is unknown: TimeML writes FY2013, FY2013-Q3
  if (c.rule.fiscal && /^\d{4}/.test(r.value)) r = { ...r, value: `FY${r.value}` };
  const mod = c.mod ?? c.rule.mod;
  return mod ? { ...r, mod } : r;
}

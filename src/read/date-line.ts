import { InputError } from '../errors.ts';
import { parseIsoDate, type CalendarDate } from '../model/calendar-date.ts';

const DATE_LINE = /^[ \t]*date[ \t]+(\d[\d\-\/.]*)(?=\s|$)[ \t]*\n?/;
const LOOKS_LIKE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Splits the seeds' optional publication-date prefix (` date YYYY-MM-DD ` before the first sentence) from
 * the text. Returns the date (or null when there is no date line) and the text after it. A date line whose
 * value is not a real calendar day (2017-02-31, 2017-13-01, 17-2-3) throws InputError E005.
 * @example splitDateLine(' date 2017-02-17 President Duterte ...') // { published: {value:'2017-02-17',...}, body: 'President Duterte ...' }
 */
export function splitDateLine(text: string, input: string): { published: CalendarDate | null; body: string; offset: number } {
  const m = DATE_LINE.exec(text);
  if (!m) return { published: null, body: text, offset: 0 };
  const value = m[1];
  const parsed = LOOKS_LIKE_DATE.test(value) ? parseIsoDate(value) : null;
  if (!parsed) {
    throw new InputError('E005', input, `bad date line "${m[0].trim()}": expected " date YYYY-MM-DD" with a real calendar day`);
  }
  return { published: parsed, body: text.slice(m[0].length), offset: m[0].length };
}

import { attr, decodeXml, normaliseDct, type GoldDoc, type TimexRecord } from './gold.ts';

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** The last sentence index MEANTIME annotates (title = 0, date line = 1). */
const LAST_ANNOTATED_SENTENCE = 5;

/**
 * Reads a MEANTIME CAT XML document: rebuilds a text from its tokens (one space between tokens,
 * none before punctuation; a new line between sentences), maps the TIMEX3 markables to offsets,
 * and ignores the DCT markable (the date line) in scoring.
 * @example readCatXml('a.xml', xml).dct // '2013-12-10'
 */
export function readCatXml(name: string, xml: string): GoldDoc {
  const tokenStart = new Map<string, number>();
  const tokenEnd = new Map<string, number>();
  let text = '';
  let sentence = -1;
  let prev = '';
  let scoredUntil = -1;
  const re = /<token ([^>]*)>([^<]*)<\/token>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const s = Number(attr(` ${m[1]}`, 'sentence'));
    const id = attr(` ${m[1]}`, 't_id') ?? '';
    const tok = decodeXml(m[2]);
    if (s !== sentence) {
      if (sentence === LAST_ANNOTATED_SENTENCE) scoredUntil = text.length;
      if (text) text += '\n';
      sentence = s;
    } else if (text && !NO_SPACE_BEFORE.test(tok) && !NO_SPACE_AFTER.test(prev)) text += ' ';
    tokenStart.set(id, text.length);
    text += tok;
    tokenEnd.set(id, text.length);
    prev = tok;
  }
  if (scoredUntil < 0) scoredUntil = text.length;
  let dct: string | null = null;
  const timexes: TimexRecord[] = [];
  const ignore: { start: number; end: number }[] = [];
  const tre = /(<TIMEX3 [^>]*>)([\s\S]*?)<\/TIMEX3>/g;
  for (let m = tre.exec(xml); m; m = tre.exec(xml)) {
    const ids = [...m[2].matchAll(/t_id="(\d+)"/g)].map((x) => x[1]);
    if (ids.length === 0) continue;
    const start = Math.min(...ids.map((i) => tokenStart.get(i) ?? Infinity));
    const end = Math.max(...ids.map((i) => tokenEnd.get(i) ?? -Infinity));
    const tag = m[1];
    if (attr(tag, 'functionInDocument') === 'CREATION_TIME') {
      dct = normaliseDct(attr(tag, 'value'));
      ignore.push({ start, end });
      continue;
    }
    timexes.push({ start, end, text: text.slice(start, end), type: attr(tag, 'type') ?? 'DATE', value: attr(tag, 'value') ?? '', mod: attr(tag, 'mod') || undefined });
  }
  timexes.sort((a, b) => a.start - b.start);
  return { name, dct, text, timexes, ignore, scoredUntil };
}

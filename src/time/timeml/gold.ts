/** One gold (or system) time expression of a TimeML document, by character offsets into its text. */
export interface TimexRecord {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

/** A TimeML document read for scoring: its text, its creation time and its gold timexes. */
export interface GoldDoc {
  name: string;
  /** Document creation time as `YYYY-MM-DD`, or null when absent or unreadable. */
  dct: string | null;
  text: string;
  timexes: TimexRecord[];
  /** Spans of the text that are never scored (e.g. the DCT line of MEANTIME). */
  ignore: { start: number; end: number }[];
  /** Offset after which nothing is scored (MEANTIME annotates only the first sentences). */
  scoredUntil: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the XML character entities of a text fragment.
 * @example decodeXml('AT&amp;T') // 'AT&T'
 */
export function decodeXml(s: string): string {
  return s.replace(/&(#x?[0-9a-fA-F]+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/**
 * Reads an XML attribute from a tag's text.
 * @example attr('<TIMEX3 type="DATE">', 'type') // 'DATE'
 */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
}

/**
 * Normalises a DCT value to `YYYY-MM-DD` (MEANTIME has one written `03-02-2009`); null when unreadable.
 * @example normaliseDct('2013-03-22T10:00') // '2013-03-22'
 */
export function normaliseDct(v: string | undefined): string | null {
  if (!v) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(v);
  if (iso) return iso[1];
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(v);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : null;
}

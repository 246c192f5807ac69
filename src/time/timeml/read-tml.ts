import { attr, decodeXml, normaliseDct, type GoldDoc, type TimexRecord } from './gold.ts';

/**
 * Reads an inline TimeML 1.2 document (TempEval-3, WikiWars TML): the text of `<TEXT>` with tags
 * removed, its TIMEX3s by offsets, and the DCT.
 * @example readInlineTimeml('a.tml', xml).timexes[0].value
 */
export function readInlineTimeml(name: string, xml: string): GoldDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml);
  const dct = normaliseDct(dctTag ? attr(dctTag[1], 'value') : undefined);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: TimexRecord[] = [];
  let open: { start: number; tag: string } | null = null;
  const re = /<[^>]+>|[^<]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const piece = m[0];
    if (!piece.startsWith('<')) {
      text += decodeXml(piece);
      continue;
    }
    if (piece.startsWith('<TIMEX3')) open = { start: text.length, tag: piece };
    else if (piece.startsWith('</TIMEX3') && open) {
      const t = open.tag;
      timexes.push({
        start: open.start,
        end: text.length,
        text: text.slice(open.start),
        type: attr(t, 'type') ?? 'DATE',
        value: attr(t, 'value') ?? '',
        mod: attr(t, 'mod') || undefined,
      });
      open = null;
    }
  }
  return { name, dct, text, timexes, ignore: [], scoredUntil: text.length };
}

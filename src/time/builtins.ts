/**
 * Builtin pattern classes: shapes rather than word lists. Their groups are read by the normaliser
 * (src/time/normalise.ts) from the matched text itself.
 */
export const BUILTINS: Record<string, string> = {
  year: "1[0-9]\\d\\d|20\\d\\d|['’]\\d\\d",
  year4: '1[0-9]\\d\\d|20\\d\\d',
  yy: "['’]\\d\\d",
  day: '3[01]|[12]\\d|0?[1-9]',
  decade: "(?:1[0-9]|20)?\\d0'?s|'\\d0s",
  numeral:
    '\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred|a dozen|dozen|a|an|half an?|a half|single',
};

const SMALL: Record<string, number> = {
  a: 1, an: 1, single: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/**
 * The value of a numeral the `{numeral}` builtin matched: digits, words, or "twenty-five".
 * @example parseNumeral('twenty-five') // 25
 */
export function parseNumeral(text: string): number {
  const t = text.toLowerCase().trim();
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  if (t === 'half a' || t === 'half an' || t === 'a half') return 0.5;
  return t
    .split(/[- ]+/)
    .filter((w) => w !== 'a' || t === 'a')
    .reduce((sum, w) => (w === 'hundred' ? Math.max(sum, 1) * 100 : w === 'dozen' ? Math.max(sum, 1) * 12 : sum + (SMALL[w] ?? 0)), 0);
}

/**
 * The four-digit year a `{year}` match names ("'08" → 2008, "'95" → 1995).
 * @example parseYear("'08") // 2008
 */
export function parseYear(text: string): number {
  if (text.startsWith("'") || text.startsWith('’')) {
    const yy = Number(text.slice(1));
    return yy < 40 ? 2000 + yy : 1900 + yy;
  }
  return Number(text);
}

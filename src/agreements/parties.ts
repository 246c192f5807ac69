import type { ArticleDoc } from '../model/doc.ts';
import type { Span } from '../model/span.ts';

/** The country of an actor mention, when it has one. */
export function countryOf(a: ArticleDoc['actors'][number]): string | undefined {
  return a.kind === 'country' ? (a.country ?? a.code) : a.country;
}

/** The parties: countries named in the sentence, completed from the article's most named countries. */
export function partiesOf(doc: ArticleDoc, sentence: Span, ranked: string[]): string[] {
  const inSentence = new Set(doc.actors.filter((a) => a.start >= sentence.start && a.end <= sentence.end).map(countryOf).filter((c): c is string => !!c));
  for (const c of ranked) {
    if (inSentence.size >= 2) break;
    inSentence.add(c);
  }
  return [...inSentence].sort();
}

/** The article's countries, most named first (ties by code). */
export function rankCountries(doc: ArticleDoc): string[] {
  const counts = new Map<string, number>();
  for (const a of doc.actors) {
    const c = countryOf(a);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}


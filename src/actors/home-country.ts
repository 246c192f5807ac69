import type { ActorMention } from '../model/annotations.ts';

/**
 * Most named first, then by code. Codes are ISO alpha-3 capitals, whose code-unit order is their collation
 * order (`localeCompare`), without the cost of a collator.
 */
const byCountThenCode = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * The article's home country: the country most often named, leaving out the countries the article
 * marks as foreign by writing them before a person's title ("Russian Foreign Minister ..."). News names
 * foreign officials with their country and its own officials without; an unmarked title belongs to the
 * home country. Falls back to the most named country; null when the article names none.
 * @example homeCountry(mentions, new Set(['RUS'])) // 'PHL' for a Philippine article about a Russian visit
 */
export function homeCountry(mentions: readonly ActorMention[], markers: ReadonlySet<string>): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.kind === 'country' && m.country) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(byCountThenCode);
  return (ranked.find(([c]) => !markers.has(c)) ?? ranked[0])?.[0] ?? null;
}

/**
 * The most often named country other than `except` (for "Ambassador to X" and foreign-only titles).
 * @example otherCountry(mentions, 'PHL') // 'RUS'
 */
export function otherCountry(mentions: readonly ActorMention[], except: string | null): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.kind === 'country' && m.country && m.country !== except) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  return [...counts.entries()].sort(byCountThenCode)[0]?.[0] ?? null;
}

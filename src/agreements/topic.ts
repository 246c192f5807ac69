import type { AgreementLexicon } from './agreement-lexicon.ts';

/**
 * Normalises an agreement topic and splits coordinated modifiers: "Defence and Security Cooperation" →
 * ["defense cooperation", "security cooperation"]; hyphens read as spaces; leading stop words dropped.
 * A topic of one word ("cooperation") names no particular agreement and gives nothing.
 * @example normaliseTopics(lexicon, 'a military-technical cooperation') // ['military technical cooperation']
 */
export function normaliseTopics(lexicon: AgreementLexicon, raw: string): string[] {
  const words = raw
    .toLowerCase()
    .replace(/[-‐–]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => lexicon.spellings.get(w) ?? w);
  while (words.length > 1 && lexicon.stopWords.has(words[0])) words.shift();
  const and = words.indexOf('and');
  if (and > 0 && and < words.length - 2) {
    const head = words.slice(and + 2).join(' ');
    return [`${words.slice(0, and).join(' ')} ${head}`, `${words[and + 1]} ${head}`];
  }
  return words.length > 1 && !words.includes('and') ? [words.join(' ')] : [];
}

/**
 * A display name built from a normalised topic.
 * @example nameOfTopic('defense cooperation') // 'Agreement on Defense Cooperation'
 */
export function nameOfTopic(topic: string): string {
  return `Agreement on ${topic.replace(/\b\w/g, (c) => c.toUpperCase())}`;
}

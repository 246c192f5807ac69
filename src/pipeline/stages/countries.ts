import type { ActorMention, TokenSpan } from '../../model/annotations.ts';
import type { CountryForm } from '../../actors/country-lexicon.ts';
import type { TitleLexicon } from '../../actors/title-lexicon.ts';
import { words } from '../../actors/words.ts';
import type { Stage } from '../stage.ts';

const LEADING_THE = /^the\s+/i;

/** A country form matches only with the case the text gives proper names: after a leading "the", `[A-ZÀ-Ý]`. */
function caseFits(form: CountryForm, matched: string): boolean {
  if (form.asWritten) return matched === form.phrase;
  const c = matched.charCodeAt(LEADING_THE.exec(matched)?.[0].length ?? 0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xdd);
}

/** Whether a token looks like part of a personal name: a capitalised word of the same sentence, not a title, rank or function word. */
function nameLike(text: string, tokens: readonly TokenSpan[], k: number, sentence: number, titles: TitleLexicon): boolean {
  const t = tokens[k];
  if (!t || t.sentence !== sentence) return false;
  const s = text.slice(t.start, t.end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(s)) return false;
  const ws = words(s);
  return !titles.notNames.longestAt(ws, 0) && !titles.heads.longestAt(ws, 0) && !titles.modifiers.longestAt(ws, 0) && !titles.ranks.longestAt(ws, 0);
}

/**
 * Finds countries by name, short and official form, adjective, capital and seat of government,
 * longest match first; guard phrases ("National Security Council", "Davao City", "South China Sea")
 * block the forms inside them, and a country name that is also a personal name is skipped when a name
 * word stands beside it ("Chad Smith"). Historical names keep their lineage country and note their own
 * state ("Soviet Union": RUS, historical SUN until 1991-12-26).
 */
export const countriesStage: Stage = {
  name: 'countries',
  requires: ['tokens'],
  assigns: ['actors'],
  run(doc, ctx) {
    const { matcher, personNames } = ctx.resources.countries;
    const titles = ctx.resources.actors.titles;
    const found: ActorMention[] = [];
    for (const m of matcher.matchAll(doc.tokens, doc.text)) {
      if ('guard' in m.entry) continue;
      const text = doc.text.slice(m.start, m.end);
      if (!caseFits(m.entry, text)) continue;
      const sentence = doc.tokens[m.first].sentence;
      const firstInSentence = m.first === 0 || doc.tokens[m.first - 1].sentence !== sentence;
      if (personNames.has(text.toLowerCase()) && ((!firstInSentence && nameLike(doc.text, doc.tokens, m.first - 1, sentence, titles)) || nameLike(doc.text, doc.tokens, m.last + 1, sentence, titles))) {
        ctx.debug(() => `countries: "${text}" at ${m.start} read as a personal name (${personNames.get(text.toLowerCase())})`);
        continue;
      }
      // built key by key, in this order (`historical` only for a historical name): V8 builds a literal with a conditional spread slowly
      const mention = { start: m.start, end: m.end, text, kind: 'country', code: m.entry.code, name: m.entry.name, country: m.entry.code, form: m.entry.form } as ActorMention;
      if (m.entry.historical) mention.historical = m.entry.historical;
      mention.producedBy = `rule:${m.entry.rule}`;
      found.push(mention);
    }
    return { ...doc, actors: [...doc.actors, ...found] };
  },
};

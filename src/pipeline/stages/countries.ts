import type { ActorMention } from '../../model/annotations.ts';
import type { CountryForm } from '../../actors/country-lexicon.ts';
import type { Stage } from '../stage.ts';

const LEADING_THE = /^the\s+/i;

/** A country form matches only with the case the text gives proper names. */
function caseFits(form: CountryForm, matched: string): boolean {
  if (/^[A-Z.]+$/.test(form.phrase.replace(/\./g, '')) && form.phrase.length <= 6) return matched === form.phrase;
  const head = matched.replace(LEADING_THE, '');
  return /^[A-ZÀ-Ý]/.test(head);
}

/**
 * Finds countries by name, short and official form, adjective, capital and seat of government,
 * longest match first; guard phrases ("National Security Council") block the forms inside them.
 */
export const countriesStage: Stage = {
  name: 'countries',
  requires: ['tokens'],
  assigns: ['actors'],
  run(doc, ctx) {
    const { matcher } = ctx.resources.countries;
    const found: ActorMention[] = [];
    for (const m of matcher.matchAll(doc.tokens, doc.text)) {
      if ('guard' in m.entry) continue;
      const text = doc.text.slice(m.start, m.end);
      if (!caseFits(m.entry, text)) continue;
      found.push({
        start: m.start,
        end: m.end,
        text,
        kind: 'country',
        code: m.entry.code,
        name: m.entry.name,
        country: m.entry.code,
        form: m.entry.form,
        producedBy: `rule:${m.entry.rule}`,
      });
    }
    return { ...doc, actors: [...doc.actors, ...found] };
  },
};

import type { ActorMention } from '../../model/annotations.ts';
import type { OrganisationEntry, OrganisationHead } from '../../actors/organisation-lexicon.ts';
import { afterMention, sentenceViews, type SentenceView } from '../../actors/sentence-view.ts';
import { isCapitalised, isPossessive, type PhraseTable } from '../../actors/words.ts';
import type { Stage } from '../stage.ts';

/** Form of an organisation mention whose country is the article's home country by default (the persons stage settles it). */
export const HOME_DEFAULT_FORM = 'home-default';

const CONNECTORS = new Set(['of', 'for']);
/** Name-list rules whose words never start an organisation's name ("The", "Monday"). */
const FUNCTION_RULES = new Set(['name.not.function-words', 'name.not.calendar']);

/** The country word right before word i ("Russia's", "Philippine"), if any. */
function countryBefore(v: SentenceView, i: number): string | undefined {
  let k = i - 1;
  if (k >= 0 && isPossessive(v.words[k])) k--;
  const m = k >= 0 ? v.mentions[k] : undefined;
  return m?.kind === 'country' ? m.country : undefined;
}

/** "the country's National Security Council": the article's own country. */
function homeWordBefore(v: SentenceView, i: number): boolean {
  return v.words[i - 1] && isPossessive(v.words[i - 1]) && v.words[i - 2]?.norm === 'country';
}

/** A run of capitalised words ending in an organisation head, optionally with "of/for" + capitalised words. */
function patternAt(v: SentenceView, i: number, heads: PhraseTable<OrganisationHead>, notNames: PhraseTable<string>) {
  const ws = v.words;
  if (!isCapitalised(ws[i]) || v.mentions[i] || FUNCTION_RULES.has(notNames.longestAt(ws, i)?.value ?? '')) return null;
  let k = i;
  let lastHead: { end: number; sector: string; rule: string } | null = null;
  while (k < ws.length && isCapitalised(ws[k]) && !v.mentions[k]) {
    const h = heads.longestAt(ws, k);
    if (h) {
      lastHead = { end: k + h.length, ...h.value };
      k += h.length;
    } else k++;
  }
  if (!lastHead) return null;
  let end = lastHead.end;
  if (CONNECTORS.has(ws[end]?.text ?? '')) {
    let q = end + 1;
    if (ws[q]?.norm === 'the') q++;
    let r = q;
    while (r < ws.length && isCapitalised(ws[r]) && !v.mentions[r]) r++;
    if (r > q) end = r;
  }
  if (end - i < 2 && !countryBefore(v, i)) return null;
  return { end, sector: lastHead.sector, rule: lastHead.rule };
}

/**
 * An organisation mention, its keys in this order (`country` only when known). Built key by key: V8 builds a
 * literal with a conditional spread (`...(country ? { country } : {})`) slowly.
 */
function organisationMention(start: number, end: number, text: string, code: string, name: string, country: string | undefined, sector: string | undefined, form: string, producedBy: ActorMention['producedBy']): ActorMention {
  const m = { start, end, text, kind: 'organisation', code, name } as ActorMention;
  if (country) m.country = country;
  m.sector = sector;
  m.form = form;
  m.producedBy = producedBy;
  return m;
}

/**
 * Finds organisations: known ones by name (data/actors/organisations.yaml and the Phoenix International
 * dictionary), and unseen ones by pattern ("Department of National Defense", "Federal Service for
 * Military-Technical Cooperation"). The country comes from the data, else from a country word before
 * the name ("Russia's Federal Service ..."), else (for national bodies) the article's home country, which
 * the persons stage fills in. Country mentions inside an organisation's name stay as they are.
 */
export const organisationsStage: Stage = {
  name: 'organisations',
  requires: ['tokens', 'actors'],
  assigns: ['actors'],
  run(doc, ctx) {
    const { known, heads } = ctx.resources.actors.organisations;
    const { notNames } = ctx.resources.actors.titles;
    const found: ActorMention[] = [];
    for (const v of sentenceViews(doc)) {
      const ws = v.words;
      for (let i = 0; i < ws.length; i++) {
        const hit = known.longestAt(ws, i);
        const last = hit ? ws[i + hit.length - 1] : undefined;
        const knownEnd = last ? last.end - (/\p{L}{3,}\.$/u.test(last.text) ? 1 : 0) : 0;
        const text = hit ? doc.text.slice(ws[i].start, knownEnd) : '';
        const entry: OrganisationEntry | undefined = hit?.value;
        const fits = entry && (entry.exactCase ? text === entry.exactCase : isCapitalised(ws[i]) || ws[i].text === ws[i].norm);
        const coversCountry = hit && v.mentions[i]?.kind === 'country' && afterMention(v, i) > i + hit.length;
        const p = patternAt(v, i, heads, notNames);
        if (entry && fits && !coversCountry && (!p || p.end <= i + hit!.length)) {
          const before = countryBefore(v, i);
          const fixed = entry.country && entry.country !== 'home' && entry.country !== 'modifier' ? entry.country : undefined;
          const country = fixed ?? before;
          const pending = !country && entry.country === 'home';
          const form = pending || homeWordBefore(v, i) ? HOME_DEFAULT_FORM : 'name';
          found.push(organisationMention(ws[i].start, knownEnd, text, entry.code ?? `org:${entry.name}`, entry.name, country, entry.sector, form, `rule:${entry.rule}`));
          i += hit!.length - 1;
          continue;
        }
        if (!p) continue;
        const start = ws[i].start;
        const end = ws[p.end - 1].end - (/\p{L}{3,}\.$/u.test(ws[p.end - 1].text) ? 1 : 0);
        const name = doc.text.slice(start, end);
        const international = p.sector === 'international';
        const country = international ? undefined : countryBefore(v, i);
        found.push(organisationMention(start, end, name, `org:${name}`, name, country, p.sector, country || international ? 'pattern' : HOME_DEFAULT_FORM, `rule:${p.rule}`));
        i = p.end - 1;
      }
    }
    ctx.debug(() => `organisations: ${found.map((o) => `${o.text}=${o.country ?? '?'}`).join(', ')}`);
    return { ...doc, actors: [...doc.actors, ...found].sort((a, b) => a.start - b.start) };
  },
};

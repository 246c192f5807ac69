import type { ActorMention, RoleAssertion } from '../../model/annotations.ts';
import { parseIsoDate, type CalendarDate } from '../../model/calendar-date.ts';
import type { ArticleDoc } from '../../model/doc.ts';
import { homeCountry, otherCountry } from '../../actors/home-country.ts';
import { titledNames, type TitledName } from '../../actors/person-candidates.ts';
import { mergePerson, namesCompatible, newPersonId, type KnownPerson } from '../../actors/person-identity.ts';
import { sentenceViews } from '../../actors/sentence-view.ts';
import { codeOn } from '../../actors/tabari/code-block.ts';
import type { ActorLexicon } from '../../actors/actor-lexicon.ts';
import type { Stage } from '../stage.ts';
import { HOME_DEFAULT_FORM } from './organisations.ts';

/** One person of the article: their mentions so far and what the text says of them. */
interface ArticlePerson {
  record: KnownPerson;
  titled: TitledName[];
  named: { start: number; end: number; text: string; rule: string }[];
  country?: string;
  countryRule?: string;
}

/** The date a role is attested: the article's date at its precision (null when undated). */
export function attestedDate(doc: ArticleDoc, reference: string | null): CalendarDate | null {
  if (!reference) return null;
  if (doc.published?.value === reference) return { value: doc.published.value, precision: doc.published.precision };
  return parseIsoDate(reference);
}

/**
 * The dictionary country of a person on a day ("RUSGOV" → RUS), if the code starts with a known country.
 * A single word is looked up as a name ("Obama" is an alias), else as a surname; it counts only when every
 * dictionary person it fits has the same country.
 */
function dictionaryCountry(lex: ActorLexicon, name: string, day: string | null, known: ReadonlyMap<string, string>): string | undefined {
  const found = new Set<string>();
  const single = !/\s/.test(name.trim());
  const named = lex.persons.lookup(name);
  for (const p of named.length || !single ? named : lex.persons.bySurname(name)) {
    const code = codeOn(p.codes, day) ?? p.codes[0]?.code;
    if (code && known.has(code.slice(0, 3))) found.add(code.slice(0, 3));
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Groups titled names and dictionary names of the article into persons (compatible names merge). A record
 * starts with every key of a known person (`country` null until settled), so merging adds none.
 */
function groupPersons(titled: TitledName[], dictNames: ArticlePerson['named']): ArticlePerson[] {
  const persons: ArticlePerson[] = [];
  const seen = new Map<string, ArticlePerson>();
  const find = (name: string) => {
    const p = seen.get(name) ?? persons.find((q) => [q.record.name, ...q.record.aliases].some((n) => namesCompatible(n, name)));
    if (p) seen.set(name, p);
    return p;
  };
  for (const t of titled) {
    const p = find(t.name.name);
    if (p) {
      if (p.record.name !== t.name.name || !p.record.titles.includes(t.title.title)) p.record = mergePerson(p.record, { name: t.name.name, titles: [t.title.title] });
      p.titled.push(t);
    } else {
      const q = { record: { id: '', name: t.name.name, aliases: [], titles: [t.title.title], country: null }, titled: [t], named: [] };
      persons.push(q);
      seen.set(t.name.name, q);
    }
  }
  for (const d of dictNames) {
    const p = find(d.text);
    if (p) p.named.push(d);
    else persons.push({ record: { id: '', name: d.text, aliases: [], titles: [], country: null }, titled: [], named: [d] });
  }
  return persons;
}

/**
 * A mention of a person, its keys in this order (`country` only when known). Built key by key: V8 builds
 * `{ ...base, start, ... }` slowly.
 */
function personMention(p: ArticlePerson, start: number, end: number, text: string, producedBy: ActorMention['producedBy']): ActorMention {
  const m = { kind: 'person', code: p.record.id, name: p.record.name } as ActorMention;
  if (p.country) m.country = p.country;
  m.start = start;
  m.end = end;
  m.text = text;
  m.form = 'name';
  m.producedBy = producedBy;
  return m;
}

/**
 * Finds people by their titles ("Foreign Affairs Secretary ...", "..., head of the Wakandan arms
 * exporter") and by name from the Phoenix dictionary; gives each a country (the title's country word or
 * organisation, the dictionary, "Ambassador to X" not being from X, titles a country does not use, else
 * the article's home country) and makes one role assertion per person and title, dated with the
 * article's publication date. Also settles the country of organisations left to the home country.
 */
export const personsStage: Stage = {
  name: 'persons',
  requires: ['sentences', 'actors'],
  assigns: ['actors', 'roles'],
  run(doc, ctx) {
    const lex = ctx.resources.actors;
    const views = sentenceViews(doc);
    const titled = views.flatMap((v) => titledNames(v, lex.titles, doc.text));
    const dictNames: ArticlePerson['named'] = [];
    for (const m of lex.persons.matcher.match(doc.text, doc.sentences)) {
      const end = m.end - (m.text.endsWith('.') ? 1 : 0);
      if (!/^\p{Lu}/u.test(m.text) || titled.some((t) => t.start < end && m.start < t.end)) continue;
      dictNames.push({ start: m.start, end, text: lex.persons.personOf(m.entry).name, rule: 'phoenix.countries' });
    }
    const persons = groupPersons(titled, dictNames);
    const markers = new Set(titled.filter((t) => t.title.country?.basis !== 'organisation').map((t) => t.title.country?.code).filter((c): c is string => !!c));
    const home = homeCountry(doc.actors, markers);
    const countryNames = ctx.resources.countries.names;
    for (const p of persons) {
      const explicit = p.titled.find((t) => t.title.country);
      const international = p.titled.find((t) => t.title.sector === 'international');
      const foreign = p.titled.find((t) => [t.title.modifiedHeadText, t.title.headText].some((h) => lex.titles.foreign.get(h)?.notUsedBy.includes(home ?? '')));
      const posting = p.titled.find((t) => t.title.posting)?.title.posting;
      const dict = dictionaryCountry(lex, p.record.name, ctx.reference, countryNames);
      if (explicit) [p.country, p.countryRule] = [explicit.title.country!.code, `title-${explicit.title.country!.basis}`];
      else if (dict) [p.country, p.countryRule] = [dict, 'phoenix.countries'];
      else if (international) [p.country, p.countryRule] = [undefined, 'title-international'];
      else if (foreign) [p.country, p.countryRule] = [otherCountry(doc.actors, home) ?? undefined, lex.titles.foreign.get(foreign.title.headText)?.rule ?? 'title.foreign'];
      else if (posting && posting === home) [p.country, p.countryRule] = [otherCountry(doc.actors, home) ?? undefined, 'title-posting'];
      else [p.country, p.countryRule] = [home ?? undefined, 'home-country'];
      const { name, aliases, titles } = p.record;
      p.record = { id: newPersonId({ name, country: p.country }, []), name, aliases, titles, country: p.country ?? null };
    }
    const date = attestedDate(doc, ctx.reference);
    const mentions: ActorMention[] = [];
    const roles: RoleAssertion[] = [];
    for (const p of persons) {
      for (const t of p.titled) {
        mentions.push(personMention(p, t.name.start, t.name.end, t.name.name, `rule:${t.title.head.rule}`));
        if (t.title.past) continue;
        const title = lex.titles.canonical.get(t.title.title.toLowerCase())?.to ?? t.title.title;
        if (roles.some((r) => r.person === p.record.name && r.title === title)) continue;
        // built key by key, in this order (optional keys only when set): V8 builds a literal with a conditional spread slowly
        const role = { start: t.start, end: t.end, person: p.record.name, title } as RoleAssertion;
        if (t.title.organisation) role.organisation = t.title.organisation;
        if (p.country) role.country = p.country;
        role.date = date;
        role.producedBy = `rule:${t.title.head.rule}`;
        roles.push(role);
      }
      for (const d of p.named) mentions.push(personMention(p, d.start, d.end, doc.text.slice(d.start, d.end), `rule:${d.rule}`));
    }
    const actors = doc.actors.map((a) => (a.form === HOME_DEFAULT_FORM && !a.country && home ? { ...a, country: home } : a));
    ctx.debug(() => `persons (home ${home}): ${persons.map((p) => `${p.record.name}/${p.country}(${p.countryRule})`).join(', ')}`);
    return { ...doc, actors: [...actors, ...mentions].sort((a, b) => a.start - b.start), roles: [...doc.roles, ...roles] };
  },
};

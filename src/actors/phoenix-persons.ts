import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../data-loading/load-yaml.ts';
import { isOrganisationName, loadDictionaryOrgRules, titleCase } from './organisation-lexicon.ts';
import type { CodeBlock } from './tabari/code-block.ts';
import { DictionaryMatcher } from './tabari/dictionary-matcher.ts';
import { readActorDictionary, type ActorEntry } from './tabari/read-actors.ts';

/** The Phoenix file persons come from (relative to data/). */
export const PHOENIX_COUNTRIES = 'actors/phoenix/Phoenix.Countries.actors.txt';

/** A person known from an actor dictionary, with the date-bounded codes of their roles. */
export interface DictionaryPerson {
  name: string;
  aliases: string[];
  codes: CodeBlock[];
  /** The dictionary file, for `source = 'dictionary:<file>'`. */
  file: string;
}

/** Persons from the Phoenix dictionary, and a matcher for their multi-word names. */
export interface PersonDictionary {
  matcher: DictionaryMatcher;
  /** The person of a matched dictionary entry. */
  personOf(entry: ActorEntry): DictionaryPerson;
  /** Persons whose name or alias equals the given name (case-insensitive). */
  lookup(name: string): DictionaryPerson[];
  /** Persons whose head name ends with the given surname (case-insensitive). */
  bySurname(surname: string): DictionaryPerson[];
}

const toPerson = (e: ActorEntry, file: string): DictionaryPerson => ({
  name: titleCase(e.phrases[0].words),
  aliases: e.phrases.slice(1).map((p) => titleCase(p.words)),
  codes: e.codes,
  file,
});

/**
 * Loads persons from the Phoenix Countries dictionary (MIT): entries marked `# CountryInfo.txt`, and
 * entries with date-bounded codes whose name has no organisation word (BARACK_OBAMA).
 * Only names of two words or more are matched in text; surnames come through coreference.
 * An absent file gives an empty dictionary.
 * @example loadPersonDictionary().lookup('Vladimir Putin')[0].codes.length > 0
 */
export function loadPersonDictionary(dataDir = DATA_DIR): PersonDictionary {
  const file = path.join(dataDir, PHOENIX_COUNTRIES);
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const rules = loadDictionaryOrgRules(dataDir);
  const dated = (e: ActorEntry) => e.codes.some((c) => c.from !== undefined || c.to !== undefined);
  const isPerson = (e: ActorEntry) =>
    e.codes.length > 0 && (e.comment?.includes('CountryInfo') || (dated(e) && e.phrases[0].words.length >= 2 && !isOrganisationName(e.phrases[0].words, rules)));
  const entries = readActorDictionary(text).entries.filter(isPerson);
  const base = path.basename(PHOENIX_COUNTRIES);
  const people = new Map<ActorEntry, DictionaryPerson>();
  const byName = new Map<string, DictionaryPerson[]>();
  const surnames = new Map<string, DictionaryPerson[]>();
  for (const e of entries) {
    const p = toPerson(e, base);
    people.set(e, p);
    const surname = e.phrases[0].words[e.phrases[0].words.length - 1].toLowerCase();
    if (e.phrases[0].words.length > 1) {
      const list = surnames.get(surname);
      if (list) list.push(p);
      else surnames.set(surname, [p]);
    }
    for (const n of [p.name, ...p.aliases]) {
      const key = n.toLowerCase();
      const list = byName.get(key);
      if (list) list.push(p);
      else byName.set(key, [p]);
    }
  }
  const back = new Map<ActorEntry, ActorEntry>();
  for (const e of entries) {
    // an array of its length (filter would leave room for more)
    const phrases = e.phrases.every((p) => p.words.length >= 2) ? e.phrases.slice() : e.phrases.filter((p) => p.words.length >= 2);
    if (phrases.length) back.set({ ...e, phrases }, e);
  }
  return {
    matcher: new DictionaryMatcher([...back.keys()]),
    personOf: (entry) => people.get(back.get(entry) ?? entry) ?? toPerson(entry, base),
    lookup: (name) => byName.get(name.toLowerCase()) ?? [],
    bySurname: (surname) => surnames.get(surname.toLowerCase()) ?? [],
  };
}

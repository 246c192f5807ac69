import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { assertUniqueIds, DATA_DIR, loadDataFile } from '../data-loading/load-yaml.ts';
import { readActorDictionary } from './tabari/read-actors.ts';
import { PhraseTable } from './words.ts';

/** A known organisation. `country` is ISO alpha-3, or `home`/`modifier` when the context decides it. */
export interface OrganisationEntry {
  name: string;
  country?: string;
  sector: string;
  rule: string;
  /** TABARI code, for organisations from a dictionary. */
  code?: string;
  /** Only an exact-case match counts (acronyms from dictionaries). */
  exactCase?: string;
}

/** A head word that makes an unseen organisation ("... Agency", "Department of ..."). */
export interface OrganisationHead {
  sector: string;
  rule: string;
}

/** Organisations by phrase, and the heads that patterns use for unseen ones. */
export interface OrganisationLexicon {
  known: PhraseTable<OrganisationEntry>;
  heads: PhraseTable<OrganisationHead>;
}

const schema = z.object({
  organisations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      phrases: z.array(z.string()).min(1),
      country: z.union([z.string().regex(/^[A-Z]{3}$/), z.literal('home'), z.literal('modifier')]).optional(),
      sector: z.string(),
      example: z.string(),
    }),
  ),
  patterns: z.array(z.object({ id: z.string(), heads: z.array(z.string()).min(1), sector: z.string(), example: z.string() })),
  dictionaryOrgWords: z.object({ id: z.string(), words: z.array(z.string()).min(1), example: z.string() }),
  dictionarySectors: z.array(z.object({ id: z.string(), prefix: z.string(), sector: z.string(), example: z.string() })),
});

/** How dyad reads organisations out of TABARI dictionaries (from organisations.yaml). */
export interface DictionaryOrgRules {
  /** Upper-case words that make a dictionary name an organisation's. */
  words: Set<string>;
  /** Code prefix → sector. */
  sectors: { prefix: string; sector: string }[];
}

/**
 * Whether a dictionary phrase (upper-case words) names an organisation.
 * @example isOrganisationName(['ASIAN', 'DEVELOPMENT', 'BANK'], rules) // true
 */
export function isOrganisationName(words: readonly string[], rules: DictionaryOrgRules): boolean {
  return words.some((w) => rules.words.has(w));
}

/**
 * Reads the dictionary rules of organisations.yaml.
 * @example loadDictionaryOrgRules().sectors[0].prefix // 'IGO'
 */
export function loadDictionaryOrgRules(dataDir = DATA_DIR): DictionaryOrgRules {
  const data = loadDataFile('actors/organisations.yaml', schema, dataDir);
  return { words: new Set(data.dictionaryOrgWords.words), sectors: data.dictionarySectors };
}

const PHOENIX_INTERNATIONAL = 'actors/phoenix/Phoenix.International.actors.txt';
const FUNCTION_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'ON', 'IN', 'TO']);

/**
 * Writes a dictionary phrase in title case, keeping acronyms ("ASIAN DEVELOPMENT BANK" → "Asian Development Bank").
 * @example titleCase(['UNITED', 'NATIONS']) // 'United Nations'
 */
export function titleCase(ws: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    out.push(i > 0 && FUNCTION_WORDS.has(w) ? w.toLowerCase() : isVowellessAcronym(w) ? w : w.charAt(0) + w.slice(1).toLowerCase());
  }
  return out.join(' ');
}

/** Whether a word is two to five capitals and periods without a vowel (`NDP`, `P.L.`), kept as it is by titleCase. */
function isVowellessAcronym(w: string): boolean {
  return w.length <= 5 && isAcronym(w) && !/[AEIOU]/.test(w);
}

/** Whether a dictionary word is two to seven capitals and periods (`NATO`, `U.N.`): `/^[A-Z.]{2,7}$/`. */
function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 7) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c !== 46 && (c < 65 || c > 90)) return false;
  }
  return true;
}

/**
 * Adds the organisations of the Phoenix International dictionary (MIT): entries whose name has an
 * organisation word, and acronyms (matched with their exact case).
 */
function addPhoenixOrganisations(known: PhraseTable<OrganisationEntry>, dataDir: string, rules: DictionaryOrgRules): void {
  const file = path.join(dataDir, PHOENIX_INTERNATIONAL);
  if (!fs.existsSync(file)) return;
  const dict = readActorDictionary(fs.readFileSync(file, 'utf8'));
  for (const e of dict.entries) {
    const code = e.codes.find((c) => c.from === undefined && c.to === undefined)?.code ?? e.codes[0]?.code;
    if (!code) continue;
    const sector = rules.sectors.find((r) => code.startsWith(r.prefix))?.sector;
    if (!sector) continue;
    let name: string | undefined;
    for (const p of e.phrases) {
      const acronym = p.words.length === 1 && isAcronym(p.words[0]);
      if (!acronym && !isOrganisationName(p.words, rules)) continue;
      name ??= titleCase(e.phrases[0].words);
      const rule = 'phoenix.international';
      known.add(p.words.join(' '), acronym ? { name, sector, rule, code, exactCase: p.words[0] } : { name, sector, rule, code });
    }
  }
}

/**
 * Loads data/actors/organisations.yaml and the Phoenix International dictionary; throws E020 on a bad file.
 * @example loadOrganisationLexicon().known.has('ASEAN') // true
 */
export function loadOrganisationLexicon(dataDir = DATA_DIR): OrganisationLexicon {
  const data = loadDataFile('actors/organisations.yaml', schema, dataDir);
  assertUniqueIds('actors/organisations.yaml', [...data.organisations, ...data.patterns, data.dictionaryOrgWords, ...data.dictionarySectors]);
  const known = new PhraseTable<OrganisationEntry>();
  for (const o of data.organisations) {
    for (const p of o.phrases) {
      const acronym = isAcronym(p);
      const { name, country, sector, id: rule } = o;
      known.add(p, acronym ? { name, country, sector, rule, exactCase: p } : { name, country, sector, rule });
    }
  }
  addPhoenixOrganisations(known, dataDir, { words: new Set(data.dictionaryOrgWords.words), sectors: data.dictionarySectors });
  const heads = new PhraseTable<OrganisationHead>();
  for (const pat of data.patterns) for (const h of pat.heads) heads.add(h, { sector: pat.sector, rule: pat.id });
  return { known, heads };
}

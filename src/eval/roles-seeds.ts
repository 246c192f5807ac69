import fs from 'node:fs';
import path from 'node:path';
import countries, { type Country } from 'world-countries';
import type { RoleAssertion } from '../model/annotations.ts';
import { loadTitleLexicon } from '../actors/title-lexicon.ts';
import { mergePerson, resolvePerson, type KnownPerson } from '../actors/person-identity.ts';
import { splitDateLine } from '../read/date-line.ts';
import { analyzeText } from './events-common.ts';
import { prf, type EvalReport, type Scorer } from './report.ts';
import { missingShared, sharedPath } from './shared-path.ts';

/** One role assertion of gold/seeds.json. */
interface GoldRole {
  person: string;
  title: string;
  country: string;
  attested: string;
  file: string;
  aliases?: string[];
}

/** A predicted role, with the person id cross-article identity gave it. */
interface PredictedRole {
  file: string;
  role: RoleAssertion;
  personId: string;
  undated: boolean;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const STOP = new Set(['the', 'of', 'to', 'for', 'a', 'an', 'and']);

/** The words naming a country (its names, demonyms and capital), which a title may or may not repeat. */
function countryWords(code: string): Set<string> {
  const list = ((countries as unknown as { default?: Country[] }).default ?? countries) as Country[];
  const c = list.find((x) => x.cca3 === code);
  const text = c ? [c.name.common, c.name.official, c.demonyms?.eng?.m ?? '', ...(c.capital ?? []), c.name.common === 'Philippines' ? 'Philippine' : ''].join(' ') : '';
  return new Set(fold(text).split(/[^a-z]+/).filter(Boolean).flatMap((w) => [w, `${w}s`]));
}

/**
 * A title as a bag of words: lower case, accents and punctuation dropped, function words and the
 * country's own name dropped, canonical forms applied ("Secretary of National Defense" = "Defense Secretary").
 */
function titleBag(title: string, country: string, canonical: Map<string, { to: string }>): string {
  const t = canonical.get(title.toLowerCase())?.to ?? title;
  const drop = countryWords(country);
  return fold(t)
    .split(/[^a-z]+/)
    .filter((w) => w && !STOP.has(w) && !drop.has(w))
    .sort()
    .join(' ');
}

/** Runs the pipeline over the seeds and gives every role a cross-article person id, as ingest does. */
function predict(dir: string, files: string[]): { predicted: PredictedRole[]; persons: Map<string, KnownPerson> } {
  const persons = new Map<string, KnownPerson>();
  const predicted: PredictedRole[] = [];
  for (const file of files) {
    const { published, body } = splitDateLine(fs.readFileSync(path.join(dir, file), 'utf8'), file);
    const doc = analyzeText(body, published, file);
    for (const role of doc.roles) {
      const titles = doc.roles.filter((r) => r.person === role.person).map((r) => r.title);
      const mention = { name: role.person, country: role.country ?? null, titles };
      const r = resolvePerson(mention, [...persons.values()]);
      const known = persons.get(r.id);
      persons.set(r.id, known ? mergePerson(known, mention) : { id: r.id, name: role.person, aliases: [], country: role.country ?? null, titles });
      predicted.push({ file, role, personId: r.id, undated: published === null });
    }
  }
  return { predicted, persons };
}

/**
 * Scores the role assertions of the five seed articles (person, title, country, date attested) and
 * whether each real person got exactly one person id across articles.
 */
export async function scoreSeedRoles(): Promise<EvalReport> {
  const name = 'roles-seeds';
  const goldFile = sharedPath('gold/seeds.json');
  const dir = sharedPath('corpus/seeds');
  if (!goldFile || !dir) return { name, rows: [], skipped: missingShared('gold/seeds.json') };
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { roles: GoldRole[]; documents: Record<string, unknown>; same_person: string[][] };
  const { canonical } = loadTitleLexicon();
  const { predicted, persons } = predict(dir, Object.keys(gold.documents).sort());
  const personName = (id: string) => persons.get(id)?.name ?? id;
  const goldNames = (g: GoldRole) => {
    const group = gold.same_person.find((s) => s.some((n) => fold(n) === fold(g.person))) ?? [];
    return new Set([g.person, ...(g.aliases ?? []), ...group].map(fold));
  };
  const used = new Set<PredictedRole>();
  const misses: string[] = [];
  let tp = 0;
  let pending = 0;
  let personCountryTp = 0;
  const idsByGold = new Map<string, Set<string>>();
  for (const g of gold.roles) {
    const names = goldNames(g);
    const samePerson = predicted.filter((p) => p.file === g.file && names.has(fold(personName(p.personId))));
    const ids = idsByGold.get(fold(g.person)) ?? new Set<string>();
    for (const p of samePerson) ids.add(p.personId);
    idsByGold.set(fold(g.person), ids);
    if (samePerson.some((p) => p.role.country === g.country)) personCountryTp++;
    const hit = samePerson.find((p) => {
      if (used.has(p) || p.role.country !== g.country) return false;
      if (titleBag(p.role.title, g.country, canonical) !== titleBag(g.title, g.country, canonical)) return false;
      return p.role.date ? p.role.date.value === g.attested : p.undated;
    });
    if (hit) {
      used.add(hit);
      tp++;
      if (!hit.role.date) pending++;
    } else misses.push(`missed ${g.file} ${g.person} | ${g.title} | ${g.country} | ${g.attested}; found: ${samePerson.map((p) => `${p.role.title}/${p.role.country}/${p.role.date?.value ?? 'null'}`).join('; ') || 'nothing'}`);
  }
  for (const p of predicted) if (!used.has(p)) misses.push(`extra ${p.file} ${personName(p.personId)} | ${p.role.title} | ${p.role.country} | ${p.role.date?.value ?? 'null'}`);
  const split = [...idsByGold.entries()].filter(([, ids]) => ids.size > 1);
  const owners = new Map<string, Set<string>>();
  for (const [g, ids] of idsByGold) for (const id of ids) owners.set(id, new Set([...(owners.get(id) ?? []), g]));
  const merged = [...owners.entries()].filter(([, gs]) => gs.size > 1);
  for (const [g, ids] of split) misses.push(`person split: ${g} → ${[...ids].join(', ')}`);
  for (const [id, gs] of merged) misses.push(`persons merged: ${id} ← ${[...gs].join(', ')}`);
  const onePerson = [...idsByGold.values()].filter((ids) => ids.size === 1).length;
  return {
    name,
    rows: [
      { part: 'roles', metric: 'person+title+country+date', prf: prf(tp, predicted.length - tp, gold.roles.length - tp) },
      { part: 'roles', metric: 'person+country found', score: personCountryTp / gold.roles.length, detail: `${personCountryTp}/${gold.roles.length}` },
      { part: 'roles', metric: 'undated article, date left null', score: tp ? pending / tp : 0, detail: `${pending} of ${tp} matches; the lead dates them` },
      { part: 'persons', metric: 'one id per real person', score: idsByGold.size ? onePerson / idsByGold.size : 0, detail: `${onePerson}/${idsByGold.size}; split ${split.length}, merged ${merged.length}` },
    ],
    misses,
  };
}

/** The scorer `npm run eval` runs. */
export const rolesSeedsScorer: Scorer = { name: 'roles-seeds', run: scoreSeedRoles };

/**
 * Cross-article person identity: one person per real person, tolerant of transliteration ("Nikolai" /
 * "Nikolay" Patrushev), suffixes ("Esperon Jr" / "Esperon") and truncated surnames, never merging two
 * people who share a surname when their given names, countries or roles clash. Pure functions: the
 * caller (ingest) keeps the known persons.
 */

import { boundedMemo } from '../util/bounded-memo.ts';

/** A known person, as stored (persons + person_aliases + the titles of their roles). */
export interface KnownPerson {
  id: string;
  name: string;
  aliases: readonly string[];
  country?: string | null;
  titles: readonly string[];
}

/** A person as one article names them. */
export interface PersonMentionInput {
  name: string;
  aliases?: readonly string[];
  country?: string | null;
  titles?: readonly string[];
}

/** The decision: an existing person's id, or a new id; with the reason, for the trace. */
export interface PersonResolution {
  id: string;
  isNew: boolean;
  reason: string;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Folded words and name parts seen so far (pure memos: the same names recur in every article). */
const FOLD_MEMO_SIZE = 50_000;
const folded = boundedMemo<string>(FOLD_MEMO_SIZE);
const parted = boundedMemo<NameParts>(FOLD_MEMO_SIZE);

/**
 * Folds one name word for comparison: accents dropped, common transliteration variants merged
 * (y/i, x/ks, kh/h, ph/f, w/v, a glide between vowels as in -eyev/-eev, doubled letters).
 * @example foldWord('Nikolay') === foldWord('Nikolai') // true
 */
export function foldWord(word: string): string {
  return folded(word, () =>
    word
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(/kh/g, 'h')
      .replace(/ph/g, 'f')
      .replace(/x/g, 'ks')
      .replace(/w/g, 'v')
      .replace(/y/g, 'i')
      .replace(/ii/g, 'i')
      .replace(/([aeou])i([aeiou])/g, '$1$2')
      .replace(/(.)\1/g, '$1'),
  );
}

/** A name's folded given names and surname. */
export interface NameParts {
  readonly given: readonly string[];
  readonly surname: string;
}

/**
 * A name's folded words without suffixes: given names and surname.
 * @example nameParts('Hermogenes Esperon Jr') // { given: ['hermogenes'], surname: 'esperon' }
 */
export function nameParts(name: string): NameParts {
  return parted(name, () => {
    const ws = name
      .split(/[\s,]+/)
      .map((w) => w.replace(/\.$/, ''))
      .filter((w) => w && !SUFFIXES.has(w.toLowerCase()))
      .map(foldWord)
      .filter(Boolean);
    return { given: ws.slice(0, -1), surname: ws[ws.length - 1] ?? '' };
  });
}

/** The edit-distance row, reused between calls (grown when a longer word comes). */
let row = new Int32Array(32);

function editDistance(a: string, b: string): number {
  if (row.length <= b.length) row = new Int32Array(2 * (b.length + 1));
  const d = row;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** Two folded words agree: equal, close for long words, or one a truncation (5+ letters) of the other. */
function wordsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length >= 5 && l.startsWith(s)) return true;
  return s.length >= 6 && editDistance(a, b) <= (s.length >= 8 ? 2 : 1);
}

/** Given names agree when either side has none, or the first given names agree (an initial matches its name). */
function givenAgree(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  const [x, y] = [a[0], b[0]];
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return wordsAgree(x, y);
}

/**
 * Whether two written names can be the same person by name alone.
 * @example namesCompatible('Nikolai Patrushev', 'Nikolay Patrushev') // true
 */
export function namesCompatible(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  return !!pa.surname && !!pb.surname && wordsAgree(pa.surname, pb.surname) && givenAgree(pa.given, pb.given);
}

const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The names of a known person to compare a mention with: when the mention has given names and the person
 * is known by a full name, only full names count ("Sara Duterte" is not "Rodrigo Duterte" because both
 * were once called "Duterte").
 */
function personNames(p: KnownPerson, mention: string): string[] {
  const all = [p.name, ...p.aliases];
  if (nameParts(mention).given.length === 0) return all;
  const full = all.filter((n) => nameParts(n).given.length > 0);
  return full.length ? full : all;
}

/**
 * Resolves a person mention against the known persons: the existing person to merge with, or a new id.
 * Merges only when a name or alias is compatible, countries do not differ, and — for a surname-only
 * mention with titles — a title is shared; when more than one known person fits, the one sharing a
 * title or country is taken, and if that leaves a tie, a new person is made rather than a guess.
 * @example resolvePerson({ name: 'Nikolay Patrushev', country: 'RUS' }, [{ id: 'p1', name: 'Nikolai Patrushev', aliases: [], country: 'RUS', titles: [] }]).id // 'p1'
 */
export function resolvePerson(mention: PersonMentionInput, known: readonly KnownPerson[]): PersonResolution {
  const names = [mention.name, ...(mention.aliases ?? [])];
  const titles = new Set((mention.titles ?? []).map(norm));
  const surnameOnly = names.every((n) => nameParts(n).given.length === 0);
  const fits = known.filter((p) => {
    if (mention.country && p.country && mention.country !== p.country) return false;
    if (!names.some((n) => personNames(p, n).some((k) => namesCompatible(n, k)))) return false;
    const shared = p.titles.some((t) => titles.has(norm(t)));
    if (surnameOnly && titles.size > 0 && p.titles.length > 0 && !shared) return false;
    return true;
  });
  if (fits.length === 1) return { id: fits[0].id, isNew: false, reason: `name compatible with ${fits[0].name}` };
  if (fits.length > 1) {
    const score = (p: KnownPerson) => (p.titles.some((t) => titles.has(norm(t))) ? 2 : 0) + (mention.country && p.country === mention.country ? 1 : 0);
    const ranked = [...fits].sort((a, b) => score(b) - score(a));
    if (score(ranked[0]) > score(ranked[1])) return { id: ranked[0].id, isNew: false, reason: `best of ${fits.length} by title/country` };
    const exact = fits.filter((p) => norm(p.name) === norm(mention.name));
    if (exact.length === 1) return { id: exact[0].id, isNew: false, reason: 'same name' };
    return { id: newPersonId(mention, known), isNew: true, reason: `ambiguous between ${fits.map((p) => p.name).join(', ')}` };
  }
  return { id: newPersonId(mention, known), isNew: true, reason: 'no compatible person' };
}

/**
 * A new person id: `person:<slug>[:<country>]`, made unique against the known ids.
 * @example newPersonId({ name: 'Ana de la Cruz', country: 'PHL' }, []) // 'person:ana-de-la-cruz:phl'
 */
export function newPersonId(mention: PersonMentionInput, known: readonly KnownPerson[]): string {
  const base = `person:${slugOf(mention.name)}${mention.country ? `:${mention.country.toLowerCase()}` : ''}`;
  const ids = new Set(known.map((p) => p.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}

const slugs = boundedMemo<string>(FOLD_MEMO_SIZE);

/** A name as an id slug: accents dropped, lower case, runs of other characters as one hyphen. */
function slugOf(name: string): string {
  return slugs(name, () =>
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
  );
}

/**
 * Folds a mention into a known person: the longer full name becomes the name (the old one an alias),
 * aliases and titles are unioned, a missing country is filled.
 * @example mergePerson({ id: 'p', name: 'Duterte', aliases: [], titles: [] }, { name: 'Rodrigo Duterte' }).name // 'Rodrigo Duterte'
 */
export function mergePerson(person: KnownPerson, mention: PersonMentionInput): KnownPerson {
  const longer = compareFullness(mention.name, person.name) > 0;
  const name = longer ? mention.name : person.name;
  const all = [person.name, ...person.aliases, mention.name, ...(mention.aliases ?? [])];
  const aliases = [...new Set(all.filter((a) => a !== name))];
  const titles = [...new Set([...person.titles, ...(mention.titles ?? [])])];
  return { ...person, name, aliases, titles, country: person.country ?? mention.country ?? null };
}

/** Which name says more: more given names, then a suffix, then a longer (untruncated) surname. */
export function compareFullness(a: string, b: string): number {
  const pa = nameParts(a);
  const pb = nameParts(b);
  const suffix = (n: string) => (n.split(/\s+/).some((w) => SUFFIXES.has(w.replace(/\.$/, '').toLowerCase())) ? 1 : 0);
  return pa.given.length - pb.given.length || suffix(a) - suffix(b) || pa.surname.length - pb.surname.length;
}

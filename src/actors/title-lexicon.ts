import { z } from 'zod';
import { assertUniqueIds, loadDataFile } from '../data-loading/load-yaml.ts';
import { PhraseTable } from './words.ts';

const phraseRule = z.object({ id: z.string(), phrases: z.array(z.string()).min(1), example: z.string() });

const titlesSchema = z.object({
  heads: z.array(phraseRule.extend({ leader: z.boolean().optional(), legislature: z.boolean().optional() })),
  modifiers: z.array(phraseRule),
  portfolios: z.array(phraseRule),
  ranks: z.array(phraseRule),
  descriptors: z.array(phraseRule),
  pastMarkers: z.array(phraseRule),
  canonical: z.array(z.object({ id: z.string(), from: z.array(z.string()).min(1), to: z.string(), example: z.string() })),
  foreignTitles: z.array(phraseRule.extend({ notUsedBy: z.array(z.string().regex(/^[A-Z]{3}$/)) })),
  leaderWords: z.array(phraseRule),
});

const namesSchema = z.object({
  suffixes: z.array(phraseRule),
  particles: z.array(phraseRule),
  notNames: z.array(phraseRule),
  pronouns: z.array(phraseRule),
});

/** A title head with its rule and kind. */
export interface TitleHead {
  rule: string;
  leader: boolean;
  diplomat: boolean;
}

/** Word tables for titles of office and personal names, from data/actors/titles.yaml and names.yaml. */
export interface TitleLexicon {
  heads: PhraseTable<TitleHead>;
  modifiers: PhraseTable<string>;
  portfolios: PhraseTable<string>;
  ranks: PhraseTable<string>;
  descriptors: PhraseTable<string>;
  /** Modifiers that put a title in the past ("former"): no role is asserted. */
  pastMarkers: PhraseTable<string>;
  /** Lower-cased title → canonical title and rule. */
  canonical: Map<string, { to: string; rule: string }>;
  /** Lower-cased title → countries that do not use it, and the rule. */
  foreign: Map<string, { notUsedBy: string[]; rule: string }>;
  leaderWords: PhraseTable<string>;
  suffixes: PhraseTable<string>;
  particles: PhraseTable<string>;
  notNames: PhraseTable<string>;
  pronouns: PhraseTable<string>;
}

function table(rules: { id: string; phrases: string[] }[]): PhraseTable<string> {
  const t = new PhraseTable<string>();
  for (const r of rules) for (const p of r.phrases) t.add(p, r.id);
  return t;
}

/**
 * Loads the title and name word lists; throws E020 on a bad file.
 * @example loadTitleLexicon().heads.has('Prime Minister') // true
 */
export function loadTitleLexicon(dataDir?: string): TitleLexicon {
  const t = loadDataFile('actors/titles.yaml', titlesSchema, dataDir);
  const n = loadDataFile('actors/names.yaml', namesSchema, dataDir);
  assertUniqueIds('actors/titles.yaml', [...t.heads, ...t.modifiers, ...t.portfolios, ...t.ranks, ...t.descriptors, ...t.pastMarkers, ...t.canonical, ...t.foreignTitles, ...t.leaderWords]);
  assertUniqueIds('actors/names.yaml', [...n.suffixes, ...n.particles, ...n.notNames, ...n.pronouns]);
  const heads = new PhraseTable<TitleHead>();
  for (const h of t.heads) for (const p of h.phrases) heads.add(p, { rule: h.id, leader: !!h.leader, diplomat: h.id === 'title.head.diplomat' });
  const canonical = new Map<string, { to: string; rule: string }>();
  for (const c of t.canonical) for (const f of c.from) canonical.set(f.toLowerCase(), { to: c.to, rule: c.id });
  const foreign = new Map<string, { notUsedBy: string[]; rule: string }>();
  for (const f of t.foreignTitles) for (const p of f.phrases) foreign.set(p.toLowerCase(), { notUsedBy: f.notUsedBy, rule: f.id });
  return {
    heads,
    modifiers: table(t.modifiers),
    portfolios: table(t.portfolios),
    ranks: table(t.ranks),
    descriptors: table(t.descriptors),
    pastMarkers: table(t.pastMarkers),
    canonical,
    foreign,
    leaderWords: table(t.leaderWords),
    suffixes: table(n.suffixes),
    particles: table(n.particles),
    notNames: table(n.notNames),
    pronouns: table(n.pronouns),
  };
}

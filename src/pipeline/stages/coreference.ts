import type { ActorMention } from '../../model/annotations.ts';
import type { ArticleDoc } from '../../model/doc.ts';
import { homeCountry } from '../../actors/home-country.ts';
import { nameParts, foldWord } from '../../actors/person-identity.ts';
import { afterMention, sentenceViews, type SentenceView } from '../../actors/sentence-view.ts';
import type { TitleLexicon } from '../../actors/title-lexicon.ts';
import { isCapitalised, isPossessive, words } from '../../actors/words.ts';
import type { Stage } from '../stage.ts';

/** A person of the article as coreference sees them. */
interface Referent {
  mention: ActorMention;
  surname: string;
  /** Lower-cased leader heads of the person's roles ("president", "prime minister"). */
  leaderHeads: Set<string>;
}

/** The leader heads a role title holds ("Russian President" → "president"). */
function leaderHeads(title: string, lex: TitleLexicon): string[] {
  const ws = words(title);
  const out: string[] = [];
  for (let k = 0; k < ws.length; k++) {
    const h = lex.heads.longestAt(ws, k);
    if (h?.value.leader) out.push(ws.slice(k, k + h.length).map((w) => w.norm).join(' '));
  }
  return out;
}

function referents(doc: ArticleDoc, lex: TitleLexicon): Referent[] {
  const byCode = new Map<string, Referent>();
  for (const m of doc.actors) {
    if (m.kind !== 'person' || byCode.has(m.code)) continue;
    const heads = doc.roles.filter((r) => r.person === m.name).flatMap((r) => leaderHeads(r.title, lex));
    byCode.set(m.code, { mention: m, surname: nameParts(m.name).surname, leaderHeads: new Set(heads) });
  }
  return [...byCode.values()];
}

/** Countries the article writes before a person's title (not inside an organisation's name): foreign to it. */
function titleMarkers(doc: ArticleDoc): Set<string> {
  const orgs = doc.actors.filter((a) => a.kind === 'organisation');
  const out = new Set<string>();
  for (const r of doc.roles) {
    for (const a of doc.actors) {
      if (a.kind !== 'country' || !a.country || a.start < r.start || a.end > r.end) continue;
      if (!orgs.some((o) => o.start <= a.start && a.end <= o.end)) out.add(a.country);
    }
  }
  return out;
}

/**
 * The person mention nearest before `offset` that passes `fits` (else, when allowed, nearest after), in
 * `persons` sorted by start: a binary search, then a walk outwards.
 */
function nearest(persons: readonly ActorMention[], offset: number, fits: (m: ActorMention) => boolean, allowAfter: boolean): ActorMention | undefined {
  let lo = 0;
  for (let hi = persons.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (persons[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) if (persons[k].end <= offset && fits(persons[k])) return persons[k];
  if (allowAfter) for (let k = lo; k < persons.length; k++) if (fits(persons[k])) return persons[k];
  return undefined;
}

/** A copy of a person mention at another place; built key by key (V8 builds a literal with a conditional spread slowly). */
function copy(of: ActorMention, start: number, end: number, text: string, form: string): ActorMention {
  const m = { start, end, text, kind: 'person', code: of.code, name: of.name } as ActorMention;
  if (of.country) m.country = of.country;
  if (of.sector) m.sector = of.sector;
  m.form = form;
  m.producedBy = 'stage:coreference';
  return m;
}

/**
 * "the President", "the Philippine leader": the person holding that leader title (for "leader", any leader
 * title) of the named country, or else preferably of the article's home country; the nearest before, else after.
 */
function titleAlone(v: SentenceView, i: number, lex: TitleLexicon, people: Referent[], persons: ActorMention[], text: string, home: string | null): { mention: ActorMention; last: number } | null {
  const ws = v.words;
  if (ws[i].norm !== 'the') return null;
  let k = i + 1;
  let country: string | undefined;
  if (v.mentions[k]?.kind === 'country') {
    country = v.mentions[k]!.country;
    k = afterMention(v, k);
  }
  const head = lex.heads.longestAt(ws, k);
  const word = lex.leaderWords.longestAt(ws, k);
  const len = head?.value.leader && isCapitalised(ws[k]) ? head.length : word && country ? word.length : 0;
  if (!len) return null;
  const next = ws[k + len];
  if (next && isCapitalised(next) && !isPossessive(next)) return null;
  const wanted = head?.value.leader && len === head.length ? ws.slice(k, k + len).map((w) => w.norm).join(' ') : null;
  let holders = people.filter((p) => (wanted ? p.leaderHeads.has(wanted) : p.leaderHeads.size > 0) && (!country || p.mention.country === country));
  if (!country && holders.some((p) => p.mention.country === home)) holders = holders.filter((p) => p.mention.country === home);
  const fits = new Set(holders.map((p) => p.mention.code));
  if (fits.size === 0) return null;
  const target = nearest(persons, ws[i].start, (m) => fits.has(m.code), true);
  if (!target) return null;
  const start = ws[i].start;
  const end = ws[k + len - 1].end;
  return { mention: copy(target, start, end, text.slice(start, end), 'title'), last: k + len - 1 };
}

/**
 * Within-article coreference for people: later mentions by surname ("Esperon"), by title alone
 * ("the President", "the Philippine leader") and by a pronoun starting a sentence ("He said") get the
 * person's code and country. A surname shared by two people of the article is left alone.
 */
export const coreferenceStage: Stage = {
  name: 'coreference',
  requires: ['sentences', 'actors', 'roles'],
  assigns: ['actors'],
  run(doc, ctx) {
    const lex = ctx.resources.actors.titles;
    const people = referents(doc, lex);
    const home = homeCountry(doc.actors, titleMarkers(doc));
    const bySurname = new Map<string, Referent[]>();
    for (const p of people) bySurname.set(p.surname, [...(bySurname.get(p.surname) ?? []), p]);
    const persons = doc.actors.filter((a) => a.kind === 'person').sort((a, b) => a.start - b.start);
    const added: ActorMention[] = [];
    const add = (m: ActorMention) => {
      added.push(m);
      let lo = 0;
      for (let hi = persons.length; lo < hi; ) {
        const mid = (lo + hi) >> 1;
        if (persons[mid].start <= m.start) lo = mid + 1;
        else hi = mid;
      }
      persons.splice(lo, 0, m);
    };
    for (const v of sentenceViews(doc)) {
      const ws = v.words;
      for (let i = 0; i < ws.length; i++) {
        if (v.mentions[i]?.kind === 'person' || v.mentions[i]?.kind === 'organisation') continue;
        const t = titleAlone(v, i, lex, people, persons, doc.text, home);
        if (t) {
          add(t.mention);
          i = t.last;
          continue;
        }
        const w = ws[i];
        if (i === 0 && lex.pronouns.longestAt(ws, i) && w.text === w.text.charAt(0).toUpperCase() + w.text.slice(1).toLowerCase()) {
          const target = nearest(persons, w.start, () => true, false);
          if (target) add(copy(target, w.start, w.end, w.text, 'pronoun'));
          continue;
        }
        if (!bySurname.size || !isCapitalised(w) || v.mentions[i]) continue;
        const same = bySurname.get(foldWord(w.text));
        if (!same || same.length !== 1) continue;
        const prev = ws[i - 1];
        if (prev && i > 0 && isCapitalised(prev) && !v.mentions[i - 1] && !lex.heads.longestAt(ws, i - 1)) continue;
        const end = w.text.endsWith('.') ? w.end - 1 : w.end;
        add(copy(same[0].mention, w.start, end, doc.text.slice(w.start, end), 'surname'));
      }
    }
    ctx.debug(() => `coreference: ${added.map((m) => `${m.text}→${m.name}`).join(', ')}`);
    return { ...doc, actors: [...doc.actors, ...added].sort((a, b) => a.start - b.start) };
  },
};

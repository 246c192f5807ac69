import type { EventMention, EventStatus, StatusCue } from '../../model/annotations.ts';
import type { ArticleDoc } from '../../model/doc.ts';
import type { EventLexicon, StatusCueRule, StructureWords } from '../../events/event-lexicon.ts';
import { clauseOf, formAt, phraseEndsAt, tokenAt } from '../../events/token-view.ts';
import type { Stage } from '../stage.ts';


/** A cue found before the trigger: its rule and token range. */
interface CueHit {
  rule: StatusCueRule;
  first: number;
  last: number;
}

/** The cue rules indexed by the last word of their phrases (rules in table order, phrases in rule order). */
interface CueIndex {
  byLast: Map<string, { rule: StatusCueRule; phrases: string[][] }[]>;
  maxWindow: number;
}

/** A pure memo of each lexicon's cue index (built once per rule table, never changed after). */
const indexes = new WeakMap<readonly StatusCueRule[], CueIndex>();

function cueIndex(rules: readonly StatusCueRule[]): CueIndex {
  let index = indexes.get(rules);
  if (!index) {
    const byLast = new Map<string, { rule: StatusCueRule; phrases: string[][] }[]>();
    for (const rule of rules) {
      const lasts = new Map<string, string[][]>();
      for (const p of rule.phrases) {
        const last = p[p.length - 1];
        lasts.set(last, [...(lasts.get(last) ?? []), p]);
      }
      for (const [last, phrases] of lasts) byLast.set(last, [...(byLast.get(last) ?? []), { rule, phrases }]);
    }
    index = { byLast, maxWindow: Math.max(...rules.map((r) => r.window)) };
    indexes.set(rules, index);
  }
  return index;
}

/** Every cue phrase that ends inside its window (or anywhere, `wide`) before token `t`, not before `floor`. */
function cuesBefore(doc: ArticleDoc, t: number, floor: number, rules: readonly StatusCueRule[], words: StructureWords, wide = false): CueHit[] {
  const hits: CueHit[] = [];
  const index = cueIndex(rules);
  const widest = wide ? floor : Math.max(floor, t - index.maxWindow);
  for (let end = t - 1; end >= widest; end--) {
    const candidates = index.byLast.get(formAt(doc, end));
    if (!candidates) continue;
    for (const { rule, phrases } of candidates) {
      if ((!wide && end < t - rule.window) || hits.some((h) => h.rule === rule)) continue;
      const phrase = phrases.find((p) => phraseEndsAt(doc, p, end, floor));
      if (!phrase || (rule.adjacent && !adjacentTo(doc, end, t, words.determiners)) || (rule.afterReporting && !afterReporting(doc, end, words.reportingVerbs))) continue;
      hits.push({ rule, first: end - phrase.length + 1, last: end });
    }
  }
  return hits;
}

/** Whether a verb of saying stands within four tokens before token `end` (in the sentence, across clauses). */
function afterReporting(doc: ArticleDoc, end: number, reporting: ReadonlySet<string>): boolean {
  for (let k = end - 1; k >= Math.max(0, end - 4) && doc.tokens[k].sentence === doc.tokens[end].sentence; k--) {
    if (doc.tokens[k].pos === 'VERB' && reporting.has(doc.tokens[k].lemma.toLowerCase())) return true;
  }
  return false;
}

/** Whether only determiners, possessives and adjectives stand between token `end` and the trigger. */
function adjacentTo(doc: ArticleDoc, end: number, t: number, determiners: ReadonlySet<string>): boolean {
  for (let k = end + 1; k < t; k++) if (!determiners.has(formAt(doc, k)) && doc.tokens[k].pos !== 'ADJ' && doc.tokens[k].pos !== 'PROPN') return false;
  return true;
}

/**
 * A time clause ("when the president visits the capital") takes the plan or hypothesis of its main clause
 * ("the two states are expected to sign the pact when ..."); a negation of the main clause does not carry over.
 */
function mainClauseCue(doc: ArticleDoc, clauseFirst: number, lexicon: EventLexicon): CueHit | undefined {
  const opener = clauseFirst - 1;
  if (opener < 1 || !lexicon.structure.temporalOpeners.has(formAt(doc, opener)) || doc.tokens[opener - 1].sentence !== doc.tokens[opener].sentence) return undefined;
  const main = clauseOf(doc, opener - 1, lexicon.structure);
  const hits = cuesBefore(doc, opener, main.first, lexicon.statusCues, lexicon.structure, true);
  return best(hits, (h) => h.rule.status !== 'negated' && h.rule.status !== 'occurred' && !h.rule.adjacent && h.rule.window > 1, false);
}

/**
 * The first of the hits `keep` accepts that ends last (with `longer`, of those the longest): what a stable
 * sort by these keys would put first.
 */
function best(hits: readonly CueHit[], keep: (h: CueHit) => boolean, longer: boolean): CueHit | undefined {
  let out: CueHit | undefined;
  for (const h of hits) {
    if (!keep(h)) continue;
    if (!out || h.last > out.last || (longer && h.last === out.last && h.last - h.first > out.last - out.first)) out = h;
  }
  return out;
}

/** The deciding cue: a negation in the window wins, otherwise the nearest cue. */
function decide(hits: CueHit[]): CueHit | undefined {
  return best(hits, (h) => h.rule.status === 'negated', false) ?? best(hits, () => true, true);
}

/** PLOVER's coding of a planned or negated statement, by the modality table. */
function codedOf(lexicon: EventLexicon, ev: EventMention, status: EventStatus): EventMention['coded'] {
  if (status === 'occurred') return undefined;
  const rule = lexicon.modality.find((m) => m.types.includes(ev.type));
  return rule?.[status] ? { ...rule[status]! } : undefined;
}

/**
 * Refiner: the status of every event mention (occurred, planned, negated, hypothetical) from the cues in
 * its clause before the trigger ("will", "is expected to", "did not", "could", "if"), with the cue's text,
 * offsets and rule recorded. A reported clause keeps its own status: cues are read inside the trigger's
 * clause only, so "X said that Y will sign" is planned and "X said Y signed" occurred.
 */
export const eventStatusStage: Stage = {
  name: 'event-status',
  requires: ['tokens', 'events'],
  assigns: ['events'],
  run(doc, ctx) {
    const lexicon = ctx.resources.events;
    const events = doc.events.map((ev) => {
      const t = tokenAt(doc.tokens, ev.start);
      const clause = clauseOf(doc, t, lexicon.structure);
      const hit = decide(cuesBefore(doc, t, clause.first, lexicon.statusCues, lexicon.structure)) ?? mainClauseCue(doc, clause.first, lexicon);
      if (!hit || hit.rule.status === 'occurred') return ev;
      const cue: StatusCue = {
        start: doc.tokens[hit.first].start,
        end: doc.tokens[hit.last].end,
        text: doc.text.slice(doc.tokens[hit.first].start, doc.tokens[hit.last].end),
        producedBy: `rule:${hit.rule.id}`,
      };
      const coded = codedOf(lexicon, ev, hit.rule.status);
      ctx.debug(() => `event-status: ${ev.text} ${hit.rule.status} by "${cue.text}"`);
      // copied, then keys set (`coded` only when known): V8 builds a literal with a conditional spread slowly
      const e = { ...ev };
      e.status = hit.rule.status;
      e.cue = cue;
      if (coded) e.coded = coded;
      return e;
    });
    return { ...doc, events };
  },
};

import type { EventMention } from '../../model/annotations.ts';
import type { ArticleDoc } from '../../model/doc.ts';
import type { EventLexicon, TriggerRule } from '../../events/event-lexicon.ts';
import { formAt, tokenAt } from '../../events/token-view.ts';
import type { Stage } from '../stage.ts';

const POS_CLASS: Record<string, string[]> = { VERB: ['VERB', 'AUX'], NOUN: ['NOUN', 'PROPN'], ADJ: ['ADJ'] };
/** How far back an infinitive's governing trigger may sit ("invited the envoy to visit"). */
const GOVERNOR_WINDOW = 5;

/** A trigger rule with its parts of speech expanded and its word lists as sets, for the per-token test. */
interface CompiledRule {
  rule: TriggerRule;
  pos: ReadonlySet<string>;
  next?: ReadonlySet<string>;
  notNext?: ReadonlySet<string>;
  prev?: ReadonlySet<string>;
  needs?: ReadonlySet<string>;
  /** The event coding each trigger of the rule gets (`mode` and `context` only when the rule has them). */
  type: string;
  cameo: string;
  mode: string | undefined;
  context: string | undefined;
  producedBy: EventMention['producedBy'];
}

/** The trigger rules compiled, by lemma, with the parts of speech any of them accepts (a token with another triggers nothing). */
interface TriggerTable {
  byWord: ReadonlyMap<string, readonly CompiledRule[]>;
  pos: ReadonlySet<string>;
}

/** A pure memo of each lexicon's compiled table (built once per rule table, never changed after). */
const tableMemo = new WeakMap<EventLexicon['byLemma'], TriggerTable>();

function triggerTable(byLemma: EventLexicon['byLemma']): TriggerTable {
  let table = tableMemo.get(byLemma);
  if (!table) {
    const made = new Map<TriggerRule, CompiledRule>();
    const set = (words: readonly string[] | undefined) => (words ? new Set(words) : undefined);
    const compile = (rule: TriggerRule): CompiledRule => ({
      rule,
      pos: new Set(rule.pos.flatMap((p) => POS_CLASS[p] ?? [p])),
      next: set(rule.next),
      notNext: set(rule.notNext),
      prev: set(rule.prev),
      needs: set(rule.needs),
      type: rule.plover.type,
      cameo: rule.cameo,
      mode: rule.plover.mode || undefined,
      context: rule.plover.context?.length ? rule.plover.context.join(';') : undefined,
      producedBy: `rule:${rule.id}`,
    });
    const byWord = new Map<string, CompiledRule[]>();
    for (const [lemma, rules] of byLemma) byWord.set(lemma, rules.map((r) => made.get(r) ?? made.set(r, compile(r)).get(r)!));
    table = { byWord, pos: new Set([...made.values()].flatMap((c) => [...c.pos])) };
    tableMemo.set(byLemma, table);
  }
  return table;
}

/** Whether token `k` is in sentence `sentence` and its form or lower-case lemma is one of `words`. */
function wordIn(doc: ArticleDoc, k: number, sentence: number, words: ReadonlySet<string>): boolean {
  const tok = doc.tokens[k];
  if (!tok || tok.sentence !== sentence) return false;
  return words.has(formAt(doc, k)) || words.has(tok.lemma.toLowerCase());
}

/** Whether token `i` satisfies the trigger rule's part of speech and context constraints. */
function fits(doc: ArticleDoc, i: number, c: CompiledRule): boolean {
  const tok = doc.tokens[i];
  if (!c.pos.has(tok.pos)) return false;
  const s = tok.sentence;
  if (c.next && !wordIn(doc, i + 1, s, c.next)) return false;
  if (c.notNext && wordIn(doc, i + 1, s, c.notNext)) return false;
  if (c.prev && !wordIn(doc, i - 1, s, c.prev)) return false;
  if (c.needs) {
    let found = false;
    for (let k = i + 1; k <= i + c.rule.within && !found; k++) {
      if (doc.tokens[k]?.sentence !== s) break;
      found = wordIn(doc, k, s, c.needs);
    }
    if (!found) return false;
  }
  return true;
}

/** The first of `rules` that token `i` satisfies. */
function firstFit(doc: ArticleDoc, i: number, rules: readonly CompiledRule[] | undefined): CompiledRule | undefined {
  if (rules) for (const c of rules) if (fits(doc, i, c)) return c;
  return undefined;
}

/** The first trigger rule that token `i` satisfies, looked up by lemma and then by form (when that differs). */
function ruleAt(doc: ArticleDoc, i: number, rules: ReadonlyMap<string, readonly CompiledRule[]>): CompiledRule | undefined {
  const lemma = doc.tokens[i].lemma.toLowerCase();
  const form = formAt(doc, i);
  return firstFit(doc, i, rules.get(lemma)) ?? (form === lemma ? undefined : firstFit(doc, i, rules.get(form)));
}

/**
 * Triggers that are not events of their own: an infinitive governed by an earlier trigger ("invited X to
 * visit" is one REQUEST) — unless that trigger is one of intent ("agreed to cooperate": the cooperation is
 * the event, planned, and "agreed" is dropped) — and the verb right after a `governsNext` trigger ("must").
 */
function governedTriggers(doc: ArticleDoc, hits: ReadonlyMap<number, CompiledRule>): Set<number> {
  const dropped = new Set<number>();
  for (const i of hits.keys()) {
    const tok = doc.tokens[i];
    const before = hits.get(i - 1)?.rule;
    if (before?.governsNext && doc.tokens[i - 1].sentence === tok.sentence) dropped.add(i);
    if (i < 2 || formAt(doc, i - 1) !== 'to' || tok.pos !== 'VERB') continue;
    for (let k = i - 2; k >= Math.max(0, i - 1 - GOVERNOR_WINDOW) && doc.tokens[k].sentence === tok.sentence; k--) {
      const governor = hits.get(k)?.rule;
      if (!governor || doc.tokens[k].pos === 'NOUN' || doc.tokens[k].pos === 'PROPN') continue;
      dropped.add(governor.intent ? k : i);
      break;
    }
  }
  return dropped;
}

const TERMINAL = /[.!?"”’)]\s*$/;

/** Whether a discard pattern matches the sentence's text. */
function discarded(text: string, discards: EventLexicon['structure']['discards']): boolean {
  for (const d of discards) if (d.pattern.test(text)) return true;
  return false;
}

/**
 * Whether a sentence never carries events: a headline crumb or credit (the discard patterns), or a headline
 * or section title (in a longer text, a paragraph of one sentence with no closing punctuation), which
 * restates the story's events without its dates.
 */
function discardedSentence(doc: ArticleDoc, idx: number, lexicon: EventLexicon): boolean {
  const { sentences } = doc;
  const s = sentences[idx];
  const text = doc.text.slice(s.start, s.end);
  const alone = sentences.length > 1 && sentences[idx - 1]?.paragraph !== s.paragraph && sentences[idx + 1]?.paragraph !== s.paragraph;
  return (alone && !TERMINAL.test(text)) || discarded(text, lexicon.structure.discards);
}

/**
 * Extractor: one candidate event per trigger word (lemma, part of speech and context as the trigger data
 * says), typed through the CAMEO→PLOVER map. Skips discarded sentences, words inside a time expression
 * ("in March"), and an infinitive whose governing
 * verb is itself a trigger ("agreed to cooperate" is one AGREE, "invited X to visit" one REQUEST).
 * Actors, status, date and place are left for the refiners that follow.
 */
export const eventTriggersStage: Stage = {
  name: 'event-triggers',
  requires: ['sentences', 'tokens', 'timexes'],
  assigns: ['events'],
  run(doc, ctx) {
    const lexicon = ctx.resources.events;
    // a sentence is judged when a token of it first fits a rule (0: not yet, 1: kept, 2: discarded)
    const judged = new Uint8Array(doc.sentences.length);
    const hits = new Map<number, CompiledRule>();
    const table = triggerTable(lexicon.byLemma);
    const inTimex = new Uint8Array(doc.tokens.length);
    for (const tx of doc.timexes) for (let k = tokenAt(doc.tokens, tx.start); k >= 0 && k < doc.tokens.length && doc.tokens[k].end <= tx.end; k++) inTimex[k] = 1;
    for (let i = 0; i < doc.tokens.length; i++) {
      if (!table.pos.has(doc.tokens[i].pos) || inTimex[i]) continue;
      const rule = ruleAt(doc, i, table.byWord);
      if (!rule) continue;
      const si = doc.tokens[i].sentence;
      if (judged[si] === 0) judged[si] = discardedSentence(doc, si, lexicon) ? 2 : 1;
      if (judged[si] !== 2) hits.set(i, rule);
    }
    const dropped = governedTriggers(doc, hits);
    const events: EventMention[] = [];
    for (const [i, c] of hits) {
      const tok = doc.tokens[i];
      if (dropped.has(i)) {
        ctx.debug(() => `event-triggers: "${formAt(doc, i)}" belongs to the event of a neighbouring trigger`);
        continue;
      }
      const sentence = doc.sentences[tok.sentence];
      // built key by key, in this order (`mode` and `context` only when the rule has them): V8 copies or
      // builds a literal with spreads slowly
      const ev = { start: tok.start, end: tok.end, text: doc.text.slice(tok.start, tok.end), sentence: { start: sentence.start, end: sentence.end }, type: c.type, cameo: c.cameo } as EventMention;
      if (c.mode !== undefined) ev.mode = c.mode;
      if (c.context !== undefined) ev.context = c.context;
      ev.source = null;
      ev.target = null;
      ev.date = { value: null, precision: null, basis: 'none' };
      ev.status = 'occurred';
      ev.producedBy = c.producedBy;
      events.push(ev);
    }
    return { ...doc, events };
  },
};

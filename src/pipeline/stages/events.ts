import type { ActorMention, EventActor, EventMention, EventStatus, StatusCue, TokenSpan } from '../../model/annotations.ts';
import type { ArticleDoc } from '../../model/doc.ts';
import type { EventLexicon } from '../../events/event-lexicon.ts';
import type { Stage } from '../stage.ts';

const CUE_WINDOW = 5;

function toActor(m: ActorMention): EventActor {
  return { code: m.country ?? m.code, name: m.name, mention: { start: m.start, end: m.end } };
}

/** The nearest status cue in the few tokens before the trigger (same sentence). */
function statusOf(doc: ArticleDoc, tokens: TokenSpan[], i: number, lexicon: EventLexicon): { status: EventStatus; cue?: StatusCue } {
  for (let k = i - 1; k >= Math.max(0, i - CUE_WINDOW) && tokens[k].sentence === tokens[i].sentence; k--) {
    const word = doc.text.slice(tokens[k].start, tokens[k].end).toLowerCase().replace('’', "'");
    const rule = lexicon.statusCues.find((c) => c.words.includes(word));
    if (rule) {
      return { status: rule.status, cue: { start: tokens[k].start, end: tokens[k].end, text: word, producedBy: `rule:${rule.id}` } };
    }
  }
  return { status: 'occurred' };
}

/**
 * First version of event extraction: a trigger from the verb lexicon, the nearest country before it as
 * source and after it as target, a status from nearby cue words, and the sentence's time expression as date.
 */
export const eventsStage: Stage = {
  name: 'events',
  requires: ['sentences', 'tokens', 'timexes', 'actors'],
  assigns: ['events'],
  run(doc, ctx) {
    const lexicon = ctx.resources.events;
    const events: EventMention[] = [];
    const countries = doc.actors.filter((a) => a.kind === 'country');
    doc.tokens.forEach((tok, i) => {
      const rules = lexicon.byLemma.get(tok.lemma.toLowerCase());
      const rule = rules?.find((r) => r.pos.includes(tok.pos));
      if (!rule) return;
      const sentence = doc.sentences[tok.sentence];
      const inSentence = countries.filter((a) => a.start >= sentence.start && a.end <= sentence.end);
      const before = inSentence.filter((a) => a.end <= tok.start).pop();
      const after = inSentence.find((a) => a.start >= tok.end && a.country !== before?.country);
      if (!before && !after) return;
      const timex = doc.timexes.find((t) => t.start >= sentence.start && t.end <= sentence.end && t.type === 'DATE' && /^\d{4}/.test(t.value));
      const published = doc.published;
      const { status, cue } = statusOf(doc, doc.tokens, i, lexicon);
      events.push({
        start: tok.start,
        end: tok.end,
        text: doc.text.slice(tok.start, tok.end),
        sentence: { start: sentence.start, end: sentence.end },
        type: rule.type,
        cameo: rule.cameo,
        source: before ? toActor(before) : null,
        target: after ? toActor(after) : null,
        date: timex
          ? { value: timex.value, precision: timex.value.length === 4 ? 'year' : timex.value.length === 7 ? 'month' : 'day', basis: 'timex', timex: { start: timex.start, end: timex.end } }
          : published
            ? { value: published.value, precision: published.precision, basis: 'published' }
            : { value: null, precision: null, basis: 'none' },
        status,
        cue,
        producedBy: `rule:${rule.id}`,
      });
    });
    return { ...doc, events };
  },
};

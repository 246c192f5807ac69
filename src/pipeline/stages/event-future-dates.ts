import type { EventMention } from '../../model/annotations.ts';
import type { Stage } from '../stage.ts';
import type { ArticleDoc } from '../../model/doc.ts';
import type { StructureWords } from '../../events/event-lexicon.ts';
import { tokenAt } from '../../events/token-view.ts';
import { isAfter, pastVerb } from './event-dates.ts';

const RULE = 'cue.planned.future-date';

/** Whether the trigger, or a verb before it in its sentence, is in a past form: the text tells the past. */
function pastNarrative(doc: ArticleDoc, ev: EventMention, w: StructureWords): boolean {
  const t = tokenAt(doc.tokens, ev.start);
  for (let k = t; k >= 0 && doc.tokens[k].sentence === doc.tokens[t].sentence; k--) if (pastVerb(doc, k, w)) return true;
  return false;
}

/**
 * Refiner: an event the text reports as happening, but dates by its own time expression after the
 * publication date ("the leaders meet in Geneva next week"), is planned; the time expression is the cue.
 * A sentence told in the past ("police opened fire on Monday, killing ...") is left as it is.
 */
export const eventFutureDatesStage: Stage = {
  name: 'event-future-dates',
  requires: ['events'],
  assigns: ['events'],
  run(doc, ctx) {
    const published = doc.published?.value;
    if (!published) return doc;
    const events = doc.events.map((ev): EventMention => {
      if (ev.status !== 'occurred' || ev.date.basis !== 'timex' || !ev.date.value || !ev.date.timex || !isAfter(ev.date.value, published)) return ev;
      if (pastNarrative(doc, ev, ctx.resources.events.structure)) return ev;
      const { start, end } = ev.date.timex;
      const modality = ctx.resources.events.modality.find((m) => m.types.includes(ev.type))?.planned;
      const e = { ...ev };
      e.status = 'planned';
      e.cue = { start, end, text: doc.text.slice(start, end), producedBy: `rule:${RULE}` };
      if (modality) e.coded = { ...modality };
      return e;
    });
    return { ...doc, events };
  },
};

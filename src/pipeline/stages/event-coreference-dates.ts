import type { EventMention } from '../../model/annotations.ts';
import type { Stage } from '../stage.ts';

/**
 * Whether two mentions name the same kind of event between the same actors (either order for CONSULT):
 * same type, status and countries, no places in two countries, and for a visit the same visitor (Cayetano's
 * visit is not Duterte's).
 */
function sameEvent(a: EventMention, b: EventMention): boolean {
  if (a.type !== b.type || a.status !== b.status || !a.source || !a.target || !b.source || !b.target) return false;
  const same = a.source.code === b.source.code && a.target.code === b.target.code;
  const swapped = a.source.code === b.target.code && a.target.code === b.source.code;
  if (!(same || (a.type === 'CONSULT' && swapped))) return false;
  if (a.place?.country && b.place?.country && a.place.country !== b.place.country) return false;
  return a.mode !== 'visit' || a.source.name === b.source.name;
}

/**
 * Refiner: a mention that happened but carries no date of its own (dated only by the publication date)
 * takes the date of the nearest mention of the same event in the article that a time expression dates
 * ("the meeting on Thursday" ... "the delegates at the meeting"), with basis `coreference`.
 */
export const eventCoreferenceDatesStage: Stage = {
  name: 'event-coreference-dates',
  requires: ['events'],
  assigns: ['events'],
  run(doc, ctx) {
    const dated = doc.events.filter((e) => e.date.basis === 'timex' && e.status === 'occurred');
    const events = doc.events.map((ev): EventMention => {
      if (ev.status !== 'occurred' || (ev.date.basis !== 'published' && ev.date.basis !== 'none')) return ev;
      const candidates = dated.filter((d) => d !== ev && sameEvent(d, ev));
      if (!candidates.length) return ev;
      const best = candidates.reduce((a, b) => (Math.abs(b.start - ev.start) < Math.abs(a.start - ev.start) ? b : a));
      ctx.debug(() => `event-coreference-dates: "${ev.text}" takes ${best.date.value} from "${best.text}"`);
      const e = { ...ev };
      e.date = { ...best.date, basis: 'coreference' };
      return e;
    });
    return { ...doc, events };
  },
};

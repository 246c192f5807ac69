import type { EventMention } from '../../model/annotations.ts';
import { placeActors, toEventActor, withDyad } from '../../events/actor-slots.ts';
import { formAt, tokenAt } from '../../events/token-view.ts';
import type { Stage } from '../stage.ts';

/** How many sentences back an actorless event may take the dyad of an earlier event. */
const CONTEXT_SENTENCES = 2;

/**
 * Refiner: an event the sentence's structure left with no actor at all ("the agreements to be signed
 * are ...") takes the two countries its sentence names when it names exactly two, else the dyad of the
 * nearest earlier event with both actors within the two sentences before.
 */
export const eventContextDyadStage: Stage = {
  name: 'event-context-dyad',
  requires: ['tokens', 'actors', 'events'],
  assigns: ['events'],
  run(doc, ctx) {
    const actors = placeActors(doc);
    const places = ctx.resources.events.structure.placePrepositions;
    const out: EventMention[] = [];
    for (const ev of doc.events) {
      if (ev.source || ev.target) {
        out.push(ev);
        continue;
      }
      const s = doc.tokens[tokenAt(doc.tokens, ev.start)]?.sentence ?? -1;
      const inSentence = actors.filter((a) => doc.tokens[a.first].sentence === s && !(a.first > 0 && places.has(formAt(doc, a.first - 1))));
      const countries = [...new Set(inSentence.map((a) => a.country))];
      if (countries.length === 2) {
        const [a, b] = countries.map((c) => inSentence.find((x) => x.country === c)!);
        out.push(withDyad(ev, toEventActor(a), toEventActor(b), 'rule:structure.sentence-pair'));
        continue;
      }
      const floor = doc.sentences[Math.max(0, s - CONTEXT_SENTENCES)]?.start ?? 0;
      const earlier = out.filter((e) => e.source && e.target && e.start >= floor && e.start < ev.start).pop();
      if (earlier) {
        ctx.debug(() => `event-context-dyad: "${ev.text}" takes ${earlier.source!.code}-${earlier.target!.code} from "${earlier.text}"`);
        out.push(withDyad(ev, earlier.source, earlier.target, 'rule:structure.context-dyad'));
      } else out.push(ev);
    }
    return { ...doc, events: out };
  },
};

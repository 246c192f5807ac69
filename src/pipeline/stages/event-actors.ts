import type { EventActor, EventMention } from '../../model/annotations.ts';
import { placeActors, toEventActor, withDyad } from '../../events/actor-slots.ts';
import { dyadOf } from '../../events/dyad-rules.ts';
import { tokenAt } from '../../events/token-view.ts';
import type { Stage } from '../stage.ts';

/**
 * Refiner: source and target of every event from the sentence's structure: "between X and Y", the passive
 * "by X", a noun's possessor ("X's visit to Y") or "of X", the subject and object of the trigger in its
 * clause ("X met with Y"), a joint subject ("X and Y signed"), a plural pronoun taking the dyad of the
 * sentence's previous event ("when they met"), the subject of a reporting verb ("X said it will ..."),
 * and, for a target, the country of the place the event happened in ("delegates met in the capital").
 * Any actor mention with a `country` serves, so persons and organisations count as their country.
 */
export const eventActorsStage: Stage = {
  name: 'event-actors',
  requires: ['tokens', 'actors', 'events'],
  assigns: ['events'],
  run(doc, ctx) {
    const w = ctx.resources.events.structure;
    const actors = placeActors(doc);
    const out: EventMention[] = [];
    // the sentence's last event so far with both actors ("when they met" takes its dyad)
    let previous: EventMention | undefined;
    for (const ev of doc.events) {
      const t = tokenAt(doc.tokens, ev.start);
      if (previous && previous.sentence.start !== ev.sentence.start) previous = undefined;
      const dyad = dyadOf(doc, t, ev, actors, w, previous);
      let source: EventActor | null = dyad.source ? toEventActor(dyad.source) : null;
      let target: EventActor | null = dyad.target ? toEventActor(dyad.target) : null;
      if (dyad.rule === 'structure.plural-pronoun' && previous) ({ source, target } = previous);
      if (!target && source && ev.place?.country && ev.place.country !== source.code) {
        target = { code: ev.place.country, name: ev.place.name };
        ctx.debug(() => `event-actors: ${ev.text} hosted by the place's country ${ev.place!.country}`);
      }
      if (source && target && source.code === target.code) target = null;
      ctx.debug(() => `event-actors: ${ev.text} ${source?.code ?? '-'} → ${target?.code ?? '-'} (${dyad.rule})`);
      const actorRule = `rule:${dyad.rule}` as const;
      const first = out.length;
      out.push(withDyad(ev, source, target, actorRule));
      if (dyad.more) for (const [a, b] of dyad.more) out.push(withDyad(ev, toEventActor(a), toEventActor(b), actorRule));
      for (let j = out.length - 1; j >= first; j--) {
        if (!out[j].source || !out[j].target) continue;
        previous = out[j];
        break;
      }
    }
    return { ...doc, events: out };
  },
};

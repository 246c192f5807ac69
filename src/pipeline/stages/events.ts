import type { Stage } from '../stage.ts';
import { eventTriggersStage } from './event-triggers.ts';
import { eventActorsStage } from './event-actors.ts';
import { eventStatusStage } from './event-status.ts';
import { eventDatesStage } from './event-dates.ts';
import { eventFutureDatesStage } from './event-future-dates.ts';
import { eventPlacesStage } from './event-places.ts';
import { eventFilterStage } from './event-filter.ts';
import { eventContextDyadStage } from './event-context-dyad.ts';
import { eventCoreferenceDatesStage } from './event-coreference-dates.ts';

/**
 * The event stages, in order: triggers (extractor) first; places before actors (a place's country can
 * be the host of a visit); the context dyad right after actors (it fills events the sentence left
 * without actors); status before dates (a past event's unyeared month is shifted back, and a plan takes
 * no past date from another clause); coreference dates after dates (they copy a dated mention's date);
 * future dates after both (they read the final date); the filter last, once every field is set.
 */
export const EVENT_STAGES: readonly Stage[] = [
  eventTriggersStage,
  eventPlacesStage,
  eventActorsStage,
  eventContextDyadStage,
  eventStatusStage,
  eventDatesStage,
  eventCoreferenceDatesStage,
  eventFutureDatesStage,
  eventFilterStage,
];

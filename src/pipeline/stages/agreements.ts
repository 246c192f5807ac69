import { findAgreements } from '../../agreements/find-agreements.ts';
import type { Stage } from '../stage.ts';

/** Finds named agreements with their status and parties (see src/agreements/find-agreements.ts). */
export const agreementsStage: Stage = {
  name: 'agreements',
  requires: ['sentences', 'timexes', 'actors'],
  assigns: ['agreements'],
  run(doc, ctx) {
    return { ...doc, agreements: findAgreements(doc, ctx.resources.agreements) };
  },
};

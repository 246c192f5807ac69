import { findClaims } from '../../consolidate/find-claims.ts';
import type { Stage } from '../stage.ts';

/** Finds numeric claims ("signed 10 deals") for the contradiction check (see src/consolidate/find-claims.ts). */
export const claimsStage: Stage = {
  name: 'claims',
  requires: ['sentences', 'timexes', 'actors'],
  assigns: ['claims'],
  run(doc, ctx) {
    return { ...doc, claims: findClaims(doc, ctx.resources.claims) };
  },
};

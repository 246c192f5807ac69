import type { Stage } from '../stage.ts';

/**
 * Filter: one event mention per trigger and dyad (a trigger with several parties yields one mention per
 * pair). Mentions without actors stay (they are evidence, and the
 * actor stages may name their actors later); a dyad needs both source and target, which consumers check.
 */
export const eventFilterStage: Stage = {
  name: 'event-filter',
  requires: ['events'],
  assigns: ['events'],
  run(doc, ctx) {
    const seen = new Set<string>();
    const events = doc.events.filter((ev) => {
      const key = `${ev.start}:${ev.source?.code ?? '-'}:${ev.target?.code ?? '-'}`;
      if (seen.has(key)) {
        ctx.debug(() => `event-filter: "${ev.text}" ${key} found twice; kept once`);
        return false;
      }
      seen.add(key);
      return true;
    });
    return { ...doc, events };
  },
};

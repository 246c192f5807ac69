import { tagTimexes } from '../../time/tagger.ts';
import type { Stage } from '../stage.ts';

/**
 * The time stage: dyad's own rule-based tagger (src/time, rules in data/time). Tokens give the
 * tense of the verb each expression belongs to; the publication date is the default anchor, and
 * without one, values that needed it are marked unresolved.
 */
export const timexesStage: Stage = {
  name: 'timexes',
  requires: ['sentences', 'tokens'],
  assigns: ['timexes'],
  run(doc, ctx) {
    const timexes = tagTimexes(doc.text, doc.tokens, ctx.reference, ctx.resources.time);
    ctx.debug(() => `timexes: ${timexes.map((t) => `${t.text}=${t.value}`).join(', ')}`);
    return { ...doc, timexes };
  },
};

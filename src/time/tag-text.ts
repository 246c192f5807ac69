import type { Timex } from '../model/annotations.ts';
import { makeDoc } from '../model/doc.ts';
import { tokenizeStage } from '../pipeline/stages/tokenize.ts';
import type { TimeLexicon } from './lexicon.ts';
import { tagTimexes } from './tagger.ts';

const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+/;

/**
 * Tags a raw text as given (a file, stdin): a seeds-style leading ` date YYYY-MM-DD ` gives the
 * DCT when `dct` is undefined, and is blanked (never tagged) while offsets stay those of the raw
 * text. Tokenises with the pipeline's tokenize stage first, for the tense of each expression.
 * @example tagRawText(' date 2017-02-17 They met on Thursday.', undefined, lexicon)[0].value // '2017-02-16'
 */
export function tagRawText(raw: string, dct: string | null | undefined, lexicon: TimeLexicon): { dct: string | null; timexes: Timex[] } {
  const m = DATE_LINE.exec(raw);
  const text = m ? ' '.repeat(m[0].length) + raw.slice(m[0].length) : raw;
  const anchor = dct !== undefined ? dct : (m?.[1] ?? null);
  const doc = tokenizeStage.run(makeDoc({ id: 'timex', name: 'timex', text, published: null }), {
    reference: anchor,
    resources: {} as never,
    debug: () => {},
  });
  return { dct: anchor, timexes: tagTimexes(text, doc.tokens, anchor, lexicon) };
}

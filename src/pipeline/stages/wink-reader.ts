import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { DyadError } from '../../errors.ts';

/** wink-nlp with the sentence splitter and tagger the tokenize stage uses. */
type Wink = ReturnType<typeof winkNLP>;

/** One feature table of wink's core model: values, their indexes, and how many the model itself has. */
interface FeatureTable {
  list: string[];
  hash: Record<string, number>;
  index: number;
  intrinsicSize?: number;
}

/** The parts of wink's core model read here. */
interface CoreModel {
  features: Record<string, FeatureTable>;
}

/** wink's lexicon cache: an object of methods every part of an instance calls through. */
type LexiconCache = Record<string, unknown>;

const require = createRequire(import.meta.url);
/** wink-nlp's lexicon cache factory (internal to wink-nlp 2.x, which has no export map). */
const makeCache = require('wink-nlp/src/cache.js') as (core: CoreModel, featureFn: unknown) => LexiconCache;
/** wink-nlp's whitelist of token functions `out()` accepts (internal, as above). */
const allowed = require('wink-nlp/src/allowed.js') as { its4token: Set<unknown> };

const featureFn = (model as unknown as { featureFn: unknown }).featureFn;

/** A wink instance with its core model and its lexicon cache, so the lexicon can be reset between documents. */
interface Instance {
  nlp: Wink;
  core: CoreModel;
  cache: LexiconCache;
}

function createInstance(): Instance {
  let core: CoreModel | undefined;
  const ownModel = {
    ...model,
    core: () => (core = (model as unknown as { core: () => CoreModel }).core()),
  } as unknown as typeof model;
  const nlp = winkNLP(ownModel, ['sbd', 'pos']);
  let cache: LexiconCache | undefined;
  const grab = (_index: number, rdd: { cache: LexiconCache }) => {
    cache = rdd.cache;
    return '';
  };
  allowed.its4token.add(grab);
  try {
    nlp.readDoc('x').tokens().itemAt(0).out(grab as unknown as Wink['its']['value']);
  } finally {
    allowed.its4token.delete(grab);
  }
  if (!core || !cache) throw new DyadError('E020', 'wink-nlp: could not reach its lexicon cache; the reader expects wink-nlp 2.4 internals (see package-lock.json)');
  return { nlp, core, cache };
}

/**
 * Forgets every word the instance added to its lexicon since it was made, as if it were new: deletes the
 * added entries of each growing feature table and gives the shared cache object a fresh cache's methods (its
 * private table of added words starts empty). Every part of the instance calls the cache through that object.
 */
function resetLexicon({ core, cache }: Instance): void {
  for (const table of Object.values(core.features)) {
    const own = table.intrinsicSize;
    if (own === undefined || table.list.length === own) continue;
    for (let i = own; i < table.list.length; i++) delete table.hash[table.list[i]];
    table.list.length = own;
    table.index = own;
  }
  Object.assign(cache, makeCache(core, featureFn));
}

/** The instance winkReader uses, made at load for its `its`. */
const instance = createInstance();

/** wink-nlp's `its` helpers: one object, the same for every instance. */
export const its = instance.nlp.its;

/**
 * A reader of documents by wink-nlp whose output depends on the document alone. A wink instance adds each new
 * word it meets to its lexicon, and the lexicon steers later splits and sentence ends: `Rohan's` stays whole
 * once `Rohan's.` has been read, and a word first met as an abbreviation keeps that token type. So before each
 * document the reader resets the lexicon to the model's own (which also keeps memory bounded). A document's
 * wink tokens are valid only until the next read.
 * @example const read = winkReader(); read('Putin met Duterte.').tokens().length() // 4
 */
export function winkReader(): (text: string) => ReturnType<Wink['readDoc']> {
  return (text) => {
    resetLexicon(instance);
    return instance.nlp.readDoc(text);
  };
}

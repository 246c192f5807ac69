import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink-nlp with the sentence splitter and tagger the tokenize stage uses. */
type Wink = ReturnType<typeof winkNLP>;

/**
 * The model with its custom-entity meta model read once. wink-eng-lite-web-model 1.8.1's `metaCER()`
 * JSON-stringifies its module's copy in place, so each new instance gets a string escaped once more, and the
 * 21st instance of a process fails with "Invalid string length"; every instance made here gets the first copy.
 */
const meta = (model as unknown as { metaCER: () => unknown }).metaCER();
const onceModel: typeof model = { ...model, metaCER: () => meta };

function createWink(): Wink {
  return winkNLP(onceModel, ['sbd', 'pos']);
}

/** An instance made at load for its `its`, handed to the first reader. */
let spare: Wink | null = createWink();

/** wink-nlp's `its` helpers: one object, the same for every instance. */
export const its = spare.its;

/**
 * A reader of documents by wink-nlp that stays bounded in memory: every wink instance adds each new word it
 * meets to its own lexicon cache, which grows with the corpus, so after `renewAfter` documents a fresh
 * instance (about 0.1 s to make) replaces it. wink's split of a word can depend on what its instance has
 * read before; the one case found, a possessive kept whole, the tokenize stage splits itself (possessiveCut),
 * and renewing after every 7 documents then changes nothing on the 610-document snapshot.
 * @example const read = winkReader(20_000); read('Putin met Duterte.').tokens().length() // 4
 */
export function winkReader(renewAfter: number): (text: string) => ReturnType<Wink['readDoc']> {
  let nlp = spare ?? createWink();
  spare = null;
  let read = 0;
  return (text) => {
    if (read >= renewAfter) {
      nlp = createWink();
      read = 0;
    }
    read++;
    return nlp.readDoc(text);
  };
}

/** A phrase of an index: its normalised words and what it stands for. */
export interface IndexedPhrase<E> {
  readonly words: readonly string[];
  readonly entry: E;
}

/**
 * The phrases that start with one word: the one-word phrase, and the longer ones by their second word,
 * longest first (in the order added among equal lengths).
 */
export interface FirstWordPhrases<E> {
  single: IndexedPhrase<E> | null;
  bySecond: Map<string, IndexedPhrase<E>[]>;
}

/**
 * Phrases indexed by their first and second word, so that a common first word ("the") costs one lookup,
 * not a scan of every phrase that starts with it. The matchers over words (PhraseTable) and over tokens
 * (PhraseMatcher) both look phrases up here and compare the words from the third on themselves.
 * @example const index = new PhraseIndex<string>(); index.add(['russian', 'federation'], 'RUS'); index.startingWith('russian')?.bySecond.get('federation')
 */
export class PhraseIndex<E> {
  private readonly byFirst = new Map<string, FirstWordPhrases<E>>();
  private readonly keys = new Set<string>();

  /** Adds a phrase by its normalised words; an empty phrase is ignored, and the first entry of a phrase is kept. */
  add(words: readonly string[], entry: E): void {
    const key = words.join(' ');
    if (words.length === 0 || this.keys.has(key)) return;
    this.keys.add(key);
    let index = this.byFirst.get(words[0]);
    if (!index) this.byFirst.set(words[0], (index = { single: null, bySecond: new Map() }));
    if (words.length === 1) {
      index.single = { words, entry };
      return;
    }
    const list = index.bySecond.get(words[1]) ?? [];
    let at = list.length;
    while (at > 0 && list[at - 1].words.length < words.length) at--;
    list.splice(at, 0, { words, entry });
    index.bySecond.set(words[1], list);
  }

  /** The phrases whose first word is `first`, or undefined when none is. */
  startingWith(first: string): FirstWordPhrases<E> | undefined {
    return this.byFirst.get(first);
  }
}

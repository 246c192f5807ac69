/**
 * A memo for a pure computation keyed by a string (or a number), holding at most `limit` results: when full it
 * forgets them all at once, so memory stays bounded however many distinct keys a corpus brings.
 * @example const fold = boundedMemo<string>(50_000); fold('Nikolay', () => 'nikolai') // 'nikolai', computed once
 */
export function boundedMemo<V, K extends string | number = string>(limit: number): (key: K, compute: () => V) => V {
  const cache = new Map<K, V>();
  return (key, compute) => {
    let value = cache.get(key);
    if (value !== undefined) return value;
    value = compute();
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/**
 * boundedMemo keyed by two strings, without joining them: a key built per call costs its allocation and its
 * hash every time, where strings a caller already holds (a tagger's words) keep theirs. Holds at most `limit`
 * results in all, forgotten all at once when full.
 * @example const lemma = boundedPairMemo<string>(100_000); lemma('VERB', 'signed', () => 'sign') // 'sign'
 */
export function boundedPairMemo<V>(limit: number): (outer: string, inner: string, compute: () => V) => V {
  const cache = new Map<string, Map<string, V>>();
  let size = 0;
  return (outer, inner, compute) => {
    let byInner = cache.get(outer);
    let value = byInner?.get(inner);
    if (value !== undefined) return value;
    value = compute();
    if (size >= limit) {
      cache.clear();
      size = 0;
      byInner = undefined;
    }
    if (!byInner) cache.set(outer, (byInner = new Map()));
    byInner.set(inner, value);
    size++;
    return value;
  };
}

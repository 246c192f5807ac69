/**
 * A memo for a pure computation keyed by a string, holding at most `limit` results: when full it forgets them
 * all at once, so memory stays bounded however many distinct keys a corpus brings.
 * @example const fold = boundedMemo<string>(50_000); fold('Nikolay', () => 'nikolai') // 'nikolai', computed once
 */
export function boundedMemo<V>(limit: number): (key: string, compute: () => V) => V {
  const cache = new Map<string, V>();
  return (key, compute) => {
    let value = cache.get(key);
    if (value !== undefined) return value;
    value = compute();
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** Articles in URI code-unit order: the order every list of the corpus's indexes keeps. */
export const byUri = (x: { uri: string }, y: { uri: string }) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : 0);

/** Where `uri` stands, or would stand, in a list kept in URI order. */
export function positionOf(items: readonly { readonly uri: string }[], uri: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.uri < uri) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The entries of one article in a list kept in URI order (a workspace entity's articles, a speaker's
 * quotes), as `[start, end)`: found by halving, as the lists of a name in every article are long.
 */
export function entriesOfArticle(items: readonly { readonly uri: string }[], uri: string): { readonly start: number; readonly end: number } {
  const start = positionOf(items, uri);
  let end = start;
  while (end < items.length && items[end]!.uri === uri) end++;
  return { start, end };
}

/** The map's value for a key, made and stored on first use: how the corpus's indexes are grown. */
export function entryOf<K, V>(map: Map<K, V>, k: K, make: () => V): V {
  let value = map.get(k);
  if (value === undefined) map.set(k, (value = make()));
  return value;
}

/** Articles in URI code-unit order: the order every list of the corpus's indexes keeps. */
export const byUri = (x: { uri: string }, y: { uri: string }) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : 0);

/** The map's value for a key, made and stored on first use: how the corpus's indexes are grown. */
export function entryOf<K, V>(map: Map<K, V>, k: K, make: () => V): V {
  let value = map.get(k);
  if (value === undefined) map.set(k, (value = make()));
  return value;
}

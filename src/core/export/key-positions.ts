/**
 * Where a node key sits in a measures' `keys` array, for the writers that
 * read each node's measures and position in turn. The writers visit nodes in
 * graph order and `keys` is usually that order too, so the next key (or the
 * same one again, for a node's next column) is tried before a `Map` lookup,
 * and the `Map` is only built when a guess first misses: a random lookup in a
 * 50k-entry `Map` costs more than the rest of a measure cell (profiled with
 * the GEXF export, issue 14).
 */

/**
 * A lookup `key → position in keys` (undefined when absent), remembering the
 * last position found. `keys` are distinct (a view's node keys).
 */
export function keyPositions(keys: readonly string[]): (key: string) => number | undefined {
  let index: Map<string, number> | undefined;
  let last = -1;
  return (key) => {
    if (keys[last] === key) return last;
    if (keys[last + 1] === key) return ++last;
    index ??= new Map(keys.map((k, i) => [k, i]));
    const found = index.get(key);
    if (found !== undefined) last = found;
    return found;
  };
}

/**
 * Node ids ↔ graphology keys. graphology keeps each node's neighbours in
 * plain objects keyed by the neighbour's key, so a node called `constructor`,
 * `toString` or `__proto__` is taken for an existing edge (or rewrites a
 * prototype). Such ids get a private-use prefix as keys, and ids that
 * already start with that prefix get it too, so the mapping is a bijection:
 * every other id is its own key. Convert at the boundaries — reading files
 * (ids → keys) and everything shown or written out (keys → ids).
 */

/** U+E000, private use: never in a real name, visible if a boundary is missed. */
export const KEY_PREFIX = '\uE000';

/** Names that a plain object answers with an inherited member. */
const UNSAFE = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The graphology key of node id `id`. */
export function nodeKey(id: string): string {
  return UNSAFE.has(id) || id.startsWith(KEY_PREFIX) ? KEY_PREFIX + id : id;
}

/** The node id that graphology key `key` stands for (inverse of {@link nodeKey}). */
export function nodeId(key: string): string {
  return key.startsWith(KEY_PREFIX) ? key.slice(1) : key;
}

/**
 * Where sigma 3.0's process puts each node once every node is reduced: it
 * orders nodes by zIndex with a stable sort of the graph's order, so a
 * node's picking id is 1 + the nodes of a lower zIndex + those of its
 * zIndex before it, and its place in its program the same count among the
 * program's nodes (sigma/src/sigma.ts, 3.0.x `process`). The node fill
 * (progressive-nodes.ts) and the sliced restyle (sliced-restyle.ts) write
 * nodes slice by slice at these places, so that their programs end as
 * sigma's own process would leave them.
 */

/** The first picking id of each zIndex, the first place of each zIndex in each program, and each program's size. */
export interface ZOrderStarts {
  id: Map<number, number>;
  place: Map<string, Map<number, number>>;
  total: Map<string, number>;
}

/**
 * {@link ZOrderStarts} from the nodes counted per zIndex (`zCounts`) and per program and zIndex (`counts`), for the
 * programs named in `programs` (a program with no node gets size 0).
 */
export function zOrderStarts(
  zCounts: ReadonlyMap<number, number>,
  counts: ReadonlyMap<string, ReadonlyMap<number, number>>,
  programs: Iterable<string>,
): ZOrderStarts {
  const levels = [...zCounts.keys()].sort((a, b) => a - b);
  const id = new Map<number, number>();
  let next = 1;
  for (const z of levels) {
    id.set(z, next);
    next += zCounts.get(z)!;
  }
  const place = new Map<string, Map<number, number>>();
  const total = new Map<string, number>();
  for (const type of programs) {
    const byZ = counts.get(type);
    let size = 0;
    const places = new Map<number, number>();
    for (const z of levels) {
      places.set(z, size);
      size += byZ?.get(z) ?? 0;
    }
    place.set(type, places);
    total.set(type, size);
  }
  return { id, place, total };
}

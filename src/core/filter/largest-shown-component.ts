/**
 * The largest connected component of a shown subgraph (the nodes and edges a
 * filter left visible), for the "largest component only" filter. Works on
 * node indices so the filter can call it without building a subgraph.
 *
 * Written by hand rather than with graphology-components: that package finds
 * components of the whole graph (or only their sizes under an edge filter),
 * while here membership is needed for an arbitrary node and edge subset, and
 * copying a 500k-edge subgraph just to call it would cost more than the
 * filter itself. Union–find with path halving and union by size (Tarjan 1975,
 * "Efficiency of a good but not linear set union algorithm") runs in
 * near-linear time on typed arrays.
 */

/**
 * Marks the nodes of the largest connected component of the subgraph made of
 * the nodes `i` with `shown[i] === 1` and the edges `(source[e], target[e])`
 * for `e < edgeCount` (both ends must be shown). Ties go to the component
 * holding the smallest node index. Returns a mask of length `shown.length`.
 */
export function largestShownComponent(shown: Uint8Array, source: Int32Array, target: Int32Array, edgeCount: number): Uint8Array {
  const n = shown.length;
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const grand = parent[parent[i]!]!;
      parent[i] = grand;
      i = grand;
    }
    return i;
  };
  for (let e = 0; e < edgeCount; e++) {
    let a = find(source[e]!);
    let b = find(target[e]!);
    if (a === b) continue;
    if (size[a]! < size[b]!) [a, b] = [b, a];
    parent[b] = a;
    size[a]! += size[b]!;
  }
  // Sizes over shown nodes only. Scanning in index order, a component is first
  // met at its smallest index, so a strict ">" keeps the earliest on ties.
  const count = new Int32Array(n);
  for (let i = 0; i < n; i++) if (shown[i]) count[find(i)]!++;
  let best = -1;
  let bestSize = 0;
  for (let i = 0; i < n; i++) {
    if (!shown[i]) continue;
    const c = count[find(i)]!;
    if (c > bestSize) {
      bestSize = c;
      best = find(i);
    }
  }
  const keep = new Uint8Array(n);
  if (best < 0) return keep;
  for (let i = 0; i < n; i++) if (shown[i] && find(i) === best) keep[i] = 1;
  return keep;
}

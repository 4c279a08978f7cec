/**
 * Connectivity of communities: splits every community into its connected
 * parts (a breadth-first search that only follows links inside a
 * community). Splitting a disconnected community never lowers modularity:
 * no internal link is lost and the expected-weight term shrinks by
 * 2γ·d_A·d_B/(2m)² for two parts of degrees d_A and d_B.
 */

/** The adjacency the split reads: a CSR or a level of the Louvain hierarchy. */
interface Adjacency {
  n: number;
  offsets: Int32Array;
  neighbors: Int32Array;
}

/**
 * Labels each node by its connected part inside its community of
 * `membership`: returns labels 0..k−1 (in order of each part's first node)
 * and k. A partition whose communities are all connected keeps its
 * grouping, so `count` equals its number of communities.
 */
export function splitDisconnected(graph: Adjacency, membership: Int32Array): { membership: Int32Array; count: number } {
  const { n, offsets, neighbors } = graph;
  const out = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let start = 0; start < n; start++) {
    if (out[start] !== -1) continue;
    const c = membership[start]!;
    out[start] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const i = queue[head++]!;
      for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) {
        const j = neighbors[p]!;
        if (out[j] !== -1 || membership[j] !== c) continue;
        out[j] = count;
        queue[tail++] = j;
      }
    }
    count++;
  }
  return { membership: out, count };
}

/** Number of communities of `membership` (any integer labels) that are not connected. */
export function disconnectedCount(graph: Adjacency, membership: Int32Array): number {
  const parts = splitDisconnected(graph, membership).membership;
  const partOf = new Map<number, number>();
  const broken = new Set<number>();
  for (let i = 0; i < graph.n; i++) {
    const c = membership[i]!;
    const seen = partOf.get(c);
    if (seen === undefined) partOf.set(c, parts[i]!);
    else if (seen !== parts[i]) broken.add(c);
  }
  return broken.size;
}

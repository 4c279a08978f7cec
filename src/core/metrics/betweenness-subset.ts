/**
 * Subset betweenness ("betweenness among firms"): the share of shortest paths
 * between pairs of nodes of one set (e.g. firms) that pass through each node.
 * Brandes, U. (2008). "On variants of shortest-path betweenness centrality and
 * their generic computation". Social Networks 30(2), 136–145, §3.3: sources
 * are the set's nodes and only paths ending in the set add to the dependency,
 * δ(v) = Σ_w σ(v)/σ(w) · ([w ∈ S] + δ(w)).
 *
 * Written by hand over the CSR (neither graphology nor our exact Brandes
 * restricts the targets); unweighted (BFS), each unordered pair counted once.
 */
import type { Csr } from './csr';
import type { RunContext } from './descriptor';
import { createCheckpoint } from './progress';

/**
 * Betweenness of every node over the shortest paths between pairs of `members`
 * (a 0/1 mask of length n). With `normalized`, a node's value is divided by
 * the number of member pairs it is not part of, so it lies in [0, 1].
 */
export function subsetBetweenness(
  csr: Csr,
  members: Uint8Array,
  normalized = true,
  context?: RunContext,
): Float64Array {
  const { n, m, offsets, neighbors } = csr;
  const total = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const sources: number[] = [];
  for (let i = 0; i < n; i++) if (members[i]) sources.push(i);
  const checkpoint = createCheckpoint(context, sources.length, n + 2 * m);

  for (let k = 0; k < sources.length; k++) {
    checkpoint(k);
    const s = sources[k]!;
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
        const w = neighbors[p]!;
        if (dist[w]! < 0) {
          dist[w] = next;
          sigma[w] = sigma[v]!;
          order[tail++] = w;
        } else if (dist[w] === next) {
          sigma[w]! += sigma[v]!;
        }
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coefficient = ((members[w] ? 1 : 0) + delta[w]!) / sigma[w]!;
      const previous = dist[w]! - 1;
      for (let p = offsets[w]!, end = offsets[w + 1]!; p < end; p++) {
        const v = neighbors[p]!;
        if (dist[v] === previous) delta[v]! += sigma[v]! * coefficient;
      }
      total[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  checkpoint(sources.length);

  // Every unordered member pair was walked from both ends.
  const size = sources.length;
  for (let v = 0; v < n; v++) {
    let value = total[v]! / 2;
    if (normalized) {
      const others = members[v] ? size - 1 : size;
      const pairs = (others * (others - 1)) / 2;
      value = pairs > 0 ? value / pairs : 0;
    }
    total[v] = value;
  }
  return total;
}

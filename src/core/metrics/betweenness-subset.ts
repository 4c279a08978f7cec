/**
 * Subset betweenness ("betweenness among firms"): the share of shortest paths
 * between pairs of nodes of one set (e.g. firms) that pass through each node.
 * Brandes, U. (2008). "On variants of shortest-path betweenness centrality and
 * their generic computation". Social Networks 30(2), 136–145, §3.3: sources
 * are the set's nodes and only paths ending in the set add to the dependency,
 * δ(v) = Σ_w σ(v)/σ(w) · ([w ∈ S] + δ(w)).
 *
 * Runs on the shared Brandes accumulation with a target mask; unweighted
 * (BFS), each unordered pair counted once.
 */
import { accumulateDependencies } from './betweenness';
import type { Csr } from './csr';
import type { RunContext } from './descriptor';

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
  const sources: number[] = [];
  for (let i = 0; i < csr.n; i++) if (members[i]) sources.push(i);
  const total = accumulateDependencies(csr, null, sources, context, members);
  // Every unordered member pair was walked from both ends.
  const size = sources.length;
  for (let v = 0; v < csr.n; v++) {
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

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
 *
 * It was the firms' brokerage until it proved 0 for every firm of the
 * default dataset (firms attach to projects, so no firm lies between two
 * others); brokerage is now Gould–Fernandez's (metrics/brokerage.ts). Kept as
 * a measure of its own and as the check of the Brandes target mask.
 */
import { accumulateDependencies } from './betweenness';
import { drawPivots } from './betweenness-sampled';
import type { Csr } from './csr';
import type { RunContext } from './descriptor';

/**
 * Betweenness of every node over the shortest paths between pairs of `members`
 * (a 0/1 mask of length n). With `normalized`, a node's value is divided by
 * the number of member pairs it is not part of, so it lies in [0, 1].
 * With `sampling`, sets larger than `maxSources` are estimated from that many
 * seeded sources (Brandes & Pich 2007), as sampled betweenness is.
 */
export function subsetBetweenness(
  csr: Csr,
  members: Uint8Array,
  normalized = true,
  context?: RunContext,
  sampling?: { maxSources: number; seed: number },
): Float64Array {
  const all: number[] = [];
  for (let i = 0; i < csr.n; i++) if (members[i]) all.push(i);
  const size = all.length;
  // Above `maxSources` members, Brandes–Pich: k seeded sources, sums scaled by size/k.
  let sources: ArrayLike<number> = all;
  let scale = 1;
  if (sampling && size > sampling.maxSources) {
    sources = Int32Array.from(drawPivots(size, sampling.maxSources, sampling.seed), (j) => all[j]!);
    scale = size / sampling.maxSources;
  }
  const total = accumulateDependencies(csr, null, sources, context, members);
  // Every unordered member pair was walked from both ends.
  for (let v = 0; v < csr.n; v++) {
    let value = (total[v]! * scale) / 2;
    if (normalized) {
      const others = members[v] ? size - 1 : size;
      const pairs = (others * (others - 1)) / 2;
      value = pairs > 0 ? value / pairs : 0;
    }
    total[v] = value;
  }
  return total;
}

/**
 * The refinement phase of Leiden (Traag, Waltman & van Eck, "From Louvain to
 * Leiden: guaranteeing well-connected communities", Sci. Rep. 9, 5233 (2019),
 * Algorithm A.2, `RefinePartition` and `MergeNodesSubset`), for the
 * modularity objective with resolution γ.
 *
 * Inside each community S of the partition found by local moving, every node
 * starts alone; a node that is still alone and well connected to the rest of
 * S may join a well-connected sub-community of S it is linked to, chosen at
 * random among the moves that do not lower modularity, with probability
 * ∝ exp(ΔH / θ). Sub-communities only ever grow along links, so each refined
 * community is connected; the next level aggregates these, not the
 * communities of S, which is what keeps Leiden's communities connected.
 *
 * Written here rather than taken from a library: no maintained JavaScript
 * Leiden works on a CSR, and graphology-communities-louvain has no
 * refinement phase.
 */
import type { LevelGraph } from './louvain-level';

/** Randomness θ of the refinement; igraph's and leidenalg's default (`beta` = 0.01). */
export const LEIDEN_RANDOMNESS = 0.01;

/**
 * Refines `membership` (labels 0..count−1 of the nodes of `level`): returns
 * the refined partition, each refined community inside one community of
 * `membership` and connected, labels renumbered 0..k−1 in order of first
 * appearance, and k. Node strengths include twice the self-loop weight, as
 * in local moving.
 */
export function refinePartition(
  level: LevelGraph,
  membership: Int32Array,
  count: number,
  resolution: number,
  rng: () => number,
  randomness = LEIDEN_RANDOMNESS,
): { membership: Int32Array; count: number } {
  const { n, offsets, neighbors, weights, loops } = level;
  const strength = new Float64Array(n);
  const inside = new Float64Array(n); // E(v, S − v): weight from v to the rest of its community
  const communityStrength = new Float64Array(count); // ||S||
  let total = 0; // 2m
  for (let i = 0; i < n; i++) {
    let s = 2 * loops[i]!;
    let e = 0;
    const c = membership[i]!;
    for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) {
      s += weights[p]!;
      if (membership[neighbors[p]!] === c) e += weights[p]!;
    }
    strength[i] = s;
    inside[i] = e;
    communityStrength[c]! += s;
    total += s;
  }

  // Refined communities are labelled by the node they started from.
  const refined = new Int32Array(n);
  const refinedStrength = new Float64Array(n);
  const refinedExternal = new Float64Array(n); // E(C, S − C)
  const alone = new Uint8Array(n).fill(1); // refined community of v is {v} and nobody joined it
  for (let i = 0; i < n; i++) {
    refined[i] = i;
    refinedStrength[i] = strength[i]!;
    refinedExternal[i] = inside[i]!;
  }
  if (total === 0) return renumber(refined);
  const scale = resolution / total; // γ / 2m

  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }

  const linkTo = new Float64Array(n); // weight from v to each refined community of its S
  const touched = new Int32Array(n);
  const gains = new Float64Array(n);
  for (let o = 0; o < n; o++) {
    const v = order[o]!;
    if (alone[v] === 0) continue;
    const s = membership[v]!;
    const k = strength[v]!;
    const rest = communityStrength[s]! - k;
    // Only well-connected nodes move: E(v, S − v) ≥ γ/2m · ||v|| · (||S|| − ||v||).
    if (inside[v]! < scale * k * rest) continue;
    let touchedCount = 0;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const u = neighbors[p]!;
      if (membership[u] !== s || u === v) continue;
      const c = refined[u]!;
      if (linkTo[c] === 0) touched[touchedCount++] = c;
      linkTo[c]! += weights[p]!;
    }
    // Candidates: well-connected refined communities with a link to v and a
    // gain ΔH = k_v,C − γ/2m · k_v · ||C|| ≥ 0 (staying alone has gain 0).
    let candidates = 0;
    let bestGain = 0;
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t]!;
      const size = refinedStrength[c]!;
      const gain = linkTo[c]! - scale * k * size;
      const wellConnected = refinedExternal[c]! >= scale * size * (communityStrength[s]! - size);
      if (wellConnected && gain >= 0) {
        touched[candidates] = c;
        gains[candidates++] = gain;
        if (gain > bestGain) bestGain = gain;
      } else linkTo[c] = 0;
    }
    if (candidates === 0) continue;
    // Draw among {stay alone} ∪ candidates with weight exp((ΔH − max ΔH) / θ), shifted so it cannot overflow
    // (most weights underflow to 0 at θ = 0.01: the draw is then among the best moves).
    const stay = Math.exp(-bestGain / randomness);
    let sum = stay;
    for (let t = 0; t < candidates; t++) {
      const weight = Math.exp((gains[t]! - bestGain) / randomness);
      gains[t] = weight;
      sum += weight;
    }
    let r = rng() * sum - stay;
    let chosen = -1;
    for (let t = 0; t < candidates && r >= 0; t++) {
      r -= gains[t]!;
      if (r < 0) chosen = touched[t]!;
    }
    if (chosen === -1 && r >= 0) chosen = touched[candidates - 1]!; // rounding at the top end
    if (chosen !== -1) {
      refined[v] = chosen;
      alone[v] = 0;
      alone[chosen] = 0;
      refinedStrength[chosen]! += k;
      refinedStrength[v] = 0;
      refinedExternal[chosen] = refinedExternal[chosen]! + inside[v]! - 2 * linkTo[chosen]!;
    }
    for (let t = 0; t < candidates; t++) linkTo[touched[t]!] = 0;
  }
  return renumber(refined);
}

/** Renumbers labels in [0, n) to 0..k−1 in order of first appearance. */
function renumber(labels: Int32Array): { membership: Int32Array; count: number } {
  const id = new Int32Array(labels.length).fill(-1);
  let count = 0;
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i]!;
    if (id[c] === -1) id[c] = count++;
    labels[i] = id[c]!;
  }
  return { membership: labels, count };
}

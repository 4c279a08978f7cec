/**
 * One Louvain pass over a weighted graph with self-loops: the local-moving
 * phase and the aggregation phase of Blondel et al. (2008), both as integer
 * loops over typed arrays. `louvain.ts` chains them into a full run.
 */

/** A level of the Louvain hierarchy: a weighted graph whose nodes are the communities of the level below. */
export interface LevelGraph {
  n: number;
  offsets: Int32Array;
  neighbors: Int32Array;
  /** Weight of each half-edge (each undirected edge is stored twice). */
  weights: Float64Array;
  /** Weight of the self-loop of each node (internal weight of the community it stands for). */
  loops: Float64Array;
}

/** Gains closer than this count as ties, so rounding noise never moves a node. */
const EPSILON = 1e-10;
/** Safety cap on node visits in one local-moving phase, in multiples of n. */
const MAX_SWEEPS = 1000;

/**
 * Local moving: visits the nodes in a random order (drawn from `rng`) and
 * moves each to the neighbouring community with the largest modularity gain,
 * revisiting the neighbours of moved nodes until no node moves. Starts from singletons, or from `initial`
 * (labels in [0, n)). Returns the community of each node, renumbered 0..k−1
 * in order of first appearance, k, and whether any node moved.
 */
export function moveNodes(
  level: LevelGraph,
  resolution: number,
  rng: () => number,
  initial?: Int32Array,
): { membership: Int32Array; count: number; moved: boolean } {
  const { n, offsets, neighbors, weights, loops } = level;
  const strength = new Float64Array(n);
  let total = 0; // 2m
  for (let i = 0; i < n; i++) {
    let s = 2 * loops[i]!;
    for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) s += weights[p]!;
    strength[i] = s;
    total += s;
  }

  const membership = initial ? initial.slice() : new Int32Array(n);
  const communityTotal = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!initial) membership[i] = i;
    communityTotal[membership[i]!]! += strength[i]!;
  }
  if (total === 0) return { ...renumberInOrder(membership), moved: false };

  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }

  // A queue of nodes to visit, first all of them in random order, then only
  // the neighbours of moved nodes (the "fast local move" of Traag et al.,
  // 2019): same result quality as full sweeps, a fraction of the visits.
  const queue = order; // circular; holds each node at most once
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let length = n;

  const linkTo = new Float64Array(n); // weight from the current node to each community
  const touched = new Int32Array(n);
  const scale = resolution / total;
  let moved = false;

  for (let visits = 0; length > 0 && visits < MAX_SWEEPS * n; visits++) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    length--;
    queued[i] = 0;
    const own = membership[i]!;
    const k = strength[i]!;
    let touchedCount = 0;
    for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) {
      const c = membership[neighbors[p]!]!;
      if (linkTo[c] === 0) touched[touchedCount++] = c;
      linkTo[c]! += weights[p]!;
    }
    communityTotal[own]! -= k;
    // Gain of joining community c, up to a constant: k_i,c − γ·Σ_tot(c)·k_i / 2m.
    let best = own;
    let bestGain = linkTo[own]! - scale * communityTotal[own]! * k;
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t]!;
      const gain = linkTo[c]! - scale * communityTotal[c]! * k;
      if (gain > bestGain + EPSILON) {
        best = c;
        bestGain = gain;
      }
      linkTo[c] = 0;
    }
    linkTo[own] = 0;
    communityTotal[best]! += k;
    if (best === own) continue;
    membership[i] = best;
    moved = true;
    for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) {
      const j = neighbors[p]!;
      if (queued[j] === 1 || membership[j] === best) continue;
      queued[j] = 1;
      let tail = head + length;
      if (tail >= n) tail -= n;
      queue[tail] = j;
      length++;
    }
  }
  return { ...renumberInOrder(membership), moved };
}

/** Renumbers labels in [0, n) to 0..k−1 in order of first appearance, in place. */
function renumberInOrder(membership: Int32Array): { membership: Int32Array; count: number } {
  const n = membership.length;

  const renumber = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    if (renumber[c] === -1) renumber[c] = count++;
    membership[i] = renumber[c]!;
  }
  return { membership, count };
}

/**
 * Aggregation: the graph whose nodes are the `count` communities of
 * `membership`, edge weights summed, internal weight kept as self-loops.
 */
export function aggregate(level: LevelGraph, membership: Int32Array, count: number): LevelGraph {
  const { n, offsets, neighbors, weights, loops } = level;
  // Members of each community, grouped by a counting sort.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[membership[i]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(n);
  const cursor = start.slice(0, count);
  for (let i = 0; i < n; i++) members[cursor[membership[i]!]!++] = i;

  const newLoops = new Float64Array(count);
  const linkTo = new Float64Array(count);
  const touched = new Int32Array(count);
  const newOffsets = new Int32Array(count + 1);
  let outNeighbors = new Int32Array(Math.max(16, neighbors.length >> 1));
  let outWeights = new Float64Array(outNeighbors.length);
  let size = 0;

  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    let loop = 0;
    for (let q = start[c]!, qEnd = start[c + 1]!; q < qEnd; q++) {
      const i = members[q]!;
      loop += loops[i]!;
      for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) {
        const d = membership[neighbors[p]!]!;
        if (d === c) {
          loop += weights[p]! / 2; // seen once from each end
          continue;
        }
        if (linkTo[d] === 0) touched[touchedCount++] = d;
        linkTo[d]! += weights[p]!;
      }
    }
    newLoops[c] = loop;
    if (size + touchedCount > outNeighbors.length) {
      const grown = Math.max(outNeighbors.length * 2, size + touchedCount);
      const nb = new Int32Array(grown);
      nb.set(outNeighbors.subarray(0, size));
      const wb = new Float64Array(grown);
      wb.set(outWeights.subarray(0, size));
      outNeighbors = nb;
      outWeights = wb;
    }
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      outNeighbors[size] = d;
      outWeights[size] = linkTo[d]!;
      size++;
      linkTo[d] = 0;
    }
    newOffsets[c + 1] = size;
  }
  return {
    n: count,
    offsets: newOffsets,
    neighbors: outNeighbors.slice(0, size),
    weights: outWeights.slice(0, size),
    loops: newLoops,
  };
}

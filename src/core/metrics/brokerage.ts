/**
 * Gould–Fernandez brokerage on an undirected network: Gould, R. V. &
 * Fernandez, R. M. (1989). "Structures of mediation: a formal approach to
 * brokerage in transaction networks". Sociological Methodology 19, 89–126.
 *
 * A node b brokers between two of its neighbours a and c when a and c are not
 * linked to each other: b is on a path a–b–c that no direct tie shortcuts
 * (Burt's "structural hole" spanned by b). Gould and Fernandez count these
 * open triads per broker and split them into roles by group (coordinator,
 * itinerant, representative, gatekeeper, liaison); links here have no
 * direction, so this counts their total:
 *
 *   brokerage(b) = k(k − 1)/2 − t(b),
 *
 * k the neighbours of b, t(b) the links among them. A firm on one project
 * brokers nothing (0); a firm that works for three cities that are not
 * otherwise linked brokers three pairs; a firm on two unlinked platforms, one.
 *
 * Cost: neighbours are stamped, each neighbour's list scanned once — Σ deg²
 * over typed arrays, as clustering.
 */
import type { Csr } from './csr';

/** Open pairs of neighbours of every node: Gould–Fernandez total brokerage, undirected. */
export function openPairBrokerage(csr: Csr): Float64Array {
  const { n, offsets, neighbors } = csr;
  const out = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    const k = end - start;
    if (k < 2) continue;
    for (let p = start; p < end; p++) stamp[neighbors[p]!] = v;
    let closed = 0; // each link among neighbours is seen from both ends
    for (let p = start; p < end; p++) {
      const u = neighbors[p]!;
      for (let q = offsets[u]!, qEnd = offsets[u + 1]!; q < qEnd; q++) if (stamp[neighbors[q]!] === v) closed++;
    }
    out[v] = (k * (k - 1)) / 2 - closed / 2;
  }
  return out;
}

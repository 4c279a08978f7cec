/**
 * Brute-force references for the path measures, independent of Brandes'
 * accumulation: enumerate shortest paths pair by pair (small graphs only).
 */
import type { Csr } from '../../../src/core/metrics/csr';

/** Brute force: enumerate every shortest path between member pairs (BFS DAG), count passes through each node. */
export function bruteForceSubsetBetweenness(csr: Csr, members: Uint8Array): Float64Array {
  const { n, offsets, neighbors } = csr;
  const out = new Float64Array(n);
  const bfs = (s: number) => {
    const d = new Array<number>(n).fill(-1);
    d[s] = 0;
    const q = [s];
    for (let h = 0; h < q.length; h++) {
      const v = q[h]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const w = neighbors[p]!;
        if (d[w] === -1) {
          d[w] = d[v]! + 1;
          q.push(w);
        }
      }
    }
    return d;
  };
  const dists = Array.from({ length: n }, (_, s) => bfs(s));
  for (let s = 0; s < n; s++) {
    for (let t = s + 1; t < n; t++) {
      if (!members[s] || !members[t] || dists[s]![t]! < 0) continue;
      // σ_st(v) = σ_sv · σ_vt when d(s,v) + d(v,t) = d(s,t).
      const paths = (a: number, b: number): number => {
        if (a === b) return 1;
        let c = 0;
        for (let p = offsets[b]!; p < offsets[b + 1]!; p++) {
          const u = neighbors[p]!;
          if (dists[a]![u] === dists[a]![b]! - 1) c += paths(a, u);
        }
        return c;
      };
      const st = paths(s, t);
      for (let v = 0; v < n; v++) {
        if (v === s || v === t || dists[s]![v]! < 0) continue;
        if (dists[s]![v]! + dists[v]![t]! === dists[s]![t]) out[v]! += (paths(s, v) * paths(v, t)) / st;
      }
    }
  }
  return out;
}

/** All-pairs shortest-path lengths by Floyd–Warshall (`length` per half-edge; Infinity = unreachable). */
export function allPairsDistances(csr: Csr, length: (p: number) => number): Float64Array[] {
  const { n, offsets, neighbors } = csr;
  const d = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n).fill(Infinity);
    row[i] = 0;
    return row;
  });
  for (let v = 0; v < n; v++) for (let p = offsets[v]!; p < offsets[v + 1]!; p++) d[v]![neighbors[p]!] = Math.min(d[v]![neighbors[p]!]!, length(p));
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++) {
      const dik = d[i]![k]!;
      if (dik === Infinity) continue;
      for (let j = 0; j < n; j++) if (dik + d[k]![j]! < d[i]![j]!) d[i]![j] = dik + d[k]![j]!;
    }
  return d;
}

/** Closeness with the Wasserman–Faust correction from a distance matrix (networkx's definition). */
export function closenessFromDistances(d: Float64Array[]): Float64Array {
  const n = d.length;
  return Float64Array.from(d, (row) => {
    let reached = 0;
    let sum = 0;
    for (const x of row)
      if (x < Infinity) {
        reached++;
        sum += x;
      }
    return sum > 0 && n > 1 ? ((reached - 1) / sum) * ((reached - 1) / (n - 1)) : 0;
  });
}

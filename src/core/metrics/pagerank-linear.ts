/**
 * PageRank for α < 1 as the symmetric positive definite system
 * (D − αW)·y = 1, solved by Jacobi-preconditioned conjugate gradients
 * (Hestenes & Stiefel, "Methods of conjugate gradients for solving linear
 * systems", J. Res. Nat. Bur. Standards 49(6), 1952); x = D·y / Σ D·y, with
 * isolated nodes at 1 before the division. Why this works and why it is
 * faster than power iteration: see pagerank.ts.
 *
 * Stopping rule: with r = 1 − (I − αWD⁻¹)·z the residual in z = D·y, the
 * error of z is at most E = ‖r‖₁ / (1 − α) (the columns of αWD⁻¹ sum to α).
 * The exact Σz* is known in advance, S = n₀ + (n − n₀)/(1 − α) with n₀
 * isolated nodes (1ᵀ(I − αWD⁻¹) = (1 − α)·1ᵀ on the others), so Σz ≥ S − E
 * and x = z / Σz is off by at most 2E / (S − E) in L1. It stops when that
 * bound is below n·tolerance: Σ|x − x*| < n·tolerance is then guaranteed,
 * where power iteration's rule Σ|Δx| < n·tolerance only bounds it by
 * α/(1 − α)·n·tolerance (5.7× that at α = 0.85).
 *
 * Each step is three small functions over typed arrays (the product, the
 * update of y and r, the new direction), called once a step: V8 optimises a
 * small function after its first calls, where one function holding every
 * loop runs them unoptimised until its whole body is compiled, which in a
 * fresh process (a worker's single analysis) was two thirds of the time at
 * 10k nodes. Isolated nodes carry 1/strength = 0, so no loop branches on them.
 */
import type { Csr } from './csr';
import type { IterativeResult } from './eigenvector';
import type { Checkpoint } from './progress';

/** PageRank of `csr` at damping `alpha` < 1 (sums to 1). */
export function pagerankLinear(csr: Csr, alpha: number, weighted: boolean, maxIterations: number, tolerance: number, checkpoint: Checkpoint): IterativeResult {
  const { n, offsets, neighbors } = csr;
  const weights = weighted ? csr.weights : null;
  const y = new Float64Array(n);
  const r = new Float64Array(n); // residual of (D − αW)·y = 1, 0 on isolated nodes
  const p = new Float64Array(n).fill(1);
  const q = new Float64Array(n);
  // Strengths as (0·I − (−1)·W)·1: the product's first call, so it is optimised before the iterations need it.
  const strength = new Float64Array(n);
  multiply(n, offsets, neighbors, weights, q, -1, p, strength);
  const inverse = new Float64Array(n); // 1 / strength, 0 on isolated nodes
  let isolated = 0;
  let totalStrength = 0;
  for (let i = 0; i < n; i++) {
    const s = strength[i]!;
    totalStrength += s;
    if (s > 0) inverse[i] = 1 / s;
    else isolated++;
  }
  // z starts exact along the random walk's stationary vector D·1 and at 1 elsewhere: with
  // 1 = (n′/Σs)·s + (1 − n′·s/Σs) on the n′ non-isolated nodes, z₀ = 1 + α/(1 − α)·(n′/Σs)·s,
  // so y₀ = D⁻¹z₀ = 1/s + α/(1 − α)·n′/Σs. One or two steps fewer than z₀ = 1/(1 − α).
  const shift = totalStrength > 0 ? ((alpha / (1 - alpha)) * (n - isolated)) / totalStrength : 0;
  for (let i = 0; i < n; i++) y[i] = inverse[i]! > 0 ? inverse[i]! + shift : 0;
  multiply(n, offsets, neighbors, weights, strength, alpha, y, q);
  for (let i = 0; i < n; i++) r[i] = inverse[i]! > 0 ? 1 - q[i]! : 0;
  let rz = update(n, y, r, p, q, inverse, 0);
  let residual = direction(n, p, r, inverse, 0);

  const exactSum = isolated + (n - isolated) / (1 - alpha); // Σz*
  const target = n * tolerance;
  const bounded = () => {
    const error = residual / (1 - alpha); // ≥ ‖z − z*‖₁
    return error < exactSum && 2 * error < target * (exactSum - error);
  };
  let iterations = 0;
  let converged = bounded();
  while (!converged && iterations < maxIterations) {
    checkpoint(iterations);
    iterations++;
    const pq = multiply(n, offsets, neighbors, weights, strength, alpha, p, q);
    if (!(pq > 0)) break; // p = 0: nothing left to correct
    const rzNext = update(n, y, r, p, q, inverse, rz / pq);
    residual = direction(n, p, r, inverse, rzNext / rz);
    rz = rzNext;
    converged = bounded();
  }
  let total = isolated;
  for (let i = 0; i < n; i++) total += strength[i]! * y[i]!;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = (inverse[i]! > 0 ? strength[i]! * y[i]! : 1) / total;
  return { values, iterations, converged };
}

/*
 * The three steps below take their arrays as arguments and return a number:
 * code before a loop runs once on the first call, before V8 has allocated the
 * function's type feedback, so a property read or a typed-array store there
 * would make the code optimised during that call bail out on the next one.
 */

/** out = (D − αW)·v over the CSR (W all ones when `weights` is null); returns v·out. */
function multiply(
  n: number,
  offsets: Int32Array,
  neighbors: Int32Array,
  weights: Float64Array | null,
  strength: Float64Array,
  alpha: number,
  v: Float64Array,
  out: Float64Array,
): number {
  let dot = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    const end = offsets[i + 1]!;
    if (weights) for (let e = offsets[i]!; e < end; e++) sum += v[neighbors[e]!]! * weights[e]!;
    else for (let e = offsets[i]!; e < end; e++) sum += v[neighbors[e]!]!;
    const vi = v[i]!;
    const value = strength[i]! * vi - alpha * sum;
    out[i] = value;
    dot += vi * value;
  }
  return dot;
}

/** y += step·p, r −= step·q; returns r·D⁻¹r. */
function update(n: number, y: Float64Array, r: Float64Array, p: Float64Array, q: Float64Array, inverse: Float64Array, step: number): number {
  let rz = 0;
  for (let i = 0; i < n; i++) {
    y[i]! += step * p[i]!;
    const ri = r[i]! - step * q[i]!;
    r[i] = ri;
    rz += ri * ri * inverse[i]!;
  }
  return rz;
}

/** p = D⁻¹r + beta·p; returns ‖r‖₁. */
function direction(n: number, p: Float64Array, r: Float64Array, inverse: Float64Array, beta: number): number {
  let residual = 0;
  for (let i = 0; i < n; i++) {
    const ri = r[i]!;
    p[i] = ri * inverse[i]! + beta * p[i]!;
    residual += Math.abs(ri);
  }
  return residual;
}

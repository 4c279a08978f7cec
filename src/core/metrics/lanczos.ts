/**
 * The largest (algebraic) eigenvalue of a symmetric matrix and its
 * eigenvector by thick-restart Lanczos: K. Wu & H. Simon, "Thick-restart
 * Lanczos method for large symmetric eigenvalue problems", SIAM J. Matrix
 * Anal. Appl. 22(2), 602–616 (2000); the same iteration as Stewart's
 * Krylov–Schur method (2001) for symmetric matrices, and as ARPACK's
 * implicitly restarted Lanczos that igraph calls.
 *
 * Why not power iteration: its error shrinks by λ₂/λ₁ per step, so on
 * slow-mixing graphs (grids, long chains, planted communities) where λ₂ is
 * close to λ₁ a thousand steps still leave errors of 1e-4; Lanczos's error
 * shrinks at about the square root of that rate (Kaniel–Paige–Saad bound).
 * And it wants the largest *algebraic* eigenvalue, so the −λ₁ of a
 * bipartite graph is simply the other end of the spectrum, not a rival.
 *
 * Each cycle extends an orthonormal basis V (kept orthogonal by classical
 * Gram–Schmidt, repeated when the norm drops, "twice is enough": Giraud et
 * al. 2005) to `basisSize` vectors, takes the Ritz pairs of VᵀAV, and
 * restarts from the `keep` best Ritz vectors plus the last residual
 * direction. Memory: (basisSize + keep + 2) vectors of n numbers.
 *
 * The vector work is done by small module-level loops over typed arrays that
 * take their arrays as arguments and return a number (no property reads, no
 * stores before a loop, no subarray views): V8 optimises such a function
 * during its first calls and keeps it, where loops inside the driver ran
 * unoptimised or were thrown away on the next call, and a restart now swaps
 * vectors instead of copying them.
 */
import { symmetricEigen } from './symmetric-eigen';

/** y = A·x for the symmetric operator A. */
export type SymmetricOperator = (x: Float64Array, y: Float64Array) => void;

/** Options of {@link largestEigenpair}. */
export interface LanczosOptions {
  /** Start vector (n numbers, not all 0); the result lies in the Krylov space it spans. */
  start: Float64Array;
  /** Stop after this many products A·x. */
  maxProducts: number;
  /** Converged when ‖Ax − θx‖₂ ≤ residualTolerance · max(1, |θ|). */
  residualTolerance: number;
  /** Vectors in the basis before a restart; default 16 (at most n). */
  basisSize?: number;
  /** Ritz vectors kept at a restart; default 6. */
  keep?: number;
  /** Called with the number of products done, before each product. */
  onProduct?: (done: number) => void;
}

/** The eigenpair found: `vector` has unit norm; `products` counts A·x. */
export interface Eigenpair {
  value: number;
  vector: Float64Array;
  products: number;
  converged: boolean;
  /** ‖Ax − θx‖₂ of the returned pair, computed explicitly. */
  residual: number;
}

/** The largest algebraic eigenvalue of the n × n symmetric `apply` and a unit eigenvector. */
export function largestEigenpair(n: number, apply: SymmetricOperator, options: LanczosOptions): Eigenpair {
  const size = Math.max(1, Math.min(n, options.basisSize ?? 16));
  const keep = Math.max(1, Math.min(size - 1, options.keep ?? 6));
  const { maxProducts, residualTolerance, onProduct } = options;
  const basis: Float64Array[] = []; // v_0 … v_size
  for (let i = 0; i <= size; i++) basis.push(new Float64Array(n));
  const spare: Float64Array[] = []; // the Ritz vectors being formed at a restart
  for (let c = 0; c < keep; c++) spare.push(new Float64Array(n));
  let w: Float64Array = new Float64Array(n);
  const h = new Float64Array(size * size); // VᵀAV, symmetric
  const coefficients = new Float64Array(size + 1);
  const extra = new Float64Array(size + 1);
  let products = 0;

  const first = basis[0]!;
  first.set(options.start.subarray(0, n));
  scale(n, first, 1 / (Math.sqrt(dot(n, first, first)) || 1));
  let filled = 0; // basis vectors whose column of h is known
  let best: Eigenpair = { value: 0, vector: first.slice(), products: 0, converged: false, residual: Infinity };

  for (;;) {
    // Extend the basis to `size` vectors (or until it spans an invariant subspace).
    let j = filled;
    let beta = 0;
    for (; j < size && products < maxProducts; j++) {
      const v = basis[j]!;
      onProduct?.(products);
      apply(v, w);
      products++;
      const before = Math.sqrt(dot(n, w, w));
      coefficients.fill(0, 0, j + 1);
      let reference = before;
      if (j > filled) {
        // Past the first step of a cycle, A·v_j lies along v_{j−1}, v_j and v_{j+1} in exact
        // arithmetic (the three-term recurrence): take those two out first, so the full pass
        // below only removes rounding and rarely needs repeating.
        const previous = h[(j - 1) * size + j]!;
        subtract(n, w, basis[j - 1]!, previous);
        coefficients[j - 1] = previous;
        const alpha = dot(n, v, w);
        reference = Math.sqrt(subtract(n, w, v, alpha));
        coefficients[j] = alpha;
      }
      for (let pass = 0; pass < 2; pass++) {
        // Classical Gram–Schmidt against v_0 … v_j.
        for (let i = 0; i <= j; i++) extra[i] = dot(n, basis[i]!, w);
        let squared = reference * reference;
        for (let i = 0; i <= j; i++) {
          coefficients[i]! += extra[i]!;
          squared = subtract(n, w, basis[i]!, extra[i]!);
        }
        const after = Math.sqrt(squared);
        // A drop of more than 1/√2 means cancellation: one more pass restores orthogonality.
        const enough = after >= Math.SQRT1_2 * reference;
        reference = after;
        if (enough) break;
      }
      for (let i = 0; i <= j; i++) {
        h[i * size + j] = coefficients[i]!;
        h[j * size + i] = coefficients[i]!;
      }
      beta = reference;
      if (beta <= 1e-14 * Math.max(1, before)) {
        beta = 0; // the basis spans an invariant subspace: its Ritz pairs are exact
        j++;
        break;
      }
      // v_{j+1} = w / β: the arrays swap roles, nothing is copied.
      const next = basis[j + 1]!;
      basis[j + 1] = w;
      w = next;
      scale(n, basis[j + 1]!, 1 / beta);
      if (j + 1 < size) h[j * size + j + 1] = beta; // v_jᵀ·A·v_{j+1}, the next step's first coefficient
    }
    const k = j;
    if (k === 0) return best;
    const projected = new Float64Array(k * k);
    for (let r = 0; r < k; r++) for (let c = 0; c < k; c++) projected[r * k + c] = h[r * size + c]!;
    const { values, vectors } = symmetricEigen(projected, k);
    const theta = values[0]!;
    // Residual estimate of the top Ritz pair: |β · last component of its eigenvector of VᵀAV|.
    const estimate = Math.abs(beta * vectors[(k - 1) * k]!);
    const tolerance = residualTolerance * Math.max(1, Math.abs(theta));
    const exhausted = products >= maxProducts;
    if (estimate <= tolerance || exhausted || beta === 0) {
      const vector = combine(n, basis, vectors, k, 0, new Float64Array(n));
      scale(n, vector, 1 / (Math.sqrt(dot(n, vector, vector)) || 1));
      apply(vector, w);
      const residual = Math.sqrt(subtract(n, w, vector, theta)); // ‖A·x − θ·x‖₂
      best = { value: theta, vector, products, converged: residual <= tolerance, residual };
      if (best.converged || exhausted || beta === 0) return best;
    }
    // Thick restart: the `kept` best Ritz vectors, then the residual direction v_k.
    const kept = Math.min(keep, k - 1);
    for (let c = 0; c < kept; c++) combine(n, basis, vectors, k, c, spare[c]!);
    const residualDirection = basis[k]!;
    for (let c = 0; c < kept; c++) {
      const old = basis[c]!;
      basis[c] = spare[c]!;
      spare[c] = old;
    }
    basis[k] = basis[kept]!;
    basis[kept] = residualDirection;
    h.fill(0);
    for (let c = 0; c < kept; c++) h[c * size + c] = values[c]!;
    filled = kept;
  }
}

/** `out` = Σᵢ vectors[i][column] · v_i over the first k basis vectors. */
function combine(n: number, basis: Float64Array[], vectors: Float64Array, k: number, column: number, out: Float64Array): Float64Array {
  out.fill(0);
  for (let i = 0; i < k; i++) {
    const c = vectors[i * k + column]!;
    if (c !== 0) subtract(n, out, basis[i]!, -c);
  }
  return out;
}

/** x·y over the first n entries. */
function dot(n: number, x: Float64Array, y: Float64Array): number {
  let sum = 0;
  for (let p = 0; p < n; p++) sum += x[p]! * y[p]!;
  return sum;
}

/** w −= c·v; returns ‖w‖² after. */
function subtract(n: number, w: Float64Array, v: Float64Array, c: number): number {
  let squared = 0;
  for (let p = 0; p < n; p++) {
    const x = w[p]! - c * v[p]!;
    w[p] = x;
    squared += x * x;
  }
  return squared;
}

/** x *= factor. */
function scale(n: number, x: Float64Array, factor: number): void {
  for (let p = 0; p < n; p++) x[p]! *= factor;
}

/**
 * Eigenvalues and eigenvectors of a small dense symmetric matrix by the
 * cyclic Jacobi method (Jacobi 1846; Golub & Van Loan, "Matrix
 * Computations", 4th ed., §8.5): plane rotations that zero one off-diagonal
 * entry at a time until the matrix is diagonal to machine precision.
 *
 * Used for the projected matrices of Lanczos (at most a few dozen rows).
 * Written here rather than taken from a linear-algebra package: it is the
 * one dense routine the measures need, thirty lines, and Jacobi is accurate
 * to full relative precision on the small matrices it sees.
 */

/** What {@link symmetricEigen} returns: eigenvalues in descending order, eigenvectors as columns of `vectors` (row-major k × k). */
export interface SymmetricEigen {
  values: Float64Array;
  vectors: Float64Array;
}

/** Sweeps after which Jacobi stops even if not fully diagonal (it converges quadratically, in well under 20). */
const MAX_SWEEPS = 50;

/** Eigen-decomposition of the symmetric k × k matrix `a` (row-major; only read). */
export function symmetricEigen(a: Float64Array, k: number): SymmetricEigen {
  const s = a.slice(0, k * k);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    let diag = 0;
    for (let i = 0; i < k; i++) {
      diag += s[i * k + i]! * s[i * k + i]!;
      for (let j = i + 1; j < k; j++) off += s[i * k + j]! * s[i * k + j]!;
    }
    if (off <= 1e-32 * diag || off === 0) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = s[p * k + q]!;
        if (apq === 0) continue;
        // The rotation that zeroes s[p][q] (Golub & Van Loan, Algorithm 8.5.1).
        const tau = (s[q * k + q]! - s[p * k + p]!) / (2 * apq);
        const t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const sn = t * c;
        for (let r = 0; r < k; r++) {
          const srp = s[r * k + p]!;
          const srq = s[r * k + q]!;
          s[r * k + p] = c * srp - sn * srq;
          s[r * k + q] = sn * srp + c * srq;
        }
        for (let r = 0; r < k; r++) {
          const spr = s[p * k + r]!;
          const sqr = s[q * k + r]!;
          s[p * k + r] = c * spr - sn * sqr;
          s[q * k + r] = sn * spr + c * sqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p]!;
          const vrq = v[r * k + q]!;
          v[r * k + p] = c * vrp - sn * vrq;
          v[r * k + q] = sn * vrp + c * vrq;
        }
      }
    }
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((x, y) => s[y * k + y]! - s[x * k + x]!);
  const values = Float64Array.from(order, (i) => s[i * k + i]!);
  const vectors = new Float64Array(k * k);
  for (let r = 0; r < k; r++) for (let c = 0; c < k; c++) vectors[r * k + c] = v[r * k + order[c]!]!;
  return { values, vectors };
}

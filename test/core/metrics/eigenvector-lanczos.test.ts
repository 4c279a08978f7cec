/**
 * Eigenvector centrality by Lanczos against numpy.linalg.eigh
 * (test/fixtures/eigenvector/reference.json, made by make_reference.py
 * there): slow-mixing grids, a long chain, a bipartite graph, disconnected
 * graphs (networkx's convention), within 1e-6 — where the power iteration
 * on A + I it replaced is still off after 1,000 steps on the chain and a grid.
 */
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { buildCsr, eigenvector, type Csr } from '../../../src/core/metrics';
import { largestEigenpair } from '../../../src/core/metrics/lanczos';
import { symmetricEigen } from '../../../src/core/metrics/symmetric-eigen';

interface Reference {
  n: number;
  edges: [number, number][];
  eigenvalue: number;
  multiplicity: number;
  eigenvector: number[];
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/eigenvector/reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, Reference>;
};

function graphOf(ref: Reference): AtlasGraph {
  const graph: AtlasGraph = new UndirectedGraph();
  for (let i = 0; i < ref.n; i++) graph.addNode(String(i), { label: String(i), type: 'unknown', extra: {} });
  for (const [u, v] of ref.edges) graph.addEdge(String(u), String(v), { weight: 1, relations: [], years: [], evidence: [], lines: [], extra: {} });
  return graph;
}

const maxError = (a: Float64Array, b: readonly number[]) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

/** The power iteration on A + I that eigenvector() used before (uniform start, normalised each step). */
function powerIteration(csr: Csr, iterations: number): Float64Array {
  let x = new Float64Array(csr.n).fill(1 / Math.sqrt(csr.n));
  let y = new Float64Array(csr.n);
  for (let t = 0; t < iterations; t++) {
    let norm = 0;
    for (let i = 0; i < csr.n; i++) {
      let s = x[i]!;
      for (let p = csr.offsets[i]!; p < csr.offsets[i + 1]!; p++) s += x[csr.neighbors[p]!]!;
      y[i] = s;
      norm += s * s;
    }
    for (let i = 0; i < csr.n; i++) y[i]! /= Math.sqrt(norm);
    [x, y] = [y, x];
  }
  return x;
}

describe('eigenvector(csr) equals numpy.linalg.eigh', () => {
  const rows: Record<string, { n: number; products: number; error: number }> = {};
  for (const [name, ref] of Object.entries(fixture.graphs)) {
    it(`on ${name} (n = ${ref.n}${ref.multiplicity > 1 ? ', repeated λ₁: the uniform vector projected' : ''}) within 1e-6, converged`, () => {
      const csr = buildCsr(graphOf(ref), null);
      const result = eigenvector(csr);
      const error = maxError(result.values, ref.eigenvector);
      rows[name] = { n: ref.n, products: result.iterations, error };
      expect(result.converged).toBe(true);
      expect(error).toBeLessThan(1e-6);
      expect(Math.hypot(...result.values)).toBeCloseTo(1, 12);
    });
  }
  it('prints the products A·x used and the errors', () => console.table(rows));

  it('where the old power iteration on A + I is still off after 1,000 steps (chain of 120 by 7e-3, 12×40 grid by 2e-6)', () => {
    const chain = fixture.graphs['chain-120']!;
    expect(maxError(powerIteration(buildCsr(graphOf(chain), null), 1000), chain.eigenvector)).toBeGreaterThan(1e-3);
    const grid = fixture.graphs['grid-12x40']!;
    expect(maxError(powerIteration(buildCsr(graphOf(grid), null), 1000), grid.eigenvector)).toBeGreaterThan(1e-6);
  });

  it('reports non-convergence when the cap is too low for the chain', () => {
    const ref = fixture.graphs['chain-120']!;
    const result = eigenvector(buildCsr(graphOf(ref), null), { maxIterations: 30 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(30);
  });
});

describe('largestEigenpair', () => {
  it('finds the largest algebraic eigenvalue of a diagonal operator, not the largest in modulus', () => {
    const d = [-5, 3, 2.5, -1, 0.5];
    const pair = largestEigenpair(d.length, (x, y) => d.forEach((v, i) => (y[i] = v * x[i]!)), {
      start: new Float64Array(d.length).fill(1),
      maxProducts: 100,
      residualTolerance: 1e-13,
      basisSize: 3,
      keep: 1,
    });
    expect(pair.converged).toBe(true);
    expect(pair.value).toBeCloseTo(3, 12);
    expect(Math.abs(pair.vector[1]!)).toBeCloseTo(1, 12);
  });
});

describe('symmetricEigen', () => {
  it('diagonalises a symmetric matrix: A·v = λ·v for every pair, values descending', () => {
    const a = Float64Array.from([4, 1, -2, 2, 1, 2, 0, 1, -2, 0, 3, -2, 2, 1, -2, -1]);
    const { values, vectors } = symmetricEigen(a, 4);
    for (let c = 0; c < 4; c++) {
      for (let r = 0; r < 4; r++) {
        let av = 0;
        for (let k = 0; k < 4; k++) av += a[r * 4 + k]! * vectors[k * 4 + c]!;
        expect(av).toBeCloseTo(values[c]! * vectors[r * 4 + c]!, 12);
      }
      if (c > 0) expect(values[c]!).toBeLessThanOrEqual(values[c - 1]!);
    }
  });
});

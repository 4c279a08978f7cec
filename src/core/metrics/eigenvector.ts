/**
 * Eigenvector centrality: Bonacich, P. (1972). "Factoring and weighting
 * approaches to status scores and clique identification". Journal of
 * Mathematical Sociology 2(1), 113–120.
 *
 * The principal eigenvector of the adjacency matrix A, scaled to unit
 * Euclidean norm and signed non-negative, by thick-restart Lanczos
 * (`lanczos.ts`; Wu & Simon 2000) started from the uniform vector, as
 * networkx's and igraph's start. Lanczos seeks the largest *algebraic*
 * eigenvalue, so on a bipartite graph — our city–project–firm graphs are
 * two- and three-mode — the mirror eigenvalue −λ₁ is no rival, and on
 * slow-mixing graphs (grids, long chains) it converges where power iteration
 * stalls: on a 30×30 grid the power iteration on A + I that this replaces was
 * still off by 1.6e-4 after 1,000 steps; Lanczos equals numpy's `eigh` to
 * 1e-9 in about 200 products A·x (test/core/metrics/eigenvector-lanczos.test.ts).
 *
 * On a disconnected graph the result is the uniform vector's projection on
 * the eigenspace of the largest eigenvalue, as networkx's power iteration
 * gives: the component(s) of largest λ₁ carry all the weight, the others 0.
 * A graph without edges gives the uniform vector (every eigenvalue is 0).
 *
 * Why not graphology-metrics' eigenvector: power iteration on A + I with a
 * default cap of 100 iterations, which two- and three-mode graphs often
 * exceed, and then it throws; and it walks object-keyed adjacency each
 * iteration (5–13× slower than igraph). Non-convergence here is reported,
 * never thrown.
 */
import { csrFor, type Csr } from './csr';
import { resolveParameters, type AlgorithmDescriptor, type ParameterSpec, type RunContext } from './descriptor';
import { largestEigenpair } from './lanczos';
import { createCheckpoint } from './progress';

export interface PowerIterationOptions {
  /** Stop after this many iterations (products A·x for eigenvector); default {@link POWER_ITERATION_DEFAULTS}. */
  maxIterations?: number;
  /** PageRank: converged when Σ|x − x_previous| < n·tolerance; eigenvector: when ‖Ax − λx‖₂ ≤ √n·tolerance·max(1, λ). */
  tolerance?: number;
  /** Use edge weights; default false. */
  weighted?: boolean;
}

/** The stopping rule shared by the power iterations (eigenvector, PageRank): networkx's tolerance, a generous cap. */
export const POWER_ITERATION_DEFAULTS = { maxIterations: 1000, tolerance: 1e-12 } as const;

/** Defaults of {@link eigenvector}, read by its descriptor too. */
export const EIGENVECTOR_DEFAULTS = { ...POWER_ITERATION_DEFAULTS, weighted: false } as const;

export interface IterativeResult {
  values: Float64Array;
  iterations: number;
  converged: boolean;
}

/** Eigenvector centrality of every node of `csr` (unit L2 norm, non-negative). */
export function eigenvector(csr: Csr, options: PowerIterationOptions = {}, context?: RunContext): IterativeResult {
  const { n, m, offsets, neighbors, weights } = csr;
  const maxIterations = options.maxIterations ?? EIGENVECTOR_DEFAULTS.maxIterations;
  const tolerance = options.tolerance ?? EIGENVECTOR_DEFAULTS.tolerance;
  const weighted = options.weighted ?? EIGENVECTOR_DEFAULTS.weighted;
  if (n === 0) return { values: new Float64Array(0), iterations: 0, converged: true };
  const checkpoint = createCheckpoint(context, maxIterations, n + 2 * m);
  const edgeWeights = weighted ? weights : null;
  const apply = (x: Float64Array, y: Float64Array) => adjacencyProduct(n, offsets, neighbors, edgeWeights, x, y);
  const pair = largestEigenpair(n, apply, {
    start: new Float64Array(n).fill(1),
    maxProducts: maxIterations,
    residualTolerance: Math.sqrt(n) * tolerance,
    onProduct: checkpoint,
  });
  checkpoint(maxIterations); // report completion
  const values = pair.vector;
  // The Perron vector is non-negative: fix the sign, and zero the rounding noise (≈ 1e-17) left on components of smaller λ₁.
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const sign = sum < 0 ? -1 : 1;
  for (let i = 0; i < n; i++) values[i] = Math.max(0, sign * values[i]!);
  return { values, iterations: pair.products, converged: pair.converged };
}

/** y = A·x over the CSR (A's entries 1 when `weights` is null); arrays as arguments, so V8 optimises it once (see lanczos.ts). */
function adjacencyProduct(n: number, offsets: Int32Array, neighbors: Int32Array, weights: Float64Array | null, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let sum = 0;
    const end = offsets[i + 1]!;
    if (weights) for (let e = offsets[i]!; e < end; e++) sum += x[neighbors[e]!]! * weights[e]!;
    else for (let e = offsets[i]!; e < end; e++) sum += x[neighbors[e]!]!;
    y[i] = sum;
  }
}

/** The stopping rule of the iterative measures (eigenvector, PageRank), defaults from {@link POWER_ITERATION_DEFAULTS}. */
export const POWER_ITERATION_PARAMETERS: readonly ParameterSpec[] = [
  {
    id: 'maxIterations',
    label: 'Maximum iterations',
    description: 'Stop after this many iterations (eigenvector: products of the adjacency matrix with a vector).',
    type: 'integer',
    default: POWER_ITERATION_DEFAULTS.maxIterations,
    min: 1,
    max: 1_000_000,
    step: 100,
  },
  {
    id: 'tolerance',
    label: 'Tolerance',
    description: 'PageRank: converged when its summed error is sure to be below n × tolerance; eigenvector: when ‖Ax − λx‖ ≤ √n × tolerance × λ.',
    type: 'number',
    default: POWER_ITERATION_DEFAULTS.tolerance,
    min: 0,
    max: 1,
  },
];

export const eigenvectorDescriptor: AlgorithmDescriptor = {
  id: 'eigenvector',
  label: 'Eigenvector centrality',
  description:
    'A node is central when its neighbours are central: the principal eigenvector of the adjacency matrix, unit length. ' +
    'Computed by Lanczos, which converges on two- and three-mode graphs and on slow-mixing ones (grids, long chains); ' +
    'if it still does not converge, the best estimate is returned with a note.',
  reference:
    'Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique identification. Journal of Mathematical Sociology, 2(1), 113–120. ' +
    'Computed by thick-restart Lanczos: Wu, K. & Simon, H. (2000), SIAM J. Matrix Anal. Appl. 22(2), 602–616.',
  parameters: [
    ...POWER_ITERATION_PARAMETERS,
    {
      id: 'weighted',
      label: 'Use edge weights',
      description: 'Weight each neighbour by the weight of the link.',
      type: 'boolean',
      default: EIGENVECTOR_DEFAULTS.weighted,
    },
  ],
  outputs: [
    {
      id: 'eigenvector',
      label: 'Eigenvector centrality',
      kind: 'number',
      description: 'Component of the principal eigenvector (unit Euclidean norm).',
    },
  ],
  run(graph, params, context) {
    const p = resolveParameters(eigenvectorDescriptor, params);
    const maxIterations = p.maxIterations as number;
    const tolerance = p.tolerance as number;
    const weighted = p.weighted as boolean;
    const csr = csrFor(graph, weighted ? 'weight' : null, context?.csrCache);
    const result = eigenvector(csr, { maxIterations, tolerance, weighted }, context);
    return {
      values: { eigenvector: result.values },
      stats: { iterations: result.iterations, converged: result.converged, weighted },
      notes: result.converged ? [] : [`Eigenvector centrality did not converge in ${maxIterations} iterations; values are the best estimate found.`],
    };
  },
};

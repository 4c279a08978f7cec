/**
 * Eigenvector centrality: Bonacich, P. (1972). "Factoring and weighting
 * approaches to status scores and clique identification". Journal of
 * Mathematical Sociology 2(1), 113–120.
 *
 * The principal eigenvector of the adjacency matrix A, by power iteration,
 * scaled to unit Euclidean norm. We iterate on A + I rather than A: both have
 * the same eigenvectors (eigenvalues shifted by 1), but on a bipartite graph —
 * our city–project–firm graphs are two- and three-mode — A has eigenvalues λ
 * and −λ of equal modulus, so plain iteration on A oscillates between the two
 * sides for ever; on A + I they become λ+1 and 1−λ and the iteration converges.
 * networkx does the same (`x = xlast.copy()` before adding neighbours), starts
 * from the uniform vector as we do, and stops when Σ|Δx| < n·tolerance; on a
 * disconnected graph both therefore return the same mix of components.
 *
 * Why not graphology-metrics' eigenvector: it also iterates on A + I, but with
 * a default cap of 100 iterations, which large two- and three-mode graphs
 * often exceed (the error shrinks by (1+|λ₂|)/(1+λ₁) per step, close to 1
 * when λ₁ is small, as in sparse bipartite graphs), and it then throws;
 * and it walks object-keyed adjacency each iteration (5–13× slower than
 * igraph). Non-convergence here is reported, never thrown.
 */
import { csrFor, type Csr } from './csr';
import { resolveParameters, type AlgorithmDescriptor, type ParameterSpec, type RunContext } from './descriptor';
import { createCheckpoint } from './progress';

export interface PowerIterationOptions {
  /** Stop after this many iterations; default {@link POWER_ITERATION_DEFAULTS}. */
  maxIterations?: number;
  /** Convergence when Σ|x − x_previous| < n·tolerance; default {@link POWER_ITERATION_DEFAULTS}. */
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
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  let next = new Float64Array(n);
  const checkpoint = createCheckpoint(context, maxIterations, n + 2 * m);
  if (n === 0) return { values: x, iterations: 0, converged: true };

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    checkpoint(iteration - 1);
    let norm = 0;
    for (let i = 0; i < n; i++) {
      let sum = x[i]!; // the + I of A + I
      for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) {
        sum += weighted ? x[neighbors[p]!]! * weights[p]! : x[neighbors[p]!]!;
      }
      next[i] = sum;
      norm += sum * sum;
    }
    norm = Math.sqrt(norm) || 1;
    let change = 0;
    for (let i = 0; i < n; i++) {
      const value = next[i]! / norm;
      next[i] = value;
      change += Math.abs(value - x[i]!);
    }
    [x, next] = [next, x];
    if (change < n * tolerance) {
      checkpoint(maxIterations); // report completion
      return { values: x, iterations: iteration, converged: true };
    }
  }
  checkpoint(maxIterations);
  return { values: x, iterations: maxIterations, converged: false };
}

/** The stopping rule of the power iterations (eigenvector, PageRank), defaults from {@link POWER_ITERATION_DEFAULTS}. */
export const POWER_ITERATION_PARAMETERS: readonly ParameterSpec[] = [
  {
    id: 'maxIterations',
    label: 'Maximum iterations',
    description: 'Stop after this many power iterations.',
    type: 'integer',
    default: POWER_ITERATION_DEFAULTS.maxIterations,
    min: 1,
    max: 1_000_000,
    step: 100,
  },
  {
    id: 'tolerance',
    label: 'Tolerance',
    description: 'Converged when the summed absolute change is below n × tolerance.',
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
    'Computed on A + I so two- and three-mode graphs converge; if it still does not converge, the last iterate is returned with a note.',
  reference:
    'Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique identification. Journal of Mathematical Sociology, 2(1), 113–120.',
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
      notes: result.converged ? [] : [`Eigenvector centrality did not converge in ${maxIterations} iterations; values are the last iterate.`],
    };
  },
};

/**
 * What the Louvain and Leiden descriptors share: the same parameters
 * (resolution, weights, seed, runs), the same `community` output and the
 * same run on the shared CSR, so the UI and the CLI treat both alike.
 */
import type { Csr } from '../metrics/csr';
import { csrFor, type MeasureGraph } from '../metrics/csr';
import { resolveParameters, type AlgorithmDescriptor, type AlgorithmResult, type ParameterSpec, type RunContext } from '../metrics/descriptor';
import { COMMUNITY_DEFAULTS, type CommunityOptions, type CommunityResult } from './best-of-runs';

/** The parameters of a best-of-runs community detection. */
const PARAMETERS: readonly ParameterSpec[] = [
  {
    id: 'resolution',
    label: 'Resolution',
    description: 'Above 1 gives more, smaller communities; below 1 fewer, larger ones (Reichardt & Bornholdt).',
    type: 'number',
    default: COMMUNITY_DEFAULTS.resolution,
    min: 0.01,
    max: 10,
    step: 0.01,
  },
  {
    id: 'weighted',
    label: 'Use edge weights',
    description: 'Read the edge weight (e.g. number of shared projects) instead of counting every link as 1.',
    type: 'boolean',
    default: COMMUNITY_DEFAULTS.weighted,
  },
  {
    id: 'seed',
    label: 'Random seed',
    description: 'Seed of the random node orders; change it to explore other near-optimal partitions.',
    type: 'integer',
    default: COMMUNITY_DEFAULTS.seed,
    min: 0,
    max: 4294967295,
    step: 1,
  },
  {
    id: 'runs',
    label: 'Runs',
    description: 'Independent runs with seeds derived from the seed; the highest modularity is kept.',
    type: 'integer',
    default: COMMUNITY_DEFAULTS.runs,
    min: 1,
    max: 1000,
    step: 1,
  },
];

/** What differs between two community descriptors. */
interface CommunityMethod {
  id: string;
  name: string;
  description: string;
  reference: string;
  detect: (csr: Csr, options: CommunityOptions) => CommunityResult;
}

/** A descriptor whose output is `community` (0 = largest) and whose stats are the modularity reached and the count. */
export function communityDescriptor(method: CommunityMethod): AlgorithmDescriptor {
  const descriptor: AlgorithmDescriptor = {
    id: method.id,
    label: `Communities (${method.name})`,
    description: method.description,
    reference: method.reference,
    parameters: PARAMETERS,
    outputs: [
      {
        id: 'community',
        label: 'Community',
        kind: 'category',
        description: `${method.name} community, numbered by size (0 = largest).`,
      },
    ],
    run(graph: MeasureGraph, params, context: RunContext = {}): AlgorithmResult {
      const p = resolveParameters(descriptor, params);
      const resolution = p.resolution as number;
      const weighted = p.weighted as boolean;
      const seed = p.seed as number;
      const runs = p.runs as number;
      const csr = csrFor(graph, weighted ? 'weight' : null, context?.csrCache);
      const result = method.detect(csr, { resolution, weighted, seed, runs, ...(context.onProgress ? { onProgress: context.onProgress } : {}) });
      const notes: string[] = [];
      if (csr.m === 0) notes.push('The graph has no edges: every node is its own community and modularity is undefined (reported as 0).');
      return {
        values: { community: Float64Array.from(result.communities) },
        stats: { modularity: result.modularity, communities: result.count, runs, seed, resolution },
        notes,
      };
    },
  };
  return descriptor;
}

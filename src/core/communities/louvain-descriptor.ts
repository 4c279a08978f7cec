/**
 * The Louvain algorithm as an `AlgorithmDescriptor`, from which the UI builds
 * its form and the CLI its flags.
 */
import type { AtlasGraph } from '../graph/types';
import { csrFor } from '../metrics/csr';
import { resolveParameters, type AlgorithmDescriptor, type AlgorithmResult, type RunContext } from '../metrics/descriptor';
import { LOUVAIN_DEFAULTS, louvain } from './louvain';

/** Louvain communities: per-node `community` (0 = largest) and the modularity reached. */
export const louvainDescriptor: AlgorithmDescriptor = {
  id: 'louvain',
  label: 'Communities (Louvain)',
  description:
    'Groups nodes into communities that are densely linked inside and sparsely between, by maximising modularity. ' +
    'The best of several seeded runs is kept; the same seed always gives the same communities. ' +
    'Community 0 is the largest; isolated nodes get one community each, numbered last.',
  reference:
    'V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of communities in large networks", ' +
    'J. Stat. Mech. (2008) P10008, doi:10.1088/1742-5468/2008/10/P10008',
  parameters: [
    {
      id: 'resolution',
      label: 'Resolution',
      description: 'Above 1 gives more, smaller communities; below 1 fewer, larger ones (Reichardt & Bornholdt).',
      type: 'number',
      default: LOUVAIN_DEFAULTS.resolution,
      min: 0.01,
      max: 10,
      step: 0.01,
    },
    {
      id: 'weighted',
      label: 'Use edge weights',
      description: 'Read the edge weight (e.g. number of shared projects) instead of counting every link as 1.',
      type: 'boolean',
      default: LOUVAIN_DEFAULTS.weighted,
    },
    {
      id: 'seed',
      label: 'Random seed',
      description: 'Seed of the random node orders; change it to explore other near-optimal partitions.',
      type: 'integer',
      default: LOUVAIN_DEFAULTS.seed,
      min: 0,
      max: 4294967295,
      step: 1,
    },
    {
      id: 'runs',
      label: 'Runs',
      description: 'Independent runs with seeds derived from the seed; the highest modularity is kept.',
      type: 'integer',
      default: LOUVAIN_DEFAULTS.runs,
      min: 1,
      max: 1000,
      step: 1,
    },
  ],
  outputs: [
    {
      id: 'community',
      label: 'Community',
      kind: 'category',
      description: 'Louvain community, numbered by size (0 = largest).',
    },
  ],
  run(graph: AtlasGraph, params, context: RunContext = {}): AlgorithmResult {
    const p = resolveParameters(louvainDescriptor, params);
    const resolution = p.resolution as number;
    const weighted = p.weighted as boolean;
    const seed = p.seed as number;
    const runs = p.runs as number;
    const csr = csrFor(graph, weighted ? 'weight' : null, context?.csrCache);
    const result = louvain(csr, { resolution, weighted, seed, runs, onProgress: context.onProgress });
    const notes: string[] = [];
    if (csr.m === 0) notes.push('The graph has no edges: every node is its own community and modularity is undefined (reported as 0).');
    return {
      values: { community: Float64Array.from(result.communities) },
      stats: { modularity: result.modularity, communities: result.count, runs, seed, resolution },
      notes,
    };
  },
};

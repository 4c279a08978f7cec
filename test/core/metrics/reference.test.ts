/**
 * Every measure against the networkx 2.8.8 values in the shared reference
 * folder (karate, florentine, lesmis, davis), through the descriptors' `run`.
 */
import { describe, expect, it } from 'vitest';
import {
  betweennessDescriptor,
  closenessDescriptor,
  clusteringDescriptor,
  componentsDescriptor,
  degreeDescriptor,
  eigenvectorDescriptor,
  kcoreDescriptor,
  pagerankDescriptor,
  resolveParameters,
  type AlgorithmDescriptor,
  type ParameterValues,
} from '../../../src/core/metrics';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { loadReference, referenceVector, type ReferenceName } from '../../helpers/reference-graph';

function run(descriptor: AlgorithmDescriptor, graph: AtlasGraph, output: string, params: Partial<ParameterValues> = {}) {
  const result = descriptor.run(graph, resolveParameters(descriptor, params));
  const values = result.values[output];
  if (!values) throw new Error(`${descriptor.id} has no output ${output}`);
  return values;
}

/** How each reference key is computed here; `null` = not a measure of this module. */
const COMPUTE: Record<string, ((graph: AtlasGraph) => Float64Array) | 'components'> = {
  degree: (g) => run(degreeDescriptor, g, 'degree'),
  weighted_degree: (g) => run(degreeDescriptor, g, 'weightedDegree'),
  betweenness_raw: (g) => run(betweennessDescriptor, g, 'betweenness'),
  betweenness_normalized: (g) => run(betweennessDescriptor, g, 'betweenness', { normalized: true }),
  betweenness_raw_weighted_as_distance: (g) => run(betweennessDescriptor, g, 'betweenness', { weights: 'distance' }),
  closeness: (g) => run(closenessDescriptor, g, 'closeness', { wassermanFaust: false }),
  closeness_wasserman_faust: (g) => run(closenessDescriptor, g, 'closeness'),
  clustering: (g) => run(clusteringDescriptor, g, 'clustering'),
  core_number: (g) => run(kcoreDescriptor, g, 'core'),
  eigenvector_unit_l2: (g) => run(eigenvectorDescriptor, g, 'eigenvector'),
  pagerank: (g) => run(pagerankDescriptor, g, 'pagerank', { weighted: false }),
  pagerank_weighted: (g) => run(pagerankDescriptor, g, 'pagerank'),
  components: 'components',
};

const ITERATIVE = new Set(['eigenvector_unit_l2', 'pagerank', 'pagerank_weighted']);

const GRAPHS: ReferenceName[] = ['karate', 'florentine', 'lesmis', 'davis'];

describe.each(GRAPHS)('measures on %s against networkx', (name) => {
  const { graph, json } = loadReference(name);

  it('loads the reference graph with its stated size', () => {
    expect(graph.order).toBe(Number(json.nodes));
    expect(graph.size).toBe(Number(json.edges));
  });

  it('covers every metric key of the reference file', () => {
    const unknown = Object.keys(json.metrics).filter((key) => !(key in COMPUTE));
    expect(unknown).toEqual([]);
  });

  const keys = Object.keys(json.metrics).filter((key) => key !== 'components' && key in COMPUTE);
  it.each(keys)('%s matches', (key) => {
    const compute = COMPUTE[key];
    if (typeof compute !== 'function') throw new Error('unreachable');
    const expected = referenceVector(graph, json, key);
    const actual = compute(graph);
    const tolerance = ITERATIVE.has(key) ? 1e-6 : 1e-9;
    let worst = 0;
    for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
    expect(worst).toBeLessThan(tolerance);
  });

  it('components match (as sets of node keys, largest first)', () => {
    const result = componentsDescriptor.run(graph, {});
    const nodes = graph.nodes();
    const groups: string[][] = [];
    result.values.component!.forEach((c, i) => (groups[c] ??= []).push(nodes[i]!));
    const sorted = groups.map((g) => [...g].sort());
    expect(sorted).toEqual(json.metrics.components.map((g) => [...g].sort()));
    expect(result.stats.count).toBe(json.metrics.components.length);
  });
});

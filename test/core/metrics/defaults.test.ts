/**
 * Each algorithm's defaults are defined once, in its exported `*_DEFAULTS`
 * object: the descriptor's parameter defaults (the UI's forms, the CLI's
 * flags) and the function's own defaults both read it, so a run with no
 * options equals a run of the descriptor with its resolved defaults.
 */
import { describe, expect, it } from 'vitest';
import { LOUVAIN_DEFAULTS, louvain, louvainDescriptor } from '../../../src/core/communities';
import {
  betweenness,
  BETWEENNESS_DEFAULTS,
  betweennessDescriptor,
  buildCsr,
  closeness,
  CLOSENESS_DEFAULTS,
  closenessDescriptor,
  eigenvector,
  EIGENVECTOR_DEFAULTS,
  eigenvectorDescriptor,
  pagerank,
  PAGERANK_DEFAULTS,
  pagerankDescriptor,
  resolveParameters,
  sampledBetweenness,
  SAMPLED_BETWEENNESS_DEFAULTS,
  sampledBetweennessDescriptor,
  sampledCloseness,
  SAMPLED_CLOSENESS_DEFAULTS,
  sampledClosenessDescriptor,
  STRUCTURAL_HOLES_DEFAULTS,
  structuralHoles,
  structuralHolesDescriptor,
  type AlgorithmDescriptor,
} from '../../../src/core/metrics';
import { loadReference } from '../../helpers/reference-graph';

const cases: [AlgorithmDescriptor, Readonly<Record<string, unknown>>][] = [
  [pagerankDescriptor, PAGERANK_DEFAULTS],
  [eigenvectorDescriptor, EIGENVECTOR_DEFAULTS],
  [betweennessDescriptor, BETWEENNESS_DEFAULTS],
  [sampledBetweennessDescriptor, SAMPLED_BETWEENNESS_DEFAULTS],
  [closenessDescriptor, CLOSENESS_DEFAULTS],
  [sampledClosenessDescriptor, SAMPLED_CLOSENESS_DEFAULTS],
  [structuralHolesDescriptor, STRUCTURAL_HOLES_DEFAULTS],
  [louvainDescriptor, LOUVAIN_DEFAULTS],
];

describe('algorithm defaults', () => {
  it.each(cases.map(([d, defaults]) => [d.id, d, defaults] as const))('resolveParameters(%s) gives exactly its *_DEFAULTS', (_id, descriptor, defaults) => {
    expect(resolveParameters(descriptor)).toEqual({ ...defaults });
  });

  it('the values the defaults stand for: damping 0.85, tolerance 1e-12, 1000 iterations, 100 pivots, Louvain γ 1, seed 42, 10 runs', () => {
    expect(PAGERANK_DEFAULTS).toEqual({ damping: 0.85, weighted: true, maxIterations: 1000, tolerance: 1e-12 });
    expect(EIGENVECTOR_DEFAULTS).toEqual({ maxIterations: 1000, tolerance: 1e-12, weighted: false });
    expect(SAMPLED_BETWEENNESS_DEFAULTS).toEqual({ samples: 100, seed: 1, weights: 'none', normalized: false });
    expect(SAMPLED_CLOSENESS_DEFAULTS).toEqual({ samples: 100, seed: 1, wassermanFaust: true });
    expect(LOUVAIN_DEFAULTS).toEqual({ resolution: 1, weighted: true, seed: 42, runs: 10 });
  });

  it('each function without options equals its descriptor run with the resolved defaults', () => {
    const { graph } = loadReference('karate');
    const weighted = buildCsr(graph, 'weight');
    const plain = buildCsr(graph, null);
    const run = (d: AlgorithmDescriptor) => d.run(graph, resolveParameters(d)).values;
    expect(run(pagerankDescriptor)['pagerank']).toEqual(pagerank(weighted).values);
    expect(run(eigenvectorDescriptor)['eigenvector']).toEqual(eigenvector(plain).values);
    expect(run(betweennessDescriptor)['betweenness']).toEqual(betweenness(plain));
    expect(run(sampledBetweennessDescriptor)['betweenness']).toEqual(sampledBetweenness(plain));
    expect(run(closenessDescriptor)['closeness']).toEqual(closeness(plain));
    expect(run(sampledClosenessDescriptor)['closeness']).toEqual(sampledCloseness(plain));
    expect(run(structuralHolesDescriptor)['constraint']).toEqual(structuralHoles(plain).constraint);
    expect(run(louvainDescriptor)['community']).toEqual(Float64Array.from(louvain(weighted).communities));
  });
});

/**
 * Leaf folding (betweenness, subset betweenness, closeness skip the traversal
 * of degree-1 nodes): on leafy graphs shaped like the municipal catalogue,
 * results must equal graphology-metrics' betweenness and brute-force
 * closeness / subset betweenness, with weights and across components.
 */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { accumulateDependencies, betweenness } from '../../../src/core/metrics/betweenness';
import { subsetBetweenness } from '../../../src/core/metrics/betweenness-subset';
import { closeness } from '../../../src/core/metrics/closeness';
import { buildCsr } from '../../../src/core/metrics/csr';
import { foldTargets } from '../../../src/core/metrics/leaf-folding';
import { createRng } from '../../../src/core/random';
import { allPairsDistances, bruteForceSubsetBetweenness, closenessFromDistances } from './brute-force';

/**
 * A core G(core, p) with weights 1, 2, 4 (so 1/w path sums are exact: ties
 * compare equal in every implementation),
 * with `leaves` leaves hung on it, a 2-node and a 3-node star component, an isolated node.
 */
function leafyGraph(core: number, p: number, leaves: number, seed: number): AtlasGraph {
  const rng = createRng(seed);
  const graph: AtlasGraph = new UndirectedGraph();
  const add = (k: string) => graph.addNode(k, { label: k, type: rng() < 0.3 ? 'firm' : 'city', extra: {} });
  const link = (a: string, b: string) =>
    graph.addEdge(a, b, { weight: 2 ** Math.floor(rng() * 3), relations: [], years: [], evidence: [], lines: [], extra: {} });
  for (let i = 0; i < core; i++) add(`c${i}`);
  for (let i = 0; i < core; i++) for (let j = i + 1; j < core; j++) if (rng() < p) link(`c${i}`, `c${j}`);
  for (let i = 0; i < leaves; i++) {
    add(`l${i}`);
    link(`l${i}`, `c${Math.floor(rng() * core)}`);
  }
  for (const k of ['pairA', 'pairB', 'hub', 's1', 's2', 'alone']) add(k);
  link('pairA', 'pairB');
  link('hub', 's1');
  link('hub', 's2');
  return graph;
}

const graph = leafyGraph(30, 0.12, 90, 11);
const csr = buildCsr(graph);

describe('leaf folding', () => {
  it('folds leaves into a neighbour of degree > 1 only (not the two ends of an isolated edge)', () => {
    const into = foldTargets(csr);
    const at = (k: string) => into[csr.keys.indexOf(k)]!;
    expect(at('pairA')).toBe(-1);
    expect(at('pairB')).toBe(-1);
    expect(csr.keys[at('s1')]).toBe('hub');
    expect(at('hub')).toBe(-1);
    expect(Array.from(into).filter((u) => u >= 0).length).toBeGreaterThanOrEqual(90);
  });

  it('betweenness with weights none / distance / strength equals graphology-metrics', () => {
    const cases = [
      ['none', null],
      ['distance', 'weight'],
      ['strength', (_e: string, a: { weight: number }) => 1 / a.weight],
    ] as const;
    for (const [weights, getEdgeWeight] of cases) {
      const theirs = betweennessCentrality(graph, { getEdgeWeight: getEdgeWeight as never, normalized: false });
      const ours = betweenness(csr, { weights });
      csr.keys.forEach((k, i) => expect(ours[i], `${weights} ${k}`).toBeCloseTo(theirs[k]!, 8));
    }
  });

  it('closeness (hops and weights as distances) equals brute force', () => {
    const hops = closenessFromDistances(allPairsDistances(csr, () => 1));
    const lengths = closenessFromDistances(allPairsDistances(csr, (p) => csr.weights[p]!));
    const ours = closeness(csr);
    const oursWeighted = closeness(csr, { weights: 'distance' });
    csr.keys.forEach((k, i) => {
      expect(ours[i], k).toBeCloseTo(hops[i]!, 12);
      expect(oursWeighted[i], k).toBeCloseTo(lengths[i]!, 12);
    });
  });

  it('subset betweenness among firms (leaf firms folded) equals brute force', () => {
    const members = Uint8Array.from(csr.keys, (k) => (graph.getNodeAttribute(k, 'type') === 'firm' ? 1 : 0));
    const expected = bruteForceSubsetBetweenness(csr, members);
    const ours = subsetBetweenness(csr, members, false);
    csr.keys.forEach((k, i) => expect(ours[i], k).toBeCloseTo(expected[i]!, 9));
  });

  it('repeated leaf sources (as sampling draws them) count once per draw', () => {
    const leaf = csr.keys.indexOf('l0');
    const twice = accumulateDependencies(csr, null, [leaf, leaf]);
    const once = accumulateDependencies(csr, null, [leaf]);
    twice.forEach((v, i) => expect(v).toBeCloseTo(2 * once[i]!, 12));
    // From a leaf, its neighbour is on the path to every other node of the component.
    const hub = foldTargets(csr)[leaf]!;
    const component = allPairsDistances(csr, () => 1)[leaf]!.filter((d) => d < Infinity).length;
    expect(once[hub]).toBeGreaterThanOrEqual(component - 2);
  });

  it('closeness reports progress over its traversals (leaves need none)', () => {
    const seen: number[] = [];
    closeness(csr, {}, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
  });
});

/**
 * louvain(csr) and louvainDescriptor: quality against igraph's best of 20
 * runs, determinism, numbering by size, resolution, edge cases, progress.
 */
import { describe, expect, it } from 'vitest';
import { louvain, louvainDescriptor, modularity } from '../../../src/core/communities';
import { buildCsr } from '../../../src/core/metrics/csr';
import { addNode, emptyGraph, graphFromEdges, loadReference, REFERENCE_NAMES } from './helpers';

/** Two cliques of `size` nodes (a0.., b0..) joined by the single edge a0–b0, built in `sides` order. */
function twoCliques(size: number, sides: readonly string[] = ['a', 'b']) {
  const edges: [string, string][] = [];
  for (const side of sides) for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) edges.push([`${side}${i}`, `${side}${j}`]);
  edges.push(['a0', 'b0']);
  return graphFromEdges(edges);
}

describe('louvain(csr) on the reference graphs', () => {
  const ratios: Record<string, { ours: number; igraph: number; ratio: number }> = {};
  for (const name of REFERENCE_NAMES) {
    const { graph, json } = loadReference(name);
    const result = louvain(buildCsr(graph));
    const igraph = json.louvain.igraph_multilevel_best_of_20_modularity;
    const ratio = result.modularity / igraph;
    ratios[name] = { ours: result.modularity, igraph, ratio };
    it(`reaches ≥ 99% of igraph's best of 20 on ${name} with the default seed (${(100 * ratio).toFixed(2)}%)`, () => {
      expect(ratio).toBeGreaterThanOrEqual(0.99);
      expect(result.modularity).toBeCloseTo(modularity(buildCsr(graph), result.communities), 12);
    });
  }
  it('prints the ratios', () => {
    console.table(ratios);
  });
});

describe('louvain(csr)', () => {
  it('gives the same partition for the same input and seed', () => {
    const csr = buildCsr(loadReference('lesmis').graph);
    const a = louvain(csr, { seed: 7 });
    const b = louvain(csr, { seed: 7 });
    expect(Array.from(a.communities)).toEqual(Array.from(b.communities));
    expect(a.modularity).toBe(b.modularity);
    expect(a.runModularities).toEqual(b.runModularities);
  });

  it('varies the runs with the seed', () => {
    const csr = buildCsr(loadReference('lesmis').graph);
    const a = louvain(csr, { seed: 1, runs: 5 }).runModularities;
    const b = louvain(csr, { seed: 2, runs: 5 }).runModularities;
    expect(a).not.toEqual(b);
  });

  it('numbers communities by size, ties by smallest node index', () => {
    const csr = buildCsr(loadReference('lesmis').graph);
    const { communities, count } = louvain(csr);
    const size = new Array<number>(count).fill(0);
    const first = new Array<number>(count).fill(Infinity);
    communities.forEach((c, i) => {
      size[c]!++;
      first[c] = Math.min(first[c]!, i);
    });
    for (let c = 1; c < count; c++) {
      expect(size[c - 1]! >= size[c]!).toBe(true);
      if (size[c - 1] === size[c]) expect(first[c - 1]! < first[c]!).toBe(true);
    }
  });

  it('breaks size ties by the smallest node index', () => {
    // Two equal cliques: the one holding node index 0 is community 0, whichever it is.
    for (const sides of [
      ['a', 'b'],
      ['b', 'a'],
    ]) {
      const csr = buildCsr(twoCliques(5, sides));
      const { communities } = louvain(csr);
      csr.keys.forEach((key, i) => expect(communities[i]).toBe(key[0] === sides[0] ? 0 : 1));
    }
  });

  it('finds more communities at a higher resolution on lesmis', () => {
    const csr = buildCsr(loadReference('lesmis').graph);
    const low = louvain(csr, { resolution: 0.5 }).count;
    const mid = louvain(csr, { resolution: 1 }).count;
    const high = louvain(csr, { resolution: 2 }).count;
    expect(low).toBeLessThan(mid);
    expect(mid).toBeLessThan(high);
  });

  it('splits two cliques joined by one edge into exactly the two cliques', () => {
    const csr = buildCsr(twoCliques(6));
    const { communities, count } = louvain(csr);
    expect(count).toBe(2);
    csr.keys.forEach((key, i) => expect(communities[i]).toBe(key.startsWith('a') ? 0 : 1));
  });

  it('gives isolated nodes their own communities, after the others', () => {
    const graph = emptyGraph();
    addNode(graph, 'lonely');
    const cliques = twoCliques(4);
    cliques.forEachNode((key, attributes) => graph.addNode(key, attributes));
    cliques.forEachEdge((_e, attributes, s, t) => graph.addEdge(s, t, attributes));
    addNode(graph, 'alone');
    const csr = buildCsr(graph);
    const { communities, count } = louvain(csr);
    expect(count).toBe(4);
    expect(communities[csr.keys.indexOf('lonely')]).toBe(2);
    expect(communities[csr.keys.indexOf('alone')]).toBe(3);
  });

  it('does not crash on an empty graph or a graph of isolates', () => {
    expect(louvain(buildCsr(emptyGraph()))).toMatchObject({ count: 0, modularity: 0 });
    const graph = emptyGraph();
    for (const key of ['x', 'y', 'z']) addNode(graph, key);
    const result = louvain(buildCsr(graph));
    expect(Array.from(result.communities)).toEqual([0, 1, 2]);
    expect(result.modularity).toBe(0);
  });

  it('ignores weights when weighted is false', () => {
    const { graph } = loadReference('lesmis');
    const unweighted = louvain(buildCsr(graph), { weighted: false });
    const ones = louvain(buildCsr(graph, null));
    expect(Array.from(unweighted.communities)).toEqual(Array.from(ones.communities));
    expect(unweighted.modularity).toBe(ones.modularity);
    expect(unweighted.modularity).not.toBe(louvain(buildCsr(graph)).modularity);
  });
});

describe('louvainDescriptor', () => {
  it('runs with default parameters and reports its stats', () => {
    const { graph } = loadReference('karate');
    const result = louvainDescriptor.run(graph, {});
    expect(result.values.community).toBeInstanceOf(Float64Array);
    expect(result.values.community!.length).toBe(graph.order);
    expect(result.stats).toMatchObject({ runs: 10, seed: 42, resolution: 1 });
    expect(result.stats.communities).toBe(new Set(result.values.community).size);
    expect(result.stats.modularity as number).toBeGreaterThan(0.41);
  });

  it('reports progress after each run', () => {
    const { graph } = loadReference('karate');
    const progress: number[] = [];
    louvainDescriptor.run(graph, { runs: 4 }, { onProgress: (f) => progress.push(f) });
    expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it('rejects out-of-range parameters with its id', () => {
    const { graph } = loadReference('florentine');
    expect(() => louvainDescriptor.run(graph, { resolution: 0 })).toThrow(/louvain/);
  });

  it('notes an edgeless graph', () => {
    const graph = emptyGraph();
    addNode(graph, 'x');
    expect(louvainDescriptor.run(graph, {}).notes.length).toBe(1);
  });
});

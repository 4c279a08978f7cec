/**
 * The first layout of a graph of many components laid out on their own
 * (each a ring of eight: not a star of the grid, so each runs ForceAtlas2
 * on a graph of its own): the work per component is the component's, not
 * the whole graph's (a 100k-node registry of ~12k such groups once spent
 * ~1.7 s filling one node-sized array per component); and a component's
 * picture is what ForceAtlas2 gives on the component as a graphology graph
 * of its own, its links in the order its nodes first reach them, weights
 * included (what the layout ran before it read the CSR).
 */
import { UndirectedGraph } from 'graphology';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { communitySeedPositions, computeForceLayout, firstLayout, layoutIterations } from '../../../src/core/layout';
import type { WeightedGraph } from '../../../src/core/layout/force-layout';

/** `count` rings of `size` nodes `r<c>_<j>`, links weighted 1–3, then a few named hubs (a second kind of key order). */
function rings(count: number, size: number) {
  const lines = ['source,target,source_type,target_type,weight'];
  for (let c = 0; c < count; c++) for (let j = 0; j < size; j++) lines.push(`r${c}_${j},r${c}_${(j + 1) % size},city,project,${1 + ((c + j) % 3)}`);
  return analyze({ edges: { name: 'e.csv', text: lines.join('\n') } }, resolveAnalysisOptions({}));
}

const typedFill = Object.getPrototypeOf(Int32Array.prototype) as { fill: (...args: unknown[]) => unknown };

afterEach(() => vi.restoreAllMocks());

describe('firstLayout on many components', () => {
  it('fills typed arrays in proportion to the graph, not to the graph times its components', () => {
    const { columns, graph, network } = rings(60, 8);
    let filled = 0;
    const fill = typedFill.fill;
    vi.spyOn(typedFill, 'fill').mockImplementation(function (this: ArrayLike<unknown>, ...args: unknown[]) {
      filled += this.length;
      return fill.apply(this, args);
    });
    for (const input of [columns, graph]) {
      filled = 0;
      firstLayout(input, network.measures, 1);
      // 480 nodes: a few node-sized arrays at most (60 per-component copies would be 28,800 slots).
      expect(filled).toBeLessThanOrEqual(4 * input.order);
    }
  });

  it("lays each component out as ForceAtlas2 does on the component's own graph, weights included", () => {
    const { columns, graph, network } = rings(6, 8);
    const positions = firstLayout(columns, network.measures, 3);
    expect(positions).toEqual(firstLayout(graph, network.measures, 3));
    const keys = graph.nodes();
    const { community, degree } = network.measures;
    // The third ring by hand: its nodes, then each node's links not yet added, from graphology's graph.
    const members = keys.flatMap((k, i) => (k.startsWith('r2_') ? [i] : []));
    const sub: WeightedGraph = new UndirectedGraph();
    for (const i of members) sub.addNode(keys[i]!);
    for (const i of members)
      graph.forEachEdge(keys[i]!, (_e, a, s, t) => {
        if (!sub.hasEdge(s, t)) sub.addEdge(s, t, { weight: a.weight });
      });
    const pick = (values: ArrayLike<number>) => Float64Array.from(members, (i) => values[i]!);
    const start = communitySeedPositions(sub.nodes(), pick(community!), pick(degree!), 3);
    const iterations = layoutIterations(sub, members.length / graph.order);
    expect(iterations).toBeGreaterThan(0);
    const alone = computeForceLayout(sub, { seed: 3, iterations, start });
    // Packing moves the component as a whole: compare each node's offset from the first.
    const [first] = members;
    members.forEach((i, k) => {
      expect(positions[2 * i]! - positions[2 * first!]!).toBeCloseTo(alone[2 * k]! - alone[0]!, 9);
      expect(positions[2 * i + 1]! - positions[2 * first! + 1]!).toBeCloseTo(alone[2 * k + 1]! - alone[1]!, 9);
    });
    // The weights matter: the same ring with all weights 1 lies elsewhere.
    const unweighted: WeightedGraph = sub.copy();
    unweighted.updateEachEdgeAttributes(() => ({ weight: 1 }));
    expect(computeForceLayout(unweighted, { seed: 3, iterations, start })).not.toEqual(alone);
  });
});

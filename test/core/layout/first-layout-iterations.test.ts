/**
 * Tests of firstLayoutIterations: the ForceAtlas2 iterations the first layout
 * really runs, per component of three or more nodes — each component gets its
 * share of the work budget, so the whole graph's budget (layoutIterations(g))
 * is not what ran. Expected values are worked by hand from the cost model in
 * core/layout/force-layout.ts (budget 15,000,000; n² + m per iteration up to
 * 1,000 nodes; at most 500).
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { firstLayoutIterations, layoutIterations } from '../../../src/core/layout';

/** A path of `n` nodes, a star of `s` nodes, `d` dyads and one isolate; node ids include Object's member names. */
function graphOf(n: number, s: number, d: number): AtlasGraph {
  const g = new UndirectedGraph() as unknown as AtlasGraph;
  const add = (id: string) => g.addNode(id, { type: 'city', label: id } as never);
  for (let i = 0; i < n; i++) add(i === 0 ? 'constructor' : `p${i}`);
  for (let i = 1; i < n; i++) g.addEdge(i === 1 ? 'constructor' : `p${i - 1}`, `p${i}`, { weight: 1 } as never);
  add('__proto__x');
  for (let i = 1; i < s; i++) {
    add(`s${i}`);
    g.addEdge('__proto__x', `s${i}`, { weight: 1 } as never);
  }
  for (let i = 0; i < d; i++) {
    add(`a${i}`);
    add(`b${i}`);
    g.addEdge(`a${i}`, `b${i}`, { weight: 1 } as never);
  }
  add('alone');
  return g;
}

describe('layout/firstLayoutIterations', () => {
  it('firstLayoutIterations(g) gives each component of 3+ nodes its share of the budget, largest first', () => {
    // 600 + 300 + 2·99 + 1 = 1,099 nodes. Path: 15e6 · 600/1099 / (600² + 599) = 22.7 → 23; star: 15e6 · 300/1099 / (300² + 299) = 45.3 → 45.
    const g = graphOf(600, 300, 99);
    expect(g.order).toBe(1099);
    expect(firstLayoutIterations(g)).toEqual([23, 45]);
    // The whole graph's budget, which provenance used to state, is neither.
    expect(layoutIterations(g)).not.toBe(23);
    expect(layoutIterations(g)).not.toBe(45);
  });

  it('firstLayoutIterations(g) is the whole budget for a connected graph and [] when only dyads and isolates are left', () => {
    const one = graphOf(40, 0, 0);
    one.dropNode('alone');
    one.dropNode('__proto__x');
    expect(firstLayoutIterations(one)).toEqual([500]);
    const small = graphOf(2, 0, 3);
    small.dropNode('__proto__x');
    expect(firstLayoutIterations(small)).toEqual([]);
  });
});

/**
 * Seeded Erdős–Rényi G(n, p) graph for tests, with random integer weights
 * 1..5 and node attributes shaped like the app's.
 */
import { UndirectedGraph } from 'graphology';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { createRng } from '../../../src/core/random';

export function randomGraph(n: number, p: number, seed: number): AtlasGraph {
  const rng = createRng(seed);
  const graph: AtlasGraph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`, { label: `n${i}`, type: 'unknown', extra: {} });
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (rng() < p)
        graph.addEdge(`n${i}`, `n${j}`, {
          weight: 1 + Math.floor(rng() * 5),
          relations: [],
          years: [],
          evidence: [],
          lines: [],
          extra: {},
        });
  return graph;
}

/**
 * When `auto` computes betweenness and closeness exactly: up to the node limit
 * and a work budget counted without the leaves (which are folded).
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyzeGraph, EXACT_PATH_WORK, exactPathMeasures, exactPathWork } from '../../../src/core/analysis/analyze-graph';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { createRng } from '../../../src/core/random';

const edge = () => ({ weight: 1, relations: [], years: [], evidence: [], lines: [], extra: {} });
function graphOf(n: number, pairs: [number, number][]): AtlasGraph {
  const g: AtlasGraph = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `n${i}`, type: 'city', extra: {} });
  for (const [a, b] of pairs) if (a !== b && !g.hasEdge(`n${a}`, `n${b}`)) g.addEdge(`n${a}`, `n${b}`, edge());
  return g;
}

describe('exactPathWork / exactPathMeasures', () => {
  it('counts one traversal per non-leaf (a star: the hub only; an isolated edge: both ends)', () => {
    const star = graphOf(
      11,
      Array.from({ length: 10 }, (_, i) => [0, i + 1] as [number, number]),
    );
    expect(exactPathWork(star)).toBe(1 * (11 + 2 * 10));
    expect(exactPathWork(graphOf(2, [[0, 1]]))).toBe(2 * (2 + 2));
  });

  it('auto samples a 5,000-node graph with 20,000 random links (work 2.2e8) and says why; exact and sampled force the choice', () => {
    const rng = createRng(3);
    const pairs = Array.from({ length: 20_500 }, () => [Math.floor(rng() * 5000), Math.floor(rng() * 5000)] as [number, number]);
    const g = graphOf(5000, pairs);
    expect(exactPathWork(g)).toBeGreaterThan(EXACT_PATH_WORK);
    expect(exactPathMeasures(resolveAnalysisOptions({}), g)).toBe(false);
    expect(exactPathMeasures(resolveAnalysisOptions({ betweenness: 'exact' }), g)).toBe(true);
    const small = graphOf(
      300,
      pairs.filter(([a, b]) => a < 300 && b < 300),
    );
    expect(exactPathMeasures(resolveAnalysisOptions({}), small)).toBe(true);
    expect(exactPathMeasures(resolveAnalysisOptions({ betweenness: 'sampled' }), small)).toBe(false);
    const result = analyzeGraph(g, resolveAnalysisOptions({}));
    expect(result.params).toHaveProperty('betweenness-sampled');
    expect(result.params).toHaveProperty('closeness-sampled');
    expect(result.notes.join(' ')).toMatch(/Betweenness and closeness: sampled, because exact ones would take 2\.\de\+8 steps/);
  });
});

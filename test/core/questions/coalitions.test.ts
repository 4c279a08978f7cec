import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { coalitions } from '../../../src/core/questions';
import { analyzeDefault } from './fixtures';

describe('coalitions', () => {
  it('coalitions(g, measures) names each community after its most linked project, else its most linked node', () => {
    const g: AtlasGraph = new UndirectedGraph();
    const types: Record<string, string> = { A: 'city', B: 'city', P: 'project', F: 'firm', X: 'city', Y: 'city', Z: 'firm' };
    for (const [k, type] of Object.entries(types)) g.addNode(k, { label: k === 'P' ? 'Platform' : k, type, extra: {} });
    const keys = g.nodes();
    const community = Float64Array.from(keys, (k) => (['X', 'Y', 'Z'].includes(k) ? 1 : 0));
    const degree = Float64Array.from(keys, (k) => ({ A: 1, B: 1, P: 3, F: 4, X: 1, Y: 2, Z: 1 })[k]!);
    expect(coalitions(g, { keys, measures: { community, degree } })).toEqual([
      {
        id: 0,
        name: 'Platform circle',
        leader: { key: 'P', label: 'Platform' },
        size: 4,
        byType: [
          { type: 'city', count: 2 },
          { type: 'firm', count: 1 },
          { type: 'project', count: 1 },
        ],
      },
      {
        id: 1,
        name: 'Y circle',
        leader: { key: 'Y', label: 'Y' },
        size: 3,
        byType: [
          { type: 'city', count: 2 },
          { type: 'firm', count: 1 },
        ],
      },
    ]);
    expect(coalitions(g, { keys, measures: {} })).toEqual([]);
  });

  it('coalitions(default dataset): every community, the largest the Decidim circle', () => {
    const a = analyzeDefault();
    const list = coalitions(a.graph, a.network);
    expect(list).toHaveLength(Number(a.network.stats['louvain']!['communities']));
    expect(list[0]).toMatchObject({ id: 0, name: 'Decidim circle', size: 100 });
    expect(list[0]!.byType).toEqual([
      { type: 'city', count: 75 },
      { type: 'firm', count: 17 },
      { type: 'project', count: 8 },
    ]);
    expect(list.reduce((s, c) => s + c.size, 0)).toBe(a.graph.order);
  });
});

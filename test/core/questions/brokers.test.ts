import { describe, expect, it } from 'vitest';
import { brokers } from '../../../src/core/questions';
import { analyzeCsv, analyzeDefault } from './fixtures';

describe('brokers', () => {
  it('brokers(g) ranks firms by open pairs, then low constraint, with the coalitions their neighbours are in', () => {
    // F joins P1, P2 and city X (X uses P1): pairs P1–P2 and P2–X open → 2. G on P1 alone: 0, constraint 1.
    // H on P3 and P4, which are linked (and each used by two cities): 0 pairs, but constraint
    // 2·(½ + ½·¼)² = 0.78125 < 1, so above G.
    const a = analyzeCsv(
      'source,source_type,target,target_type\nF,firm,P1,project\nF,firm,P2,project\nF,firm,X,city\nX,city,P1,project\nG,firm,P1,project\nH,firm,P3,project\nH,firm,P4,project\nP3,project,P4,project\nY1,city,P3,project\nY2,city,P3,project\nZ1,city,P4,project\nZ2,city,P4,project\n',
    );
    const rows = brokers(a.graph, a.indicators, a.network);
    expect(rows.map((r) => [r.key, r.brokerage])).toEqual([
      ['F', 2],
      ['H', 0],
      ['G', 0],
    ]);
    expect(rows[1]!.constraint).toBeCloseTo(0.78125, 12);
    expect(rows[2]!.constraint).toBe(1);
    expect(rows.every((r) => r.coalitions.length >= 1 && r.coalitions.every((c) => c.name.endsWith(' circle')))).toBe(true);
  });

  it('brokers(default dataset) ranks every cross-project firm above every firm on a single project', () => {
    const a = analyzeDefault();
    const rows = brokers(a.graph, a.indicators, a.network);
    expect(rows).toHaveLength(39);
    expect(rows.slice(0, 2).map((r) => [r.key, r.brokerage])).toEqual([
      ['Buro Radstake', 21],
      ['NIIS', 6],
    ]);
    const projectsOf = (key: string) => a.graph.filterNeighbors(key, (_n, attr) => attr.type === 'project').length;
    const rank = new Map(rows.map((r, i) => [r.key, i]));
    const cross = rows.filter((r) => projectsOf(r.key) >= 2).map((r) => r.key);
    const single = rows.filter((r) => a.graph.degree(r.key) === 1).map((r) => r.key);
    expect(cross.sort()).toEqual(['Maykin Media', 'Mainio Tech', 'Octree', 'Open Source Politics', 'PokeCode'].sort());
    const lastCross = Math.max(...cross.map((k) => rank.get(k)!));
    const firstSingle = Math.min(...single.map((k) => rank.get(k)!));
    expect(lastCross).toBeLessThan(firstSingle);
  });
});

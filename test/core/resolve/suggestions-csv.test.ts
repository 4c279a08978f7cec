/**
 * aliasesFromPairs: chained pairs become one group with one canonical (the
 * id with the most links, then the longer label), so an aliases file made
 * from suggestions is always one readAliases accepts.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, test } from 'vitest';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { readAliases } from '../../../src/core/resolve/aliases';
import type { DuplicatePair } from '../../../src/core/resolve/find-duplicates';
import { aliasesCsv, aliasesFromPairs } from '../../../src/core/resolve/suggestions-csv';

function graph(degrees: Record<string, number>): AtlasGraph {
  const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  for (const [id, d] of Object.entries(degrees)) {
    g.addNode(id, { label: id, type: 'city', extra: Object.create(null) });
    for (let i = 0; i < d; i++) {
      const p = `P${id}${i}`;
      g.addNode(p, { label: p, type: 'project', extra: Object.create(null) });
      g.addEdge(id, p, { weight: 1, relations: [], years: [], evidence: [], lines: [], extra: Object.create(null) });
    }
  }
  return g;
}
const pair = (a: string, b: string, score: number): DuplicatePair => ({ a, b, keys: [a, b], score, name: score, reasons: [], against: [] });

describe('aliasesFromPairs', () => {
  test('a chain of pairs gets the best-linked id as its one canonical', () => {
    const g = graph({ Parma: 1, 'Comune Parma': 1, 'Comune di Parma': 3 });
    const out = aliasesFromPairs([pair('Parma', 'Comune Parma', 0.9), pair('Comune Parma', 'Comune di Parma', 1)], g);
    expect(out).toEqual([
      { alias: 'Comune Parma', canonical: 'Comune di Parma', score: 1 },
      { alias: 'Parma', canonical: 'Comune di Parma', score: 0.9 },
    ]);
  });

  test('on a tie of links the longer label is the canonical, and the file reads back', () => {
    const g = graph({ Torino: 2, 'Comune di Torino': 2 });
    const out = aliasesFromPairs([pair('Torino', 'Comune di Torino', 1)], g);
    expect(out).toEqual([{ alias: 'Torino', canonical: 'Comune di Torino', score: 1 }]);
    expect([...readAliases(aliasesCsv(out), 'aliases.csv').canonicalOf]).toEqual([['Torino', 'Comune di Torino']]);
  });
});

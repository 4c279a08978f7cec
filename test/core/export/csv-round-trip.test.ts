/**
 * Our CSV exports read back exactly by our own readers: the edges and nodes
 * tables of a graph whose ids and labels start with formula characters or a
 * quote (neutralised with a leading `'` on export) or hold `;`, parsed with
 * readEdges / readNodes, give back the same ids, labels and types. The reader
 * knows the file is ours from its first line (the quoted
 * `"# Partnership Atlas …"` provenance comment) and removes one leading `'`.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { readEdges, readNodes } from '../../../src/core/csv';
import { exportEdgesCsv, exportNodesCsv } from '../../../src/core/export/csv';
import type { Provenance } from '../../../src/core/export/provenance';
import { nodeKey } from '../../../src/core/graph/node-key';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { getOwn } from '../../../src/core/util/dict';

const IDS = ['@Firm GmbH', '=Stadt', "'quoted", 'x;=1+1', '-2', 'constructor'];
const provenance: Provenance = {
  app: { name: 'Partnership Atlas', version: '0.1.0' },
  createdAt: '2024-05-01T12:00:00.000Z',
  inputs: [{ name: 'x,=1+1,@SUM(2+2).csv', role: 'edges', records: 1, rows: 1 }],
  issues: { total: 0, errors: 0, warnings: 0 },
  params: { seed: 1, betweenness: 'exact', algorithms: {} },
  view: 'network',
  filters: [],
  layout: { kind: 'none', seed: 1 },
};

function graph(): AtlasGraph {
  const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  IDS.forEach((id, i) => g.addNode(nodeKey(id), { label: `+${id}`, type: i % 2 ? 'firm' : 'city', extra: {} }));
  for (let i = 1; i < IDS.length; i++)
    g.addEdge(nodeKey(IDS[i - 1]!), nodeKey(IDS[i]!), { weight: i, relations: ['=uses'], years: [], evidence: [], lines: [i + 1], extra: {} });
  return g;
}

describe('CSV exports read back by our readers', () => {
  it('exportEdgesCsv → readEdges gives back the exact ids and relation text', () => {
    const { rows } = readEdges(exportEdgesCsv(graph(), { provenance }), { file: 'edges.csv' });
    expect(rows.map((r) => [r.source, r.target])).toEqual(IDS.slice(1).map((id, i) => [IDS[i], id]));
    // The export's `relations` column (relations joined with ;) is not the reader's `relation` column: it comes back as an attribute.
    expect(rows.map((r) => getOwn(r.attributes, 'relations'))).toEqual(IDS.slice(1).map(() => '=uses'));
  });

  it('exportNodesCsv → readNodes gives back the exact ids, labels and types', () => {
    const measures = { keys: IDS.map(nodeKey), values: {} };
    const { rows } = readNodes(exportNodesCsv(graph(), { measures, provenance }), { file: 'nodes.csv' });
    expect(rows.map((r) => [r.id, r.label, r.type])).toEqual(IDS.map((id, i) => [id, `+${id}`, i % 2 ? 'firm' : 'city']));
  });
});

/**
 * Graph files written by other tools load: networkx's GEXF 1.2draft and
 * GraphML and igraph's GraphML (test/fixtures/import/, written by
 * make-fixtures.py from the same nine-node network), each analysed from the
 * file gives the nodes, types, links, weights and relations that were
 * written; and Gephi 0.9's GEXF 1.3 of Les Misérables (from rgexf, MIT)
 * gives its 77 characters and 254 weighted links, untyped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { ANALYSIS_DEFAULTS } from '../../../src/core/analysis/options';
import type { AtlasGraph } from '../../../src/core/graph/types';

const fixture = (name: string) => ({ name, text: readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8') });

/** Nodes per type, total weight and links per relation. */
function summary(g: AtlasGraph) {
  const types = new Map<string, number>();
  g.forEachNode((_k, a) => types.set(a.type, (types.get(a.type) ?? 0) + 1));
  let weight = 0;
  const relations = new Map<string, number>();
  g.forEachEdge((_e, a) => {
    weight += a.weight;
    for (const r of a.relations) relations.set(r, (relations.get(r) ?? 0) + 1);
  });
  return { order: g.order, size: g.size, types: Object.fromEntries(types), weight, relations: Object.fromEntries(relations) };
}

const WRITTEN = {
  order: 9,
  size: 10,
  types: { city: 4, project: 3, firm: 2 },
  weight: 14.5,
  relations: { uses: 5, contracts: 2, maintains: 3 },
};

describe('graph files written by networkx, igraph and Gephi', () => {
  for (const name of ['networkx-1.2draft.gexf', 'networkx.graphml', 'igraph.graphml'])
    it(`analyze(${name}): 9 nodes of three types, 10 links, their weights and relations`, () => {
      const result = analyze({ edges: fixture(name) }, ANALYSIS_DEFAULTS);
      expect(summary(result.graph)).toEqual(WRITTEN);
      expect(result.issues.total).toBe(0);
    });

  it('networkx keeps node ids and labels; a link keeps its own weight', () => {
    const { graph } = analyze({ edges: fixture('networkx-1.2draft.gexf') }, ANALYSIS_DEFAULTS);
    expect(graph.getNodeAttribute('Civic Code', 'label')).toBe('Civic Code');
    expect(graph.getEdgeAttribute(graph.edge('Porto', 'CKAN')!, 'weight')).toBe(3);
    expect(graph.getEdgeAttribute(graph.edge('Aarhus', 'Civic Code')!, 'weight')).toBe(1.5);
  });

  it('analyze(gephi-lesmiserables-1.3.gexf): Gephi 0.9, GEXF 1.3 — 77 untyped nodes, 254 links of total weight 820, its attribute kept', () => {
    const result = analyze({ edges: fixture('gephi-lesmiserables-1.3.gexf') }, ANALYSIS_DEFAULTS);
    const s = summary(result.graph);
    expect([s.order, s.size, s.types, s.weight]).toEqual([77, 254, { unknown: 77 }, 820]);
    expect(result.graph.getNodeAttribute('11', 'label')).toBe('Valjean');
    expect(result.graph.getNodeAttribute('11', 'extra')['modularity_class']).toBe('1');
    expect(result.graph.getEdgeAttribute(result.graph.edge('26', '11')!, 'weight')).toBe(31);
    // Untyped: one warning for the file (type it in Gephi, or in the app by column), and no error.
    expect(result.issues.countsByCode.get('no-node-types')?.count).toBe(1);
    expect(result.issues.errors).toBe(0);
  });
});

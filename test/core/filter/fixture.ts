/**
 * A small hand-built partnership graph shared by the filter tests.
 *
 *   Barcelona ─uses 2017─ Decidim ─develops 2016─ Populate ─maintains 2018,2021─ CONSUL ─uses 2015─ Madrid
 *                            └──────────────── uses (undated) ─────────────────────────────────────────┘
 *   Amsterdam ─uses 2020─ Signalen        Amsterdam ─(no relation, undated)─ Fund        Lonely (isolate)
 */
import { UndirectedGraph } from 'graphology';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';

export function smallGraph(): AtlasGraph {
  const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  const node = (id: string, type: string) => g.addNode(id, { label: id, type, extra: {} });
  node('Barcelona', 'city');
  node('Madrid', 'city');
  node('Amsterdam', 'city');
  node('Decidim', 'project');
  node('CONSUL', 'project');
  node('Signalen', 'project');
  node('Populate', 'firm');
  node('Lonely', 'firm');
  node('Fund', 'funder');
  const edge = (a: string, b: string, relations: string[], years: number[]) =>
    g.addEdgeWithKey(`${a}|${b}`, a, b, { weight: 1, relations, years, evidence: [], lines: [], extra: {} });
  edge('Barcelona', 'Decidim', ['uses'], [2017]);
  edge('Madrid', 'CONSUL', ['uses'], [2015]);
  edge('Madrid', 'Decidim', ['uses'], []);
  edge('Amsterdam', 'Signalen', ['uses'], [2020]);
  edge('Decidim', 'Populate', ['develops'], [2016]);
  edge('CONSUL', 'Populate', ['maintains', 'uses'], [2018, 2021]);
  edge('Amsterdam', 'Fund', [], []);
  return g;
}

/** Measures aligned with graph order: degree from the graph, hand-set community and pagerank. */
export function smallMeasures(g: AtlasGraph): { keys: string[]; values: Record<string, Float64Array> } {
  const keys = g.nodes();
  return {
    keys,
    values: {
      degree: Float64Array.from(keys, (k) => g.degree(k)),
      //                   Bcn  Mad  Ams  Dec  CON  Sig  Pop  Lon  Fund
      community: Float64Array.from([0, 0, 1, 0, 0, 1, 0, 2, 1]),
      pagerank: Float64Array.from([0.1, 0.15, 0.1, 0.2, 0.15, 0.05, 0.15, NaN, 0.05]),
    },
  };
}

export const sorted = (s: Iterable<string>) => [...s].sort();

/**
 * nodeRecords(graph, analysis) pairs each of the analysis' keys with that
 * key's attributes in `graph` (review of 1877892, which read them by
 * position): the columns and graphology's graph give the records in one
 * pass; a graph with the same nodes in another order gives the same
 * records; a graph without one of the analysis' nodes throws, naming it.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { nodeRecords } from '../../../src/core/analysis/report';
import type { AtlasGraph } from '../../../src/core/graph/types';

const text = 'source,target,source_type,target_type\nRoma,Decidim,city,project\nMilano,Decidim,city,project\nMilano,Acme,city,firm\n';
const analysis = analyze({ edges: { name: 'e.csv', text } }, resolveAnalysisOptions({}));

/** The analysed graph's nodes (their attribute objects) in reverse order, and no links. */
function reversed(drop?: string): AtlasGraph {
  const graph: AtlasGraph = new UndirectedGraph();
  for (const key of analysis.graph.nodes().reverse()) if (key !== drop) graph.addNode(key, analysis.graph.getNodeAttributes(key));
  return graph;
}

describe('nodeRecords', () => {
  it('gives each key its own attributes, from the columns, the graph, or a graph of the same nodes in another order', () => {
    const records = nodeRecords(analysis.columns, analysis.network);
    expect(records.map((r) => [r.id, r.label, r.type])).toEqual([
      ['Roma', 'Roma', 'city'],
      ['Decidim', 'Decidim', 'project'],
      ['Milano', 'Milano', 'city'],
      ['Acme', 'Acme', 'firm'],
    ]);
    expect(nodeRecords(analysis.graph, analysis.network)).toEqual(records);
    expect(nodeRecords(reversed(), analysis.network)).toEqual(records);
  });

  it('throws, naming the node, when the graph lacks one of the analysis’ nodes', () => {
    expect(() => nodeRecords(reversed('Milano'), analysis.network)).toThrow("analysis/report: the node 'Milano' of the analysis is not in the graph");
  });
});

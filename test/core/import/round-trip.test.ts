/**
 * Our own exports loaded back: the default dataset analysed, exported with
 * exportGexf (1.3 and 1.2draft) and exportGraphml, and analysed again from
 * the file gives the same nodes, types, labels, edges, weights and
 * relations.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { ANALYSIS_DEFAULTS } from '../../../src/core/analysis/options';
import { exportGexf } from '../../../src/core/export/gexf';
import { exportGraphml } from '../../../src/core/export/graphml';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { nodeColors, nodeSizes } from '../../../src/core/style';
import { defaultAnalysis, defaultProvenance } from '../export/default-dataset';

const { analysis, report } = defaultAnalysis();
const graph = analysis.graph;
const measures = { keys: analysis.network.keys, values: analysis.network.measures };
const provenance = defaultProvenance(report);
const colors = nodeColors(graph, measures, { kind: 'type' });
const sizes = nodeSizes(graph, measures, 'degree');

/** Every node as key → [type, label] and every edge as sorted pair → [weight, relations]. */
function table(g: AtlasGraph) {
  const nodes = new Map<string, [string, string]>();
  g.forEachNode((k, a) => nodes.set(k, [a.type, a.label]));
  const edges = new Map<string, [number, string]>();
  g.forEachEdge((_e, a, s, t) => edges.set(s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`, [a.weight, [...a.relations].sort().join(';')]));
  return { nodes, edges };
}

function reload(name: string, text: string) {
  return analyze({ edges: { name, text } }, ANALYSIS_DEFAULTS);
}

describe('graph files read back (default dataset)', () => {
  const expected = table(graph);

  for (const version of ['1.3', '1.2draft'] as const)
    it(`exportGexf ${version} → analyze: same nodes, types, labels, edges, weights and relations`, () => {
      const back = reload('atlas.gexf', exportGexf(graph, { measures, colors, sizes, provenance, version }));
      expect(table(back.graph)).toEqual(expected);
      expect(back.issues.countsByCode.has('directed-graph')).toBe(false);
      expect(back.issues.countsByCode.has('no-node-types')).toBe(false);
    });

  it('exportGraphml → analyze: same nodes, types, labels, edges, weights and relations', () => {
    const back = reload('atlas.graphml', exportGraphml(graph, { measures, provenance }));
    expect(table(back.graph)).toEqual(expected);
  });

  it('the measures written in the file come back as measures from the file (docs/precomputed-measures.md)', () => {
    const back = reload('atlas.graphml', exportGraphml(graph, { measures, provenance }));
    const key = measures.keys[0]!;
    const at = back.network.keys.indexOf(key);
    expect(back.network.measures['betweenness']![at]).toBeCloseTo(measures.values['betweenness']![0]!, 9);
    expect(back.network.fromFile?.find((m) => m.id === 'betweenness')).toMatchObject({ file: 'atlas.graphml', missing: 0 });
    expect(back.graph.getNodeAttribute(key, 'extra')['betweenness']).toBeUndefined();
  });
});

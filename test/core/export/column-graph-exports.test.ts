/**
 * The exports of the page's graph over columns (graph/column-graph.ts) are
 * byte for byte those of the graphology graph it encodes, for every format,
 * whole and filtered, on the default dataset (whose links have an extra
 * column, `note`); and the export's edge items hold a link's key and ends
 * only, not its attributes (a ColumnGraph makes those anew on every read).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drainPaced } from '../../../src/core/export/chunks';
import { edgeColumns, exportItems } from '../../../src/core/export/columns';
import { exportEdgesCsvChunks, exportNodesCsvChunks } from '../../../src/core/export/csv';
import { exportGexfChunks, type GexfVersion } from '../../../src/core/export/gexf';
import { exportGraphmlChunks } from '../../../src/core/export/graphml';
import { exportJson, exportJsonChunks } from '../../../src/core/export/json';
import { encodeGraph } from '../../../src/core/graph/codec';
import { ColumnGraph } from '../../../src/core/graph/column-graph';
import type { ReadGraph } from '../../../src/core/graph/types';
import { nodeColors, nodeSizes } from '../../../src/core/style';
import { defaultAnalysis, defaultProvenance } from './default-dataset';

const sha = (chunks: Iterable<string>) => {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
};

/** The default dataset's graphology graph, the ColumnGraph over its encoding, and what the writers take. */
function setup() {
  const { analysis, report } = defaultAnalysis();
  const graph = analysis.graph;
  const columns = new ColumnGraph(encodeGraph(graph));
  const provenance = defaultProvenance(report);
  const keys = analysis.network.keys;
  const measures = { keys, values: analysis.network.measures };
  const indicators = Object.fromEntries(analysis.indicators) as Record<string, never>;
  const positions = Float64Array.from({ length: 2 * keys.length }, (_, i) => (i % 7 === 3 ? NaN : Math.sin(i) * 100));
  const visible = { nodes: new Set(keys.filter((_, i) => i % 3 !== 1)), edges: new Set(graph.edges().filter((_, i) => i % 4 !== 0)) };
  return { graph, columns, provenance, measures, indicators, positions, visible };
}

describe('exports of a ColumnGraph', () => {
  const s = setup();
  const { measures, indicators, positions, provenance } = s;
  const colors = nodeColors(s.graph, measures, { kind: 'type' });
  const sizes = nodeSizes(s.graph, measures, 'degree');

  it('the default dataset has links with an extra column, so the extra columns are compared too', () => {
    expect(edgeColumns(s.graph, drainPaced(exportItems(s.graph, undefined, 'edges')).edges).map((c) => c.name)).toContain('note');
  });

  for (const part of ['whole', 'filtered'] as const) {
    const v = part === 'filtered' ? s.visible : undefined;
    const common = { measures, indicators, provenance, ...(v ? { visible: v } : {}) };
    /** Each format's writer, by name. */
    const writers: [string, (g: ReadGraph) => Iterable<string>][] = [
      ...(['1.3', '1.2draft'] as GexfVersion[]).map(
        (version) =>
          [`GEXF ${version}`, (g: ReadGraph) => exportGexfChunks(g, { ...common, colors, sizes, positions, version })] as [
            string,
            (g: ReadGraph) => Iterable<string>,
          ],
      ),
      ['GraphML', (g) => exportGraphmlChunks(g, { ...common, positions })],
      ['GraphML without positions', (g) => exportGraphmlChunks(g, common)],
      ['JSON', (g) => exportJsonChunks(g, { ...common, positions })],
      ['JSON object', (g) => [JSON.stringify(exportJson(g, { ...common, positions }), null, 1)]],
      ['nodes CSV', (g) => exportNodesCsvChunks(g, { measures, indicators, provenance, ...(v ? { visible: v.nodes } : {}) })],
      ['edges CSV', (g) => exportEdgesCsvChunks(g, { provenance, ...(v ? { visible: v.edges } : {}) })],
    ];
    for (const [name, write] of writers)
      it(`${name} (${part}) is byte for byte the graphology graph's`, () => {
        const text = [...write(s.columns)].join('');
        expect(text.length).toBeGreaterThan(1000);
        expect(sha([text])).toBe(sha(write(s.graph)));
      });
  }

  it("keeps each link's key and ends in its edge item, not the attributes a ColumnGraph makes", () => {
    const { edges } = drainPaced(exportItems(s.columns, { edges: s.visible.edges }, 'edges'));
    expect(edges.length).toBe(s.visible.edges.size);
    for (const e of edges) {
      expect(Object.keys(e)).toEqual(['key', 'source', 'target']);
      expect([e.source, e.target]).toEqual(s.columns.extremities(e.key));
    }
    // graphology's graph stores them: its items hold them, with no look-up by key when written.
    const stored = drainPaced(exportItems(s.graph, { edges: s.visible.edges }, 'edges')).edges;
    expect(stored.map(({ key, source, target }) => ({ key, source, target }))).toEqual(edges);
    for (const e of stored) expect(e.attributes).toBe(s.graph.getEdgeAttributes(e.key));
  });
});

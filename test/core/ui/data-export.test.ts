/**
 * The app's data downloads: dataFile and dataFilePaced give the same bytes as
 * the core writers, the Blob is built from the chunks, and dataFilePaced
 * hands the thread back (its pacing's `pause`) between chunks when told to.
 */
import { describe, expect, it } from 'vitest';
import { exportEdgesCsv, exportNodesCsv } from '../../../src/core/export/csv';
import { exportGexf } from '../../../src/core/export/gexf';
import { exportGraphml } from '../../../src/core/export/graphml';
import { exportJson } from '../../../src/core/export/json';
import { buildProvenance } from '../../../src/core/export/provenance';
import { nodeColors, nodeSizes } from '../../../src/core/style';
import { DATA_FORMATS, dataFile, dataFilePaced, type DataFormat } from '../../../src/ui/export/data-export';
import type { FigureContext } from '../../../src/ui/export/figure-context';
import { defaultAnalysis, NOW } from '../export/default-dataset';
import { graphStats } from '../../../src/core/analysis/report';

const { analysis, report } = defaultAnalysis();
const graph = analysis.graph;
const keys = analysis.network.keys;
const measures = { keys, values: analysis.network.measures };
const indicators = Object.fromEntries(analysis.indicators);
const provenance = buildProvenance({
  report,
  view: 'network',
  layout: { kind: 'force', seed: 1, iterations: 5 },
  style: { colorBy: 'type', sizeBy: 'degree' },
  now: NOW,
});
const shown = { nodes: new Set(keys.filter((_, i) => i % 2 === 0)), edges: new Set(graph.edges()) };
// Only what data-export reads of the page's state.
const context = {
  state: { view: 'network', colorBy: { kind: 'type' }, sizeBy: 'degree' },
  dataset: { indicators },
  view: { graph, keys, measures: analysis.network.measures, params: analysis.network.params, stats: graphStats(graph, analysis.network) },
  shown,
  provenance,
  stem: 'partnership-atlas-network',
} as unknown as FigureContext;

/** What the core writers give for the same view. */
function expected(format: DataFormat, shownOnly: boolean): string {
  const positions = Float64Array.from(keys.flatMap((k) => [graph.getNodeAttribute(k, 'x') ?? NaN, graph.getNodeAttribute(k, 'y') ?? NaN]));
  const visible = shownOnly ? { visible: { nodes: shown.nodes, edges: shown.edges } } : {};
  const common = { measures: { ...measures, indicators }, provenance, positions, indicators, ...visible };
  if (format === 'gexf')
    return exportGexf(graph, { ...common, colors: nodeColors(graph, common.measures, { kind: 'type' }), sizes: nodeSizes(graph, common.measures, 'degree') });
  if (format === 'graphml') return exportGraphml(graph, common);
  if (format === 'json') return `${JSON.stringify(exportJson(graph, common), null, 1)}\n`;
  if (format === 'nodes-csv') return exportNodesCsv(graph, { measures, provenance, indicators, ...(shownOnly ? { visible: shown.nodes } : {}) });
  return exportEdgesCsv(graph, { provenance, ...(shownOnly ? { visible: shown.edges } : {}) });
}

describe('data downloads', () => {
  for (const { id } of DATA_FORMATS)
    it(`dataFile and dataFilePaced (${id}) hold what the core writer writes, whole and shown only`, async () => {
      for (const shownOnly of [false, true]) {
        const text = expected(id, shownOnly);
        const once = dataFile(context, id, shownOnly);
        expect(await once.blob.text()).toBe(text);
        let pauses = 0;
        const paced = await dataFilePaced(context, id, shownOnly, {}, { shouldPause: () => true, pause: async () => void pauses++ });
        expect(paced.fileName).toBe(once.fileName);
        expect(paced.blob.type).toBe(once.blob.type);
        expect(await paced.blob.text()).toBe(text);
        expect(pauses).toBeGreaterThan(0);
      }
    });

  it('dataFilePaced pauses between chunks: a large export is paused at least once per 64 Ki characters', async () => {
    let pauses = 0;
    const file = await dataFilePaced(context, 'json', false, {}, { shouldPause: () => true, pause: async () => void pauses++ });
    const length = (await file.blob.text()).length;
    expect(length).toBeGreaterThan(4 * 65536);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(length / 65536));
  });
});

/**
 * The export flags of `atlas analyze`: `--gexf`, `--graphml`, `--nodes-csv`
 * and `--edges-csv` write the analysed network (not the projection) with its
 * provenance. Positions are the app's first layout (community start, then a
 * fixed number of seeded ForceAtlas2 iterations, as the analysis worker
 * computes it), so the GEXF opens in Gephi laid out as the app shows it;
 * colours are by node type and sizes by degree, the app's defaults. GEXF is
 * 1.3 unless `gexfVersion` asks for 1.2draft (networkx < 3 reads only that).
 */
import { writeFileSync } from 'node:fs';
import type { Analysis } from '../core/analysis/analyze';
import type { Report } from '../core/analysis/report';
import { exportEdgesCsv, exportNodesCsv } from '../core/export/csv';
import { exportGexf, type GexfVersion } from '../core/export/gexf';
import { exportGraphml } from '../core/export/graphml';
import { buildProvenance } from '../core/export/provenance';
import { firstLayout, firstLayoutIterations } from '../core/layout';
import { nodeColors, nodeSizes } from '../core/style';
import type { CliArguments } from './args';

/** The export paths asked for, and the GEXF version (default 1.3). */
export type AnalysisExports = NonNullable<CliArguments['exports']> & { gexfVersion?: GexfVersion };

/** Writes every export asked for and returns the paths written, in order. */
export function writeAnalysisExports(analysis: Analysis, report: Report, exports: AnalysisExports): string[] {
  const { gexf, graphml, nodesCsv, edgesCsv, gexfVersion } = exports;
  if (!gexf && !graphml && !nodesCsv && !edgesCsv) return [];
  const { graph, network } = analysis;
  const seed = analysis.options.seed;
  const measures = { keys: network.keys, values: network.measures };
  const indicators = Object.fromEntries(analysis.indicators);
  const laidOut = Boolean(gexf || graphml);
  const provenance = buildProvenance({
    report,
    view: 'network',
    layout: laidOut ? { kind: 'force', seed, iterations: firstLayoutIterations(graph) } : { kind: 'none', seed },
    style: { colorBy: 'type', sizeBy: 'degree' },
    now: new Date(report.generatedAt),
  });
  let positions: Float64Array | undefined;
  if (laidOut) {
    // The layout follows graph.nodes(), the order of network.keys.
    positions = firstLayout(graph, network.measures, seed);
  }
  const written: string[] = [];
  const write = (path: string | undefined, text: () => string) => {
    if (!path) return;
    writeFileSync(path, text());
    written.push(path);
  };
  write(gexf, () =>
    exportGexf(graph, {
      measures,
      colors: nodeColors(graph, measures, { kind: 'type' }),
      sizes: nodeSizes(graph, measures, 'degree'),
      indicators,
      provenance,
      ...(positions ? { positions } : {}),
      ...(gexfVersion ? { version: gexfVersion } : {}),
    }),
  );
  write(graphml, () => exportGraphml(graph, { measures, indicators, provenance, ...(positions ? { positions } : {}) }));
  write(nodesCsv, () => exportNodesCsv(graph, { measures, indicators, provenance }));
  write(edgesCsv, () => exportEdgesCsv(graph, { provenance }));
  return written;
}

/**
 * The export flags of `atlas analyze`: `--gexf`, `--graphml`, `--nodes-csv`
 * and `--edges-csv` write the analysed network (not the projection) with its
 * provenance. Positions are the app's first layout (community start, then a
 * fixed number of seeded ForceAtlas2 iterations, as the analysis worker
 * computes it), so the GEXF opens in Gephi laid out as the app shows it;
 * colours are by node type and sizes by degree, the app's defaults. GEXF is
 * 1.3 unless `gexfVersion` asks for 1.2draft (networkx < 3 reads only that).
 *
 * Each file is written chunk by chunk as core's writers produce them
 * (core/export/chunks.ts), so a 500k-link GEXF never exists as one string:
 * the process holds the graph, the export's items and one chunk.
 */
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import type { Analysis } from '../core/analysis/analyze';
import type { Report } from '../core/analysis/report';
import { exportEdgesCsvChunks, exportNodesCsvChunks } from '../core/export/csv';
import { exportGexfChunks, type GexfVersion } from '../core/export/gexf';
import { exportGraphmlChunks } from '../core/export/graphml';
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
  const { graph, columns, network } = analysis;
  const seed = analysis.options.seed;
  const measures = { keys: network.keys, values: network.measures };
  const indicators = Object.fromEntries(analysis.indicators);
  const laidOut = Boolean(gexf || graphml);
  const provenance = buildProvenance({
    report,
    view: 'network',
    layout: laidOut ? { kind: 'force', seed, iterations: firstLayoutIterations(columns) } : { kind: 'none', seed },
    style: { colorBy: 'type', sizeBy: 'degree' },
    now: new Date(report.generatedAt),
  });
  let positions: Float64Array | undefined;
  if (laidOut) {
    // The layout follows the columns' node order, graph.nodes()'s and network.keys's; from the columns it needs no pass over graphology's links.
    positions = firstLayout(columns, network.measures, seed);
  }
  const written: string[] = [];
  const write = (path: string | undefined, chunks: () => Iterable<string>) => {
    if (!path) return;
    writeChunks(path, chunks());
    written.push(path);
  };
  write(gexf, () =>
    exportGexfChunks(graph, {
      measures,
      colors: nodeColors(graph, measures, { kind: 'type' }),
      sizes: nodeSizes(graph, measures, 'degree'),
      indicators,
      provenance,
      ...(positions ? { positions } : {}),
      ...(gexfVersion ? { version: gexfVersion } : {}),
    }),
  );
  write(graphml, () => exportGraphmlChunks(graph, { measures, indicators, provenance, ...(positions ? { positions } : {}) }));
  write(nodesCsv, () => exportNodesCsvChunks(graph, { measures, indicators, provenance }));
  write(edgesCsv, () => exportEdgesCsvChunks(graph, { provenance }));
  return written;
}

/**
 * Writes `chunks` to the file at `path` (created or truncated) as UTF-8, one
 * write per chunk as it comes. When a chunk cannot be made or written, the
 * file is closed and removed (no half export is left behind) and the error
 * goes on.
 */
export function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) {
      const bytes = Buffer.from(chunk, 'utf8');
      // writeSync may write less than asked: go on from where it stopped.
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    }
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}

/**
 * Data downloads of the current view — GEXF, GraphML, JSON, nodes CSV, edges
 * CSV — of the whole graph or of what the filters and focus leave shown,
 * written by core/export with the map's colours, sizes and current positions
 * and the provenance of the page. GEXF in version 1.3 or 1.2draft.
 *
 * The writers hand out chunks (core/export/chunks.ts) that become the parts
 * of the Blob, so no export is ever one string (a 500k-link GEXF is hundreds
 * of MB, past what V8 can hold in one), and every 256 chunks the parts so far
 * are folded into a Blob of their own so the page's heap holds at most
 * 16 Mi characters of them. {@link dataFilePaced} pulls the chunks in slices
 * of about 40 ms on the main thread and hands the thread back between them
 * (src/ui/pacing.ts), so the page keeps answering while a large export is
 * written. Slices rather than a worker: the graph, its current positions and
 * what is shown live on the page, and sending them to a worker would first
 * need a full pass over every node and link here too (the codec's encoding),
 * about what writing the export costs.
 */
import type { DecodePacing } from '../../core/graph/codec';
import { viewMeasures } from '../state/view-figures';
import { exportEdgesCsvChunks, exportNodesCsvChunks } from '../../core/export/csv';
import { exportGexfChunks, type GexfVersion } from '../../core/export/gexf';
import { exportGraphmlChunks } from '../../core/export/graphml';
import { exportJsonChunks } from '../../core/export/json';
import { nodeColors, nodeSizes } from '../../core/style';
import { createPacing } from '../pacing';
import type { FigureContext } from './figure-context';

export type DataFormat = 'gexf' | 'graphml' | 'json' | 'nodes-csv' | 'edges-csv';

export const DATA_FORMATS: readonly { id: DataFormat; label: string; extension: string; type: string }[] = [
  { id: 'gexf', label: 'GEXF (Gephi)', extension: 'gexf', type: 'application/xml' },
  { id: 'graphml', label: 'GraphML', extension: 'graphml', type: 'application/xml' },
  { id: 'json', label: 'JSON', extension: 'json', type: 'application/json' },
  { id: 'nodes-csv', label: 'Nodes CSV', extension: 'nodes.csv', type: 'text/csv' },
  { id: 'edges-csv', label: 'Edges CSV', extension: 'edges.csv', type: 'text/csv' },
];

export interface DataFileOptions {
  /** GEXF version; default 1.3. */
  gexfVersion?: GexfVersion;
}

/** Chunks folded into one Blob at a time (at most 256 × 64 Ki characters held as strings). */
const PARTS_PER_BLOB = 256;

/** The file name and MIME type of `format` for the current view. */
function fileOf(context: FigureContext, format: DataFormat, shownOnly: boolean) {
  const spec = DATA_FORMATS.find((f) => f.id === format)!;
  return { type: `${spec.type};charset=utf-8`, fileName: `${context.stem}${shownOnly ? '-shown' : ''}.${spec.extension}` };
}

/**
 * The chunks of the file of `format` for the current view, with a pause point
 * (an empty chunk) after each step that passes over every node: copying the
 * positions, the colours, the sizes.
 */
function* dataChunks(context: FigureContext, format: DataFormat, shownOnly: boolean, options: DataFileOptions): Generator<string, void, undefined> {
  const { view, shown, state, provenance, dataset } = context;
  const graph = view.graph;
  const measures = viewMeasures(view, dataset);
  const visible = shownOnly ? { nodes: shown.nodes, edges: shown.edges } : undefined;
  const indicators = state.view === 'network' ? dataset.indicators : undefined;
  // Where the nodes are now on the map (after "Run layout" or another layout).
  const positions = new Float64Array(2 * view.keys.length);
  view.keys.forEach((k, i) => {
    const a = graph.getNodeAttributes(k);
    positions[2 * i] = a.x ?? NaN;
    positions[2 * i + 1] = a.y ?? NaN;
  });
  yield '';
  const common = { measures, provenance, positions, ...(visible ? { visible } : {}), ...(indicators ? { indicators } : {}) };
  if (format === 'gexf') {
    const colors = nodeColors(graph, measures, state.colorBy);
    yield '';
    const sizes = nodeSizes(graph, measures, state.sizeBy);
    yield '';
    yield* exportGexfChunks(graph, { ...common, colors, sizes, ...(options.gexfVersion ? { version: options.gexfVersion } : {}) });
  } else if (format === 'graphml') yield* exportGraphmlChunks(graph, common);
  else if (format === 'json') yield* exportJsonChunks(graph, common);
  else if (format === 'nodes-csv')
    yield* exportNodesCsvChunks(graph, { measures, provenance, ...(visible ? { visible: visible.nodes } : {}), ...(indicators ? { indicators } : {}) });
  else yield* exportEdgesCsvChunks(graph, { provenance, ...(visible ? { visible: visible.edges } : {}) });
}

/** Collects chunks as Blob parts, folding them into a Blob every {@link PARTS_PER_BLOB}. */
class BlobParts {
  private blobs: Blob[] = [];
  private parts: string[] = [];

  add(chunk: string): void {
    if (!chunk) return;
    this.parts.push(chunk);
    if (this.parts.length >= PARTS_PER_BLOB) {
      this.blobs.push(new Blob(this.parts));
      this.parts = [];
    }
  }

  blob(type: string): Blob {
    return new Blob([...this.blobs, new Blob(this.parts)], { type });
  }
}

/**
 * The file of `format` for the current view; `shownOnly` keeps only the shown
 * nodes and links. In one go: see {@link dataFilePaced} for large views.
 */
export function dataFile(context: FigureContext, format: DataFormat, shownOnly: boolean, options: DataFileOptions = {}): { blob: Blob; fileName: string } {
  const { type, fileName } = fileOf(context, format, shownOnly);
  const parts = new BlobParts();
  for (const chunk of dataChunks(context, format, shownOnly, options)) parts.add(chunk);
  return { blob: parts.blob(type), fileName };
}

/**
 * {@link dataFile}, written in slices of about 40 ms with the thread handed
 * back between them (`pacing`, default {@link createPacing}), so a large
 * export never blocks the page for long.
 */
export async function dataFilePaced(
  context: FigureContext,
  format: DataFormat,
  shownOnly: boolean,
  options: DataFileOptions = {},
  pacing: DecodePacing = createPacing(),
): Promise<{ blob: Blob; fileName: string }> {
  const { type, fileName } = fileOf(context, format, shownOnly);
  const parts = new BlobParts();
  for (const chunk of dataChunks(context, format, shownOnly, options)) {
    parts.add(chunk);
    if (pacing.shouldPause()) await pacing.pause();
  }
  return { blob: parts.blob(type), fileName };
}

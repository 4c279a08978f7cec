/**
 * Data downloads of the current view — GEXF, GraphML, JSON, nodes CSV, edges
 * CSV — of the whole graph or of what the filters and focus leave shown,
 * written by core/export with the map's colours, sizes and current positions
 * and the provenance of the page. GEXF in version 1.3 or 1.2draft.
 */
import { viewMeasures } from '../state/view-figures';
import { exportEdgesCsv, exportNodesCsv } from '../../core/export/csv';
import { exportGexf, type GexfVersion } from '../../core/export/gexf';
import { exportGraphml } from '../../core/export/graphml';
import { exportJson } from '../../core/export/json';
import { nodeColors, nodeSizes } from '../../core/style';
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

/** The file of `format` for the current view; `shownOnly` keeps only the shown nodes and links. */
export function dataFile(context: FigureContext, format: DataFormat, shownOnly: boolean, options: DataFileOptions = {}): { blob: Blob; fileName: string } {
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
  const common = { measures, provenance, positions, ...(visible ? { visible } : {}), ...(indicators ? { indicators } : {}) };
  const styled = () => ({ colors: nodeColors(graph, measures, state.colorBy), sizes: nodeSizes(graph, measures, state.sizeBy) });
  let text: string;
  if (format === 'gexf') text = exportGexf(graph, { ...common, ...styled(), ...(options.gexfVersion ? { version: options.gexfVersion } : {}) });
  else if (format === 'graphml') text = exportGraphml(graph, common);
  else if (format === 'json') text = JSON.stringify(exportJson(graph, common), null, 1) + '\n';
  else if (format === 'nodes-csv')
    text = exportNodesCsv(graph, { measures, provenance, ...(visible ? { visible: visible.nodes } : {}), ...(indicators ? { indicators } : {}) });
  else text = exportEdgesCsv(graph, { provenance, ...(visible ? { visible: visible.edges } : {}) });
  const spec = DATA_FORMATS.find((f) => f.id === format)!;
  return { blob: new Blob([text], { type: `${spec.type};charset=utf-8` }), fileName: `${context.stem}${shownOnly ? '-shown' : ''}.${spec.extension}` };
}

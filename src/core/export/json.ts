/**
 * The app's own JSON export: the graph in graphology's serialisation (so
 * `graph.import(file.graph)` rebuilds it), the measures aligned with
 * `nodeKeys`, optional positions and indicators, and the provenance. The
 * format is named and versioned so later versions can read older files.
 */
import type { SerializedGraph } from 'graphology-types';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../graph/types';
import type { NodeMeasures } from '../style';
import { exportItems, type IndicatorTable, type VisibleSet } from './columns';
import type { Provenance } from './provenance';

export const JSON_FORMAT = 'partnership-atlas';
export const JSON_FORMAT_VERSION = 1;

/** The document {@link exportJson} returns (write it with `JSON.stringify`). */
export interface AtlasJson {
  format: typeof JSON_FORMAT;
  formatVersion: typeof JSON_FORMAT_VERSION;
  provenance: Provenance;
  /** graphology's `graph.export()`, restricted to the visible nodes and edges. */
  graph: SerializedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>;
  /** Node ids, in the order of every measure array. */
  nodeKeys: string[];
  /** Measure id → values aligned with `nodeKeys` (null = no value, which JSON cannot write as NaN). */
  measures: Record<string, (number | null)[]>;
  indicators?: IndicatorTable;
}

export interface JsonOptions {
  /** Measures aligned with `keys` (the view's `keys` and `measures`). */
  measures: NodeMeasures;
  /** Default: every node and edge. */
  visible?: VisibleSet;
  /** x, y pairs aligned with `measures.keys`; when given they replace the nodes' `x`/`y` attributes. */
  positions?: ArrayLike<number>;
  indicators?: IndicatorTable;
  provenance: Provenance;
}

/** The graph (or its visible part) with its measures and provenance as one JSON-ready object. */
export function exportJson(graph: AtlasGraph, options: JsonOptions): AtlasJson {
  const { nodes, edges } = exportItems(graph, options.visible);
  const index = new Map(options.measures.keys.map((k, i) => [k, i]));
  const p = options.positions;
  const nodeKeys = nodes.map((n) => n.key);
  const serialised: AtlasJson['graph'] = {
    options: { type: 'undirected', multi: false, allowSelfLoops: graph.allowSelfLoops },
    attributes: {},
    nodes: nodes.map(({ key, attributes }) => {
      const i = index.get(key);
      const at = p && i !== undefined ? { x: p[2 * i]!, y: p[2 * i + 1]! } : {};
      return { key, attributes: { ...attributes, extra: { ...attributes.extra }, ...at } };
    }),
    edges: edges.map(({ key, source, target, attributes }) => ({
      key,
      source,
      target,
      undirected: true,
      attributes: JSON.parse(JSON.stringify(attributes)) as AtlasEdgeAttributes,
    })),
  };
  const measures: AtlasJson['measures'] = {};
  for (const [id, values] of Object.entries(options.measures.values)) {
    measures[id] = nodeKeys.map((k) => {
      const i = index.get(k);
      const v = i === undefined ? NaN : values[i]!;
      return Number.isFinite(v) ? v : null;
    });
  }
  const indicators = options.indicators;
  return {
    format: JSON_FORMAT,
    formatVersion: JSON_FORMAT_VERSION,
    provenance: options.provenance,
    graph: serialised,
    nodeKeys,
    measures,
    ...(indicators ? { indicators: Object.fromEntries(nodeKeys.filter((k) => indicators[k]).map((k) => [k, indicators[k]!])) } : {}),
  };
}

/**
 * The app's own JSON export: the graph in graphology's serialisation, the
 * measures aligned with `nodeKeys`, optional positions and indicators, and
 * the provenance. The format is named and versioned so later versions can
 * read older files. Nodes are written under the users' ids (`nodeId` of the
 * graph key, so `constructor` is `constructor`); to rebuild the graph, map
 * them back with `nodeKey` before `graph.import(file.graph)`. Records keyed
 * by user strings (extra columns, indicators by id) hold own entries only.
 */
import type { SerializedGraph } from 'graphology-types';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../graph/types';
import { nodeId } from '../graph/node-key';
import type { NodeMeasures } from '../style';
import { dictCopy, dictFrom, getOwn } from '../util/dict';
import { exportedIndicators, exportItems, type IndicatorTable, type VisibleSet } from './columns';
import type { Provenance } from './provenance';

export const JSON_FORMAT = 'partnership-atlas';
export const JSON_FORMAT_VERSION = 1;

/** The document {@link exportJson} returns (write it with `JSON.stringify`). */
export interface AtlasJson {
  format: typeof JSON_FORMAT;
  formatVersion: typeof JSON_FORMAT_VERSION;
  provenance: Provenance;
  /** graphology's `graph.export()`, restricted to the visible nodes and edges, with node ids in place of keys. */
  graph: SerializedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>;
  /** Node ids (as in the files), in the order of every measure array. */
  nodeKeys: string[];
  /** Measure id → values aligned with `nodeKeys` (null = no value, which JSON cannot write as NaN). */
  measures: Record<string, (number | null)[]>;
  /** Indicators by node id. */
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
  const serialised: AtlasJson['graph'] = {
    options: { type: 'undirected', multi: false, allowSelfLoops: graph.allowSelfLoops },
    attributes: {},
    nodes: nodes.map(({ key, attributes }) => {
      const i = index.get(key);
      const at = p && i !== undefined ? { x: p[2 * i]!, y: p[2 * i + 1]! } : {};
      return { key: nodeId(key), attributes: { ...attributes, extra: dictCopy(attributes.extra), ...at } };
    }),
    edges: edges.map(({ key, source, target, attributes }) => ({
      key,
      source: nodeId(source),
      target: nodeId(target),
      undirected: true,
      attributes: JSON.parse(JSON.stringify(attributes)) as AtlasEdgeAttributes,
    })),
  };
  const measures: AtlasJson['measures'] = {};
  for (const [id, values] of Object.entries(options.measures.values)) {
    measures[id] = nodes.map(({ key }) => {
      const i = index.get(key);
      const v = i === undefined ? NaN : values[i]!;
      return Number.isFinite(v) ? v : null;
    });
  }
  const indicators = options.indicators;
  const indicatorsById = (table: IndicatorTable) =>
    dictFrom(
      nodes.flatMap(({ key }) => {
        const row = getOwn(table, key);
        return row ? [[nodeId(key), exportedIndicators(row)] as const] : [];
      }),
    );
  return {
    format: JSON_FORMAT,
    formatVersion: JSON_FORMAT_VERSION,
    provenance: options.provenance,
    graph: serialised,
    nodeKeys: nodes.map(({ key }) => nodeId(key)),
    measures,
    ...(indicators ? { indicators: indicatorsById(indicators) } : {}),
  };
}

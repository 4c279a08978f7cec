/**
 * The app's own JSON export: the graph in graphology's serialisation, the
 * measures aligned with `nodeKeys`, optional positions and indicators, and
 * the provenance. The format is named and versioned so later versions can
 * read older files. Nodes are written under the users' ids (`nodeId` of the
 * graph key, so `constructor` is `constructor`); to rebuild the graph, map
 * them back with `nodeKey` before `graph.import(file.graph)`. Records keyed
 * by user strings (extra columns, indicators by id) hold own entries only.
 *
 * The document is described once, lazily (json-chunks.ts): {@link exportJsonChunks}
 * writes its text in chunks without building it, {@link exportJson} builds the object.
 */
import type { SerializedGraph } from 'graphology-types';
import type { AtlasEdgeAttributes, ReadGraph, AtlasNodeAttributes } from '../graph/types';
import { nodeId, nodeKey } from '../graph/node-key';
import type { NodeMeasures } from '../style';
import { dictCopy, getOwn } from '../util/dict';
import { drainPaced } from './chunks';
import { type EdgeItem, exportedIndicators, exportItems, type IndicatorTable, type NodeItem, type VisibleSet } from './columns';
import { jsonChunks, LazyArray, LazyObject, materialise, propertyOrder } from './json-chunks';
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

/** The document as a lazy JSON value (json-chunks.ts): written as chunks, or materialised into {@link AtlasJson}. */
function atlasDocument(graph: ReadGraph, options: JsonOptions, nodes: readonly NodeItem[], edges: readonly EdgeItem[]): LazyObject {
  const index = new Map(options.measures.keys.map((k, i) => [k, i]));
  const p = options.positions;
  const graphDocument = new LazyObject(() => [
    ['options', { type: 'undirected', multi: false, allowSelfLoops: graph.allowSelfLoops }],
    ['attributes', {}],
    [
      'nodes',
      new LazyArray(function* () {
        for (const { key, attributes } of nodes) {
          const i = index.get(key);
          const at = p && i !== undefined ? { x: p[2 * i]!, y: p[2 * i + 1]! } : {};
          yield { key: nodeId(key), attributes: { ...attributes, extra: dictCopy(attributes.extra), ...at } };
        }
      }),
    ],
    [
      'edges',
      new LazyArray(function* () {
        // Each link's attributes from its item, or read as it is written when the graph makes them (columns.ts).
        for (const { key, source, target, attributes } of edges)
          yield { key, source: nodeId(source), target: nodeId(target), undirected: true, attributes: attributes ?? graph.getEdgeAttributes(key) };
      }),
    ],
  ]);
  const measureValues = (values: ArrayLike<number>) =>
    new LazyArray(function* () {
      for (const { key } of nodes) {
        const i = index.get(key);
        const v = i === undefined ? NaN : values[i]!;
        yield Number.isFinite(v) ? v : null;
      }
    });
  const measures = new LazyObject(() => Object.entries(options.measures.values).map(([id, values]) => [id, measureValues(values)] as const));
  const table = options.indicators;
  // In the order an object keyed by these ids lists them (ids such as "12" first), as JSON.stringify of it would.
  const indicators =
    table &&
    new LazyObject(
      () =>
        propertyOrder(nodes.filter(({ key }) => getOwn(table, key)).map(({ key }) => nodeId(key))).map(
          (id) => [id, exportedIndicators(getOwn(table, nodeKey(id))!)] as const,
        ),
      true,
    );
  return new LazyObject(() => [
    ['format', JSON_FORMAT],
    ['formatVersion', JSON_FORMAT_VERSION],
    ['provenance', options.provenance],
    ['graph', graphDocument],
    [
      'nodeKeys',
      new LazyArray(function* () {
        for (const { key } of nodes) yield nodeId(key);
      }),
    ],
    ['measures', measures],
    ...(indicators ? [['indicators', indicators] as const] : []),
  ]);
}

/**
 * The graph (or its visible part) with its measures and provenance as one
 * JSON-ready object. Edge attributes are what the graph's `getEdgeAttributes`
 * returns (a graphology graph's own objects): write the document out
 * (`JSON.stringify`, or {@link exportJsonChunks} without the object) rather
 * than change it.
 */
export function exportJson(graph: ReadGraph, options: JsonOptions): AtlasJson {
  const { nodes, edges } = drainPaced(exportItems(graph, options.visible));
  return materialise(atlasDocument(graph, options, nodes, edges)) as AtlasJson;
}

/**
 * The text `JSON.stringify(exportJson(graph, options), null, indent)`
 * followed by a line feed (the app's and the CLI's JSON file, `indent` 1), in
 * chunks of at most `CHUNK_SIZE` code units (see chunks.ts), without building
 * the object.
 */
export function* exportJsonChunks(graph: ReadGraph, options: JsonOptions, indent = 1): Generator<string, void, undefined> {
  const { nodes, edges } = yield* exportItems(graph, options.visible);
  const doc = atlasDocument(graph, options, nodes, edges);
  yield '';
  yield* jsonChunks(doc, indent);
  yield '\n';
}

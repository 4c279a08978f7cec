/**
 * The part of graphology's API that reads a partnership graph: what the page's
 * panels, filters, figures, questions and exports use, and what the core
 * functions they call ask of a graph. A graphology graph (`AtlasGraph`) has
 * it, and so has the page's graph over the worker's columns
 * (graph/column-graph.ts), which holds no graphology index and makes a link's
 * attributes only when asked for them: "graphology only where sigma needs it".
 *
 * The signatures are the overloads used, written out (graphology's own types
 * declare every overload and an event emitter), so that both implementations
 * fit and a new use of another method is a type error here, not at run time.
 * The one write is the nodes' positions (`updateEachNodeAttributes`, the way
 * layouts write them: core/view-settings/positions.ts).
 */
import type { AtlasEdgeAttributes, AtlasNodeAttributes } from './types';

/** A callback over nodes, as graphology calls it. */
export type NodeCallback<T> = (node: string, attributes: AtlasNodeAttributes) => T;
/** A callback over links, as graphology calls it (its seventh argument, `undirected`, is always true here and left out). */
export type EdgeCallback<T> = (
  edge: string,
  attributes: AtlasEdgeAttributes,
  source: string,
  target: string,
  sourceAttributes: AtlasNodeAttributes,
  targetAttributes: AtlasNodeAttributes,
) => T;

/** The graph events after which positions or links may differ (link-length.ts listens to them). */
export type GraphChangeEvent =
  | 'nodeAdded'
  | 'nodeDropped'
  | 'edgeAdded'
  | 'edgeDropped'
  | 'cleared'
  | 'edgesCleared'
  | 'nodeAttributesUpdated'
  | 'eachNodeAttributesUpdated';

/** A read-only undirected partnership graph (plus its nodes' positions): see the file's comment. */
export interface ReadGraph {
  readonly order: number;
  readonly size: number;
  readonly multi: boolean;
  readonly allowSelfLoops: boolean;
  /**
   * True when a link's attributes are made anew on each read and stored nowhere (graph/column-graph.ts): code that
   * keeps them for long (an export's items) keeps the link's key instead. Absent on graphology's graph, which stores them.
   */
  readonly linkAttributesOnRead?: boolean;

  hasNode(node: string): boolean;
  hasEdge(edge: string): boolean;
  /** The key of the link between `source` and `target`, if any. */
  edge(source: string, target: string): string | undefined;
  areNeighbors(a: string, b: string): boolean;

  nodes(): string[];
  edges(): string[];
  edges(node: string): string[];
  neighbors(node: string): string[];
  degree(node: string): number;
  degreeWithoutSelfLoops(node: string): number;
  extremities(edge: string): [string, string];
  source(edge: string): string;
  target(edge: string): string;

  getNodeAttributes(node: string): AtlasNodeAttributes;
  getNodeAttribute<K extends keyof AtlasNodeAttributes>(node: string, name: K): AtlasNodeAttributes[K];
  getEdgeAttributes(edge: string): AtlasEdgeAttributes;
  getEdgeAttribute<K extends keyof AtlasEdgeAttributes>(edge: string, name: K): AtlasEdgeAttributes[K];

  forEachNode(callback: NodeCallback<void>): void;
  mapNodes<T>(callback: NodeCallback<T>): T[];
  filterNodes(callback: NodeCallback<boolean>): string[];
  nodeEntries(): IterableIterator<{ node: string; attributes: AtlasNodeAttributes }>;

  forEachEdge(callback: EdgeCallback<void>): void;
  forEachEdge(node: string, callback: EdgeCallback<void>): void;
  mapEdges<T>(callback: EdgeCallback<T>): T[];
  someEdge(callback: EdgeCallback<boolean>): boolean;
  someEdge(node: string, callback: EdgeCallback<boolean>): boolean;
  findEdge(callback: EdgeCallback<boolean>): string | undefined;
  edgeEntries(): IterableIterator<{ edge: string; attributes: AtlasEdgeAttributes; source: string; target: string }>;

  forEachNeighbor(node: string, callback: NodeCallback<void>): void;
  filterNeighbors(node: string, callback: NodeCallback<boolean>): string[];

  /** Replaces each node's attributes (layouts write positions this way), then emits `eachNodeAttributesUpdated`. */
  updateEachNodeAttributes(updater: (node: string, attributes: AtlasNodeAttributes) => AtlasNodeAttributes, hints?: { attributes?: string[] }): void;
  on(event: GraphChangeEvent, listener: () => void): unknown;
}

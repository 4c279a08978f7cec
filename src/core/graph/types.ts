/**
 * The typed partnership graph: an undirected graphology graph whose nodes are
 * cities, projects, firms (or any other type a file names) and whose edges are
 * merged links carrying their summed weight and every relation, year and
 * evidence the input gave for them.
 */
import type { UndirectedGraph } from 'graphology';
import type { Dict } from '../util/dict';

/** Node types the app knows by name; any other string is accepted too. */
export const KNOWN_TYPES = ['city', 'project', 'firm'] as const;

/** Type given to a node whose type no file states. */
export const UNKNOWN_TYPE = 'unknown';

export interface AtlasNodeAttributes {
  label: string;
  type: string;
  country?: string;
  lat?: number;
  lon?: number;
  url?: string;
  kind?: string;
  /**
   * Other columns of the nodes file, by header: a prototype-free record
   * (headers such as `constructor` are data), read with `getOwn`.
   */
  extra: Dict<string>;
  /** Layout position, set by a layout (not by the files). */
  x?: number;
  y?: number;
}

export interface AtlasEdgeAttributes {
  /** Sum of the weights of every row merged into this edge. */
  weight: number;
  /** Distinct relations, in order of first appearance. */
  relations: string[];
  /** Distinct years, ascending. */
  years: number[];
  /** Distinct evidence strings (URLs or citations), in order of first appearance. */
  evidence: string[];
  /** 1-based lines of the edges file merged into this edge. */
  lines: number[];
  /** Other columns: distinct values per header (prototype-free, read with `getOwn`). */
  extra: Dict<string[]>;
}

/**
 * Node keys are `nodeKey(id)` (graph/node-key.ts): the id itself except for
 * ids named like an Object member; show and write out `nodeId(key)`.
 */
export type AtlasGraph = UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>;

/** The read-only graph API the page and the figure code use (graph/read-graph.ts). */
export type { ReadGraph } from './read-graph';

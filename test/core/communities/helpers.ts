/**
 * Test graphs for the community tests: the reference graphs (through the
 * shared loader in test/helpers) and small hand-built ones.
 */
import { UndirectedGraph } from 'graphology';
import { loadReference as loadSharedReference } from '../../helpers/reference-graph';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';

export const REFERENCE_NAMES = ['karate', 'florentine', 'lesmis', 'davis'] as const;
export type ReferenceName = (typeof REFERENCE_NAMES)[number];

export interface ReferenceJson {
  louvain: {
    igraph_multilevel_best_of_20_modularity: number;
    igraph_multilevel_best_partition: Record<string, number>;
    networkx_modularity_of_that_partition: number;
  };
}

/** An empty graph of the project's type. */
export function emptyGraph(): AtlasGraph {
  return new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
}

/** Adds a node (if missing) with the attributes the app expects. */
export function addNode(graph: AtlasGraph, key: string, type = 'unknown'): void {
  if (!graph.hasNode(key)) graph.addNode(key, { label: key, type, extra: {} });
}

/** Adds an edge with `weight`, creating missing endpoints. */
export function addEdge(graph: AtlasGraph, source: string, target: string, weight = 1): void {
  addNode(graph, source);
  addNode(graph, target);
  graph.addEdge(source, target, { weight, relations: [], years: [], evidence: [], lines: [], extra: {} });
}

/** A graph from `[source, target, weight?]` triples. */
export function graphFromEdges(edges: ReadonlyArray<readonly [string, string, number?]>): AtlasGraph {
  const graph = emptyGraph();
  for (const [s, t, w] of edges) addEdge(graph, s, t, w ?? 1);
  return graph;
}

/** The shared reference loader, with the Louvain part of the JSON typed. */
export function loadReference(name: ReferenceName): { graph: AtlasGraph; json: ReferenceJson } {
  const { graph, json } = loadSharedReference(name);
  return { graph, json: json as unknown as ReferenceJson };
}

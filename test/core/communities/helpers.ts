/**
 * Test graphs for the community tests: the shared reference graphs
 * (`test/fixtures/reference/NAME.csv` + `.json`, copied from shared/reference) and small hand-built ones.
 */
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';

export const REFERENCE_DIR = new URL('../../fixtures/reference', import.meta.url).pathname;
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

/** Reads a reference CSV (header source,target[,weight] or source,source_type,target,target_type; CRLF or LF). */
export function loadReference(name: ReferenceName): { graph: AtlasGraph; json: ReferenceJson } {
  const lines = readFileSync(`${REFERENCE_DIR}/${name}.csv`, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines[0]!.split(',');
  const col = (id: string): number => header.indexOf(id);
  const graph = emptyGraph();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const cell = (id: string): string | undefined => (col(id) >= 0 ? cells[col(id)] : undefined);
    const source = cell('source')!;
    const target = cell('target')!;
    addNode(graph, source, cell('source_type') ?? 'unknown');
    addNode(graph, target, cell('target_type') ?? 'unknown');
    const weight = cell('weight');
    graph.addEdge(source, target, {
      weight: weight === undefined ? 1 : Number(weight),
      relations: [],
      years: [],
      evidence: [],
      lines: [],
      extra: {},
    });
  }
  const json = JSON.parse(readFileSync(`${REFERENCE_DIR}/${name}.json`, 'utf8')) as ReferenceJson;
  return { graph, json };
}

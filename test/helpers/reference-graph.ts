/**
 * Loads a reference graph (edge-list CSV + JSON of networkx/igraph values) from
 * the shared reference folder into an AtlasGraph for tests. The CSVs are plain
 * (no quotes or embedded commas), so a split on ',' is enough here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import type { AtlasGraph } from '../../src/core/graph/types';

export const REFERENCE_DIR = process.env.ATLAS_REFERENCE_DIR ?? new URL('../fixtures/reference', import.meta.url).pathname;

export type ReferenceName = 'karate' | 'florentine' | 'lesmis' | 'davis';

/** Per-node values by node key. */
export type NodeValues = Record<string, number>;

export interface ReferenceJson {
  graph: string;
  nodes: number;
  edges: number;
  metrics: Record<string, NodeValues | string[][]> & { components: string[][] };
  [key: string]: unknown;
}

/** Reads `NAME.csv` into a graph (nodes in order of first appearance) and `NAME.json` as is. */
export function loadReference(name: ReferenceName): { graph: AtlasGraph; json: ReferenceJson } {
  const text = readFileSync(join(REFERENCE_DIR, `${name}.csv`), 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header!.split(',').map((c) => c.trim());
  const at = (id: string) => columns.indexOf(id);
  const graph: AtlasGraph = new UndirectedGraph();
  const addNode = (key: string, type: string | undefined) => {
    if (!graph.hasNode(key)) graph.addNode(key, { label: key, type: type ?? 'unknown', extra: {} });
  };
  for (const line of lines) {
    const cells = line.split(',');
    const cell = (id: string) => (at(id) >= 0 ? cells[at(id)] : undefined);
    const source = cell('source')!;
    const target = cell('target')!;
    addNode(source, cell('source_type'));
    addNode(target, cell('target_type'));
    const weight = cell('weight') === undefined ? 1 : Number(cell('weight'));
    graph.addEdge(source, target, { weight, relations: [], years: [], evidence: [], lines: [], extra: {} });
  }
  const json = JSON.parse(readFileSync(join(REFERENCE_DIR, `${name}.json`), 'utf8')) as ReferenceJson;
  return { graph, json };
}

/** The reference values of `key` in `graph.nodes()` order (throws when a node is missing). */
export function referenceVector(graph: AtlasGraph, json: ReferenceJson, key: string): Float64Array {
  const values = json.metrics[key] as NodeValues | undefined;
  if (!values || Array.isArray(values)) throw new Error(`reference ${json.graph}: no per-node metric '${key}'`);
  return Float64Array.from(graph.nodes(), (node) => {
    const v = values[node];
    if (typeof v !== 'number') throw new Error(`reference ${json.graph}: '${key}' has no value for '${node}'`);
    return v;
  });
}

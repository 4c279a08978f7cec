/** The app's default dataset (data/default-*.csv) read and built as the app does. */
import { readFileSync } from 'node:fs';
import { buildGraph } from '../../../src/core/graph/build';
import { readEdges, readNodes } from '../../../src/core/csv';
import type { AtlasGraph } from '../../../src/core/graph/types';

export function defaultGraph(): AtlasGraph {
  const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
  const edges = readEdges(read('default-edges.csv'), { file: 'default-edges.csv' });
  const nodes = readNodes(read('default-nodes.csv'), { file: 'default-nodes.csv' });
  return buildGraph({ edges: { file: edges.file, rows: edges.rows }, nodes: { file: nodes.file, rows: nodes.rows } }).graph;
}

/**
 * What the question functions read and return: per-node measures aligned
 * with node keys (an analysis' `network` or a view's measures), and a node
 * named for a list row — its graph key, to select it, and its label, to show.
 */
import { nodeLabel } from '../graph/node-label';
import type { ReadGraph } from '../graph/types';

/** Per-node values by measure id, `values[m][i]` belonging to `keys[i]` (e.g. `GraphAnalysis`). */
export interface MeasureTable {
  keys: readonly string[];
  values?: Readonly<Record<string, Float64Array>>;
  measures?: Readonly<Record<string, Float64Array>>;
}

/** A node in a list row: `key` selects it on the map, `label` names it. */
export interface NamedNode {
  key: string;
  label: string;
}

/** The row's node: its key and what it is called (label, else id). */
export function named(graph: ReadGraph, key: string): NamedNode {
  return { key, label: nodeLabel(graph, key) };
}

/** The values of measure `id` (`values` of a view, or `measures` of an analysis), if computed. */
export function measureOf(table: MeasureTable, id: string): Float64Array | undefined {
  return table.values?.[id] ?? table.measures?.[id];
}

/** Labels compared as the lists sort them: case- and accent-insensitive, then exactly, so the order is total. */
export function byLabel(a: NamedNode, b: NamedNode): number {
  return a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

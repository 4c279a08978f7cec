/**
 * Neighbourhoods and shortest paths around selected nodes, for the map's
 * "focus on a node" and "path between two nodes" views.
 */
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { AtlasGraph } from './types';

/**
 * The nodes within `hops` links of `node`, the node included.
 *
 * @throws Error (`graph/neighborhood: …`) when `node` is not in the graph.
 */
export function neighborhood(graph: AtlasGraph, node: string, hops: 1 | 2): Set<string> {
  if (!graph.hasNode(node)) throw new Error(`graph/neighborhood: no node '${node}' in the graph`);
  const out = new Set<string>([node]);
  let frontier = [node];
  for (let h = 0; h < hops; h++) {
    const next: string[] = [];
    for (const u of frontier)
      graph.forEachNeighbor(u, (v) => {
        if (out.has(v)) return;
        out.add(v);
        next.push(v);
      });
    frontier = next;
  }
  return out;
}

/**
 * One shortest path (fewest links, weights ignored) from `a` to `b` as the
 * list of its nodes, both ends included; `[a]` when `a === b`; null when no
 * path joins them. Uses graphology-shortest-path's bidirectional search.
 *
 * @throws Error (`graph/shortestPath: …`) when either node is not in the graph.
 */
export function shortestPath(graph: AtlasGraph, a: string, b: string): string[] | null {
  for (const x of [a, b]) if (!graph.hasNode(x)) throw new Error(`graph/shortestPath: no node '${x}' in the graph`);
  if (a === b) return [a];
  return bidirectional(graph, a, b);
}

/**
 * The keys of the edges joining consecutive nodes of `path`, in order
 * (one fewer than the nodes).
 *
 * @throws Error (`graph/pathEdges: …`) when two consecutive nodes are not linked.
 */
export function pathEdges(graph: AtlasGraph, path: readonly string[]): string[] {
  const edges: string[] = [];
  for (let i = 1; i < path.length; i++) {
    const edge = graph.edge(path[i - 1]!, path[i]!);
    if (edge === undefined) throw new Error(`graph/pathEdges: '${path[i - 1]}' and '${path[i]}' are not linked`);
    edges.push(edge);
  }
  return edges;
}

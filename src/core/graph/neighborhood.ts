/**
 * Neighbourhoods and shortest paths around selected nodes, for the map's
 * "focus on a node" and "path between two nodes" views.
 */
import type { ReadGraph } from './types';

/**
 * The nodes within `hops` links of `node`, the node included.
 *
 * @throws Error (`graph/neighborhood: …`) when `node` is not in the graph.
 */
export function neighborhood(graph: ReadGraph, node: string, hops: 1 | 2): Set<string> {
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
 * path joins them, by a bidirectional breadth-first search.
 *
 * @throws Error (`graph/shortestPath: …`) when either node is not in the graph.
 */
export function shortestPath(graph: ReadGraph, a: string, b: string): string[] | null {
  for (const x of [a, b]) if (!graph.hasNode(x)) throw new Error(`graph/shortestPath: no node '${x}' in the graph`);
  if (a === b) return [a];
  return bidirectional(graph, a, b);
}

/**
 * Bidirectional breadth-first search: the fringe of the smaller side grows by one level at a time until the two
 * sides meet (the search graphology-shortest-path's `bidirectional` runs, step for step, so that the same path is
 * found among equally short ones). Written here because that function takes graphology's graph only, and the page's
 * graph is read over columns (read-graph.ts); and with Maps, since node keys are data.
 */
function bidirectional(graph: ReadGraph, source: string, target: string): string[] | null {
  const predecessor = new Map<string, string | null>([[source, null]]);
  const successor = new Map<string, string | null>([[target, null]]);
  let forward = [source];
  let reverse = [target];
  let meeting: string | undefined;
  search: while (forward.length > 0 && reverse.length > 0) {
    const fromSource = forward.length <= reverse.length;
    const fringe = fromSource ? forward : reverse;
    const next: string[] = [];
    const [own, other] = fromSource ? [predecessor, successor] : [successor, predecessor];
    for (const node of fringe)
      for (const neighbour of graph.neighbors(node)) {
        if (!own.has(neighbour)) {
          next.push(neighbour);
          own.set(neighbour, node);
        }
        if (other.has(neighbour)) {
          meeting = neighbour;
          break search;
        }
      }
    if (fromSource) forward = next;
    else reverse = next;
  }
  if (meeting === undefined) return null;
  const path: string[] = [];
  for (let node: string | null | undefined = meeting; node != null; node = predecessor.get(node)) path.unshift(node);
  for (let node = successor.get(meeting); node != null; node = successor.get(node)) path.push(node);
  return path;
}

/**
 * The keys of the edges joining consecutive nodes of `path`, in order
 * (one fewer than the nodes).
 *
 * @throws Error (`graph/pathEdges: …`) when two consecutive nodes are not linked.
 */
export function pathEdges(graph: ReadGraph, path: readonly string[]): string[] {
  const edges: string[] = [];
  for (let i = 1; i < path.length; i++) {
    const edge = graph.edge(path[i - 1]!, path[i]!);
    if (edge === undefined) throw new Error(`graph/pathEdges: '${path[i - 1]}' and '${path[i]}' are not linked`);
    edges.push(edge);
  }
  return edges;
}

/**
 * A graphology node whose neighbour record V8 keeps as a hash table from the
 * start. Shared by every place that adds many links to a graphology graph:
 * the graph builder and the page's decode of the worker's payload.
 */
import type Graph from 'graphology';

/** What {@link hashedAdjacency} expects of graphology's record of a node (graphology 0.26, `UndirectedNodeData`). */
interface NodeRecord {
  undirected?: unknown;
}

/**
 * Gives a new node of `graph` a neighbour record that V8 keeps as a hash
 * table from the start. graphology makes it `{}`, a fast-mode object: each
 * link adds a property named by a neighbour's key that no other node's record
 * has, so each insert makes V8 derive a new hidden class until the object
 * turns into a hash table anyway — the bulk of `addEdge`'s cost and of its
 * garbage (at 250k links the build's graphology pass went from 2.6–3.0 s to
 * 1.6 s of CPU, and read + build's peak RSS from 450 to 390 MB). The record
 * made here is the same kind of object (it inherits `Object.prototype`, as graphology's `hasEdge`
 * needs: it calls the record's `hasOwnProperty`); made without a prototype
 * first, it starts in V8's dictionary mode and stays there. Lookups, `in` and
 * `for…in` (the neighbour order: number-like keys first, then insertion
 * order) behave alike. Left as it is when graphology's internals differ
 * (another version), so this can only be a speed-up, never a change.
 * Call it right after `addNode`, before the node has links.
 */
export function hashedAdjacency(graph: Graph, key: string): void {
  const record = (graph as unknown as { _nodes?: Map<string, NodeRecord> })._nodes?.get(key);
  if (record && typeof record.undirected === 'object' && record.undirected !== null && Object.keys(record.undirected).length === 0)
    record.undirected = Object.setPrototypeOf(Object.create(null), Object.prototype);
}

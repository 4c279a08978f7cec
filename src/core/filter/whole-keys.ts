/**
 * Every node or every link of a graph as a read-only set, without copying
 * its keys: what the filters return when they leave the whole graph shown
 * (the default, and the state a file opens in). At 100k nodes / 500k links a
 * `Set` of the links' keys cost 115–150 ms and the pass filling it 75–85 ms
 * of the page's main thread in one task (issue 14's 200 ms target); a look-up
 * here is graphology's own key look-up, which a `Set` would have replaced
 * with one of the same cost.
 *
 * Written by hand: a live view of a graph's key index is no library's type.
 * The keys are listed once, when the set is made (graphology lists them in
 * a few ms); a view's graph does not change in structure once built
 * (layouts move nodes, they neither add nor drop any).
 */
import type { ReadGraph } from '../graph/types';

/** `graph`'s node keys (`of: 'nodes'`) or link keys (`'edges'`) as a `ReadonlySet`, in the graph's order. */
export class WholeKeys implements ReadonlySet<string> {
  private readonly list: readonly string[];
  private readonly contains: (key: string) => boolean;

  constructor(graph: ReadGraph, of: 'nodes' | 'edges') {
    this.list = of === 'nodes' ? graph.nodes() : graph.edges();
    // graphology's hasEdge(key) with one argument looks the link up by key only.
    this.contains = of === 'nodes' ? (key) => graph.hasNode(key) : (key) => graph.hasEdge(key);
  }

  get size(): number {
    return this.list.length;
  }

  has(key: string): boolean {
    return typeof key === 'string' && this.contains(key);
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const key of this.list) callback.call(thisArg, key, key, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.list[Symbol.iterator]();
  }

  values(): SetIterator<string> {
    return this.list.values();
  }

  keys(): SetIterator<string> {
    return this.list.values();
  }

  entries(): SetIterator<[string, string]> {
    return this.list.map((key): [string, string] => [key, key]).values();
  }
}

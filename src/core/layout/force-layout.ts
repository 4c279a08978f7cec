/**
 * The deterministic force-directed layout the app shows first and the CLI
 * uses for figures: seeded start positions, then a fixed number of
 * ForceAtlas2 iterations (synchronous, no timing involved), so the same data
 * and seed always give the same picture. Runs in the analysis worker; the
 * page can refine it afterwards with the live FA2 worker.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { fa2Settings } from './fa2';
import { seedPositions, type Point } from './seed-positions';

/** Work budget of the first layout, in units of the cost model below (~0.5 s here; Barnes–Hut iterations cost about twice the model). */
const WORK_BUDGET = 15_000_000;

/**
 * Iterations for a graph within the budget: one iteration costs about n²
 * (exact repulsion) or 9·n·log₂n (Barnes–Hut, above 1,000 nodes) plus m.
 * At most 500; on very large graphs none at all (fewer than 10 iterations
 * would only blur the community start positions, which then carry the
 * picture until the user runs the live layout). `share` is the fraction of
 * the budget this graph may spend (a component of a larger graph gets its
 * share of the nodes, so the components together cost at most the budget).
 */
export function layoutIterations(graph: { order: number; size: number }, share = 1): number {
  const n = Math.max(1, graph.order);
  const cost = (n > 1000 ? 9 * n * Math.log2(n) : n * n) + graph.size;
  const iterations = Math.round(Math.min(500, (WORK_BUDGET * share) / cost));
  return iterations < 10 ? 0 : iterations;
}

export interface ForceLayoutOptions {
  seed: number;
  /** Start positions (e.g. by community); default: seeded random ({@link seedPositions}). */
  start?: Map<string, Point>;
  /** Default: {@link layoutIterations}. */
  iterations?: number;
}

/** A graph ForceAtlas2 lays out: any node attributes, each link's `weight`. */
export type WeightedGraph = Graph<Attributes, { weight: number }>;

/**
 * Positions of every node, aligned with `graph.nodes()`, as [x0, y0, x1, y1, …]
 * (a typed array that crosses from the worker without copying).
 */
export function computeForceLayout(graph: WeightedGraph, options: ForceLayoutOptions): Float64Array {
  const start = options.start ?? seedPositions(graph, options.seed);
  const nodes = graph.nodes();
  const out = new Float64Array(2 * nodes.length);
  if (graph.order === 0) return out;
  const iterations = options.iterations ?? layoutIterations(graph);
  if (iterations === 0) {
    nodes.forEach((node, i) => {
      const p = start.get(node)!;
      out[2 * i] = p.x;
      out[2 * i + 1] = p.y;
    });
    return out;
  }
  // FA2 reads x/y from the graph: run it on a positions-only copy so the data graph stays untouched.
  const copy = graph.emptyCopy();
  copy.updateEachNodeAttributes((node) => ({ ...start.get(node)! }) as never);
  graph.forEachEdge((_e, a, s, t) => copy.addEdge(s, t, { weight: a.weight } as never));
  const positions = forceAtlas2(copy, {
    iterations,
    settings: fa2Settings(graph),
    getEdgeWeight: 'weight',
  });
  nodes.forEach((node, i) => {
    const p = positions[node]!;
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  });
  return out;
}

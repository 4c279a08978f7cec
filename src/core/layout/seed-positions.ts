/**
 * Deterministic start positions for ForceAtlas2: the same graph and seed give
 * the same picture every time, so a map can be shared and reproduced.
 */
import random from 'graphology-layout/random';
import type Graph from 'graphology';
import { createRng } from '../random';

/** A position in graph coordinates (sigma's convention: y grows upward). */
export interface Point {
  x: number;
  y: number;
}

/**
 * Uniform random positions from graphology-layout's `random`, driven by
 * `createRng(seed)`, in a square centred on 0 whose side grows with √order
 * (10·√n), so the average spacing is about the same whatever the graph's size
 * and ForceAtlas2 needs few iterations to spread it.
 */
export function seedPositions(graph: Graph, seed: number): Map<string, Point> {
  const scale = 10 * Math.sqrt(Math.max(1, graph.order));
  const layout = random(graph, { rng: createRng(seed), center: 0, scale });
  const out = new Map<string, Point>();
  graph.forEachNode((node) => {
    const p = layout[node]!;
    out.set(node, { x: p['x']!, y: p['y']! });
  });
  return out;
}

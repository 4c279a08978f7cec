/**
 * The graph `buildGraph` hands to graphology is the one graphology's own
 * `addEdge` would make from the same links: the same edge keys in file order
 * ("0" … "m−1", the same on every run), the same neighbours in the same order
 * for every node, and `hasEdge` / `edge` answering alike — checked against a
 * plain `UndirectedGraph` filled naively, on a seeded random graph whose ids
 * mix number-like names, Object members and ordinary words.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeRow } from '../../../src/core/csv/types';
import { buildGraph } from '../../../src/core/graph/build';
import { nodeKey } from '../../../src/core/graph/node-key';

/** Park–Miller, so the graph is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const IDS = ['0', '7', '12', '3', '__proto__', 'constructor', 'toString', 'Barcelona', 'Decidim', 'b', 'a', 'x y', '10', '1e3', 'Zürich'];

function rows(count: number, seed: number): EdgeRow[] {
  const next = random(seed);
  const pick = () => IDS[Math.floor(next() * IDS.length)]!;
  const out: EdgeRow[] = [];
  for (let line = 2; out.length < count; line++) {
    const source = pick();
    const target = pick();
    if (source !== target) out.push({ line, source, target, weight: 1, attributes: {} });
  }
  return out;
}

describe('buildGraph and graphology', () => {
  it('buildGraph(edges) keys links by position and keeps every neighbour order of a naive graphology build', () => {
    const input = rows(120, 7);
    const built = buildGraph({ edges: { file: 'e.csv', rows: input } }).graph;
    const naive = new UndirectedGraph();
    for (const row of input) {
      const [s, t] = [nodeKey(row.source), nodeKey(row.target)];
      for (const k of [s, t]) if (!naive.hasNode(k)) naive.addNode(k);
      if (!naive.hasEdge(s, t)) naive.addEdge(s, t);
    }
    expect(built.nodes()).toEqual(naive.nodes());
    expect(built.size).toBe(naive.size);
    expect(built.edges()).toEqual(naive.edges().map((_, i) => String(i)));
    for (const n of naive.nodes()) {
      expect(built.neighbors(n), n).toEqual(naive.neighbors(n));
      for (const m of naive.nodes()) {
        expect(built.hasEdge(n, m), `${n}–${m}`).toBe(naive.hasEdge(n, m));
        if (naive.hasEdge(n, m)) expect(built.extremities(built.edge(n, m)!)).toEqual(naive.extremities(naive.edge(n, m)!));
      }
    }
    // The same input gives the same keys on every build (graphology's generated keys carry a random instance number).
    expect(buildGraph({ edges: { file: 'e.csv', rows: rows(120, 7) } }).graph.edges()).toEqual(built.edges());
  });
});

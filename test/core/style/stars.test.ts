import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { findStars, starId, starLabel } from '../../../src/core/style/stars';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { nodeKey } from '../../../src/core/graph/node-key';
import { createRng } from '../../../src/core/random';

const edge = (): AtlasEdgeAttributes => ({ weight: 1, relations: [], years: [], evidence: [], lines: [], extra: Object.create(null) });

/** A hub (added when missing, a project) with `leaves` leaves of `type` called `${prefix}0…`. */
function star(graph: AtlasGraph, hub: string, type: string, leaves: number, prefix = `${hub}-leaf`): string[] {
  if (!graph.hasNode(hub)) graph.addNode(hub, { label: hub, type: 'project', extra: Object.create(null) });
  const out: string[] = [];
  for (let i = 0; i < leaves; i++) {
    const key = nodeKey(`${prefix}${i}`);
    graph.addNode(key, { label: key, type, extra: Object.create(null) });
    graph.addEdge(hub, key, edge());
    out.push(key);
  }
  return out;
}

function graph(): AtlasGraph {
  return new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
}

describe('findStars', () => {
  it('findStars(graph, {}, 30) aggregates 31 leaves of one type but not exactly 30', () => {
    const g = graph();
    const many = star(g, 'P', 'city', 31);
    star(g, 'Q', 'city', 30);
    const { aggregates, byId, byMember } = findStars(g, {}, 30);
    expect(aggregates).toHaveLength(1);
    const a = aggregates[0]!;
    expect(a).toEqual({ id: starId('P', 'city'), hub: 'P', type: 'city', members: many, representative: many[0] });
    expect(byId.get(a.id)).toBe(a);
    expect(byMember.get(many[30]!)).toBe(a);
    expect(byMember.has('Q-leaf0')).toBe(false);
    expect(byMember.has('P')).toBe(false);
  });

  it('findStars(graph, {}, 0) and a threshold that is not a positive number turn aggregation off', () => {
    const g = graph();
    star(g, 'P', 'city', 50);
    expect(findStars(g, {}, 0).aggregates).toEqual([]);
    expect(findStars(g, {}, -1).aggregates).toEqual([]);
    expect(findStars(g, {}, Number.NaN).aggregates).toEqual([]);
    expect(findStars(g, {}, 49).aggregates).toHaveLength(1);
  });

  it('groups a hub’s leaves by type, and a node with two neighbours is not a leaf', () => {
    const g = graph();
    const cities = star(g, 'P', 'city', 5);
    const firms = star(g, 'P', 'firm', 3, 'P-firm');
    g.addNode('Q', { label: 'Q', type: 'project', extra: Object.create(null) });
    g.addEdge('Q', cities[0]!, edge());
    const { aggregates } = findStars(g, {}, 2);
    expect(aggregates.map((a) => [a.id, a.members])).toEqual([
      [starId('P', 'city'), cities.slice(1)],
      [starId('P', 'firm'), firms],
    ]);
  });

  it('counts degree in the shown graph: a filter that hides the second neighbour makes a leaf', () => {
    const g = graph();
    const cities = star(g, 'P', 'city', 4);
    g.addNode('Q', { label: 'Q', type: 'project', extra: Object.create(null) });
    for (const c of cities) g.addEdge('Q', c, edge());
    expect(findStars(g, {}, 3).aggregates).toEqual([]);
    const withoutQ = new Set(g.nodes().filter((n) => n !== 'Q'));
    expect(findStars(g, { nodes: withoutQ }, 3).aggregates.map((a) => a.members)).toEqual([cities]);
    // Hidden links count as absent too.
    const linksOfP = new Set(g.edges('P'));
    expect(findStars(g, { edges: linksOfP }, 3).aggregates.map((a) => a.hub)).toEqual(['P']);
    // Hidden leaves are not members.
    const fewer = new Set(withoutQ);
    fewer.delete(cities[0]!);
    expect(findStars(g, { nodes: fewer }, 3).aggregates).toEqual([]);
  });

  it('keys ids and types named like Object members as data', () => {
    const g = graph();
    const hub = nodeKey('constructor');
    g.addNode(hub, { label: 'constructor', type: '__proto__', extra: Object.create(null) });
    const leaves = star(g, hub, '__proto__', 3, '__proto__');
    star(g, hub, 'toString', 3, 'hasOwnProperty');
    const { aggregates, byId, byMember } = findStars(g, {}, 2);
    expect(aggregates.map((a) => a.type)).toEqual(['__proto__', 'toString']);
    expect(byId.get(starId(hub, '__proto__'))?.members).toEqual(leaves);
    expect(byMember.get(nodeKey('__proto__0'))?.hub).toBe(hub);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never makes an aggregate of a dyad or of self-loops', () => {
    const g = graph();
    g.addNode('a', { label: 'a', type: 'city', extra: Object.create(null) });
    g.addNode('b', { label: 'b', type: 'city', extra: Object.create(null) });
    g.addEdge('a', 'b', edge());
    g.addEdge('a', 'a', edge());
    expect(findStars(g, {}, 0.5).aggregates.map((a) => [a.hub, a.members])).toEqual([
      ['b', ['a']],
      ['a', ['b']],
    ]);
    expect(findStars(g, {}, 1).aggregates).toEqual([]);
  });
});

describe('starLabel', () => {
  it('findStars(graph, every node and link shown) equals the set-by-set reading (self-loops, dyads, leaves of leaves)', () => {
    const g = graph();
    const random = createRng(3);
    for (let h = 0; h < 6; h++) star(g, `H${h}`, h % 2 ? 'city' : 'firm', 3 + Math.floor(random() * 8));
    // Links between random nodes, self-loops on some leaves and a node whose only link is a self-loop.
    const keys = g.nodes();
    for (let i = 0; i < 10; i++) {
      const [a, b] = [keys[Math.floor(random() * keys.length)]!, keys[Math.floor(random() * keys.length)]!];
      if (!g.hasEdge(a, b)) g.addEdge(a, b, edge());
    }
    g.addNode('loop', { label: 'loop', type: 'city', extra: Object.create(null) });
    g.addEdge('loop', 'loop', edge());
    const all = { nodes: new Set(g.nodes()), edges: new Set(g.edges()) };
    // The same shown graph read through the sets: one more node in the graph, shown nowhere.
    const reference = g.copy();
    reference.addNode('hidden', { label: 'hidden', type: 'city', extra: Object.create(null) });
    for (const threshold of [1, 2, 4]) {
      const whole = findStars(g, all, threshold);
      if (threshold === 1) expect(whole.aggregates.length).toBeGreaterThan(3);
      expect(whole.aggregates).toEqual(findStars(reference, all, threshold).aggregates);
      expect(whole.aggregates).toEqual(findStars(g, {}, threshold).aggregates);
    }
  });

  it('starLabel says "4,791 cities use GlobaLeaks" for cities of a project and "linked to" otherwise', () => {
    const members = Array.from({ length: 4791 }, (_, i) => `c${i}`);
    expect(starLabel({ type: 'city', members }, 'project', 'GlobaLeaks')).toBe('4,791 cities use GlobaLeaks');
    expect(starLabel({ type: 'project', members: ['a', 'b'] }, 'firm', 'Acme')).toBe('2 projects linked to Acme');
    expect(starLabel({ type: 'funder', members: ['a'] }, 'project', 'X')).toBe('1 funder nodes linked to X');
  });
});

/**
 * What sigma's programs hold against what its own full `refresh()` writes,
 * compared in the page (the progressive fills and the sliced restyle write
 * into sigma's programs directly: src/ui/map/progressive-nodes.ts,
 * progressive-links.ts, sliced-restyle.ts).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * In the page: what sigma's programs hold now (every node and edge program's
 * buffer, each item's picking id and place) against what its own full
 * `refresh()` writes, run there; compared there too, so that no buffer of
 * 10⁶ floats crosses to the test. Returns the differences: counts with a few
 * examples, and per buffer the first differing float (-1: none).
 */
export const COMPARE_WITH_REFRESH = `(() => {
  const s = window.atlasMap.mapView.sigma;
  const parts = (p) => (p.array ? [p] : (p.programs || []).flatMap(parts));
  const snapshot = () => {
    const edgePrograms = {};
    for (const [type, p] of Object.entries(s.edgePrograms)) if (p.array) edgePrograms[type] = { capacity: p.capacity, array: p.array.slice() };
    const nodePrograms = {};
    for (const [type, p] of Object.entries(s.nodePrograms)) nodePrograms[type] = parts(p).map((q) => q.array.slice());
    return { edgePrograms, nodePrograms, edgeIds: { ...s.edgeIndices }, edgePlaces: { ...s.edgeProgramIndex }, nodeIds: { ...s.nodeIndices }, nodePlaces: { ...s.nodeProgramIndex }, items: Object.keys(s.itemIDsIndex).length };
  };
  const before = snapshot();
  s.refresh();
  const after = snapshot();
  const keyed = (a, b) => {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const examples = [];
    let count = 0;
    for (const k of keys) if (a[k] !== b[k]) { count++; if (examples.length < 5) examples.push(k + ': ' + a[k] + ' (refresh: ' + b[k] + ')'); }
    return { count, examples };
  };
  const first = (a, b) => { if (a.length !== b.length) return Math.min(a.length, b.length); for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i; return -1; };
  const edgePrograms = {};
  for (const [type, p] of Object.entries(after.edgePrograms)) {
    const q = before.edgePrograms[type];
    edgePrograms[type] = q ? { capacity: [q.capacity, p.capacity], first: first(q.array, p.array) } : { missing: true };
  }
  const nodePrograms = {};
  for (const [type, arrays] of Object.entries(after.nodePrograms)) nodePrograms[type] = arrays.map((a, i) => first(before.nodePrograms[type][i], a));
  return {
    edgeTypes: [Object.keys(before.edgePrograms).sort(), Object.keys(after.edgePrograms).sort()],
    edgeIds: keyed(before.edgeIds, after.edgeIds), edgePlaces: keyed(before.edgePlaces, after.edgePlaces),
    nodeIds: keyed(before.nodeIds, after.nodeIds), nodePlaces: keyed(before.nodePlaces, after.nodePlaces),
    items: [before.items, after.items], edgePrograms, nodePrograms,
  };
})()`;

type Keyed = { count: number; examples: string[] };
type Comparison = {
  edgeTypes: [string[], string[]];
  edgeIds: Keyed;
  edgePlaces: Keyed;
  nodeIds: Keyed;
  nodePlaces: Keyed;
  items: [number, number];
  edgePrograms: Record<string, { capacity?: [number, number]; first?: number; missing?: true }>;
  nodePrograms: Record<string, number[]>;
};

/** What sigma's programs hold now against what its own full `refresh()` writes: equal float for float, ids and places alike. */
export async function expectAsRefresh(page: Page, what: string): Promise<void> {
  const c = (await page.evaluate(COMPARE_WITH_REFRESH)) as Comparison;
  expect(c.edgeIds, `${what}: link ids`).toEqual({ count: 0, examples: [] });
  expect(c.edgePlaces, `${what}: link places`).toEqual({ count: 0, examples: [] });
  expect(c.items[0], `${what}: picking ids`).toBe(c.items[1]);
  expect(c.edgeTypes[0]).toEqual(c.edgeTypes[1]);
  for (const [type, p] of Object.entries(c.edgePrograms)) {
    expect(p.missing, `${what}: ${type} program`).toBeUndefined();
    expect(p.capacity![0], `${what}: ${type} capacity`).toBe(p.capacity![1]);
    expect(p.first, `${what}: ${type}, first differing float`).toBe(-1);
  }
  expect(c.nodeIds, `${what}: node ids`).toEqual({ count: 0, examples: [] });
  expect(c.nodePlaces, `${what}: node places`).toEqual({ count: 0, examples: [] });
  for (const [type, firsts] of Object.entries(c.nodePrograms))
    firsts.forEach((f, i) => expect(f, `${what}: node program ${type}[${i}], first differing float`).toBe(-1));
}

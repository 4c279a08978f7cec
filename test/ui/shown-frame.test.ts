/**
 * src/ui/map/shown-frame.ts: the map frames the shown nodes only when they
 * span clearly less than all nodes, and never a box of no size.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '../../src/core/graph/types';
import { FRAME_SHOWN_BELOW, sameFrame, shownFrame } from '../../src/ui/map/shown-frame';

/** A 10 × 10 grid of nodes at (i, j), named by their place; `__proto__` and `constructor` among them. */
function grid(): AtlasGraph {
  const g = new UndirectedGraph() as unknown as AtlasGraph;
  for (let i = 0; i < 10; i++)
    for (let j = 0; j < 10; j++) g.addNode(i === 0 && j === 0 ? '__proto__' : i === 0 && j === 1 ? 'constructor' : `${i},${j}`, { x: i, y: j } as never);
  g.addNode('unplaced', { x: Number.NaN, y: 3 } as never);
  return g;
}

describe('shownFrame', () => {
  it('frames the shown nodes when they span less than FRAME_SHOWN_BELOW of all', () => {
    const shown = new Set(['2,2', '3,4', '4,3', 'unplaced']);
    expect(shownFrame(grid(), shown)).toEqual({ x: [2, 4], y: [2, 4] });
  });

  it("keeps sigma's frame when all are shown, when the shown span most of the box on one axis, or none or one point is shown", () => {
    expect(FRAME_SHOWN_BELOW).toBeLessThanOrEqual(1);
    const g = grid();
    expect(shownFrame(g, null)).toBeNull();
    const wide = new Set(['0,5', '9,5']);
    expect(shownFrame(g, wide)).toBeNull();
    expect(shownFrame(g, new Set())).toBeNull();
    expect(shownFrame(g, new Set(['5,5']))).toBeNull();
    // A line (one axis of no size) is framed: sigma scales by the longer side.
    expect(shownFrame(g, new Set(['__proto__', 'constructor']))).toEqual({ x: [0, 0], y: [0, 1] });
  });

  it('reads user ids as data', () => {
    expect(shownFrame(grid(), new Set(['__proto__', '2,3']))).toEqual({ x: [0, 2], y: [0, 3] });
  });
});

describe('sameFrame', () => {
  it('compares to within a thousandth of the span; null only equals null', () => {
    const a = { x: [0, 100] as [number, number], y: [0, 50] as [number, number] };
    expect(sameFrame(a, { x: [0.05, 100], y: [0, 50] })).toBe(true);
    expect(sameFrame(a, { x: [0.5, 100], y: [0, 50] })).toBe(false);
    expect(sameFrame(null, null)).toBe(true);
    expect(sameFrame(a, null)).toBe(false);
  });
});

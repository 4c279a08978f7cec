/**
 * The node fill (src/ui/map/progressive-nodes.ts) ends although changes keep
 * restarting it (review of fbec7fd): MapView.refreshPositions restarts it on
 * every ForceAtlas2 tick (every 120 ms to a few hundred) and setStyle on
 * every style change (the timeline plays a step every 700 ms); a restart
 * throws the nodes' reduction away, so a fill of ~1 s at 100k nodes never
 * ended and a layout started while the nodes came left the map without
 * nodes until it stopped. Past MAX_RESTARTS, sigma's next process takes the
 * nodes over. Sigma is faked (no WebGL in Node): only what
 * progressive-nodes.ts touches; its process "writes" every node of the
 * display graph, as sigma's does.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it, vi } from 'vitest';

vi.mock('sigma', () => ({
  Camera: class {
    getState() {
      return { x: 0.5, y: 0.5, angle: 0, ratio: 1 };
    }
  },
}));

const { fillNodes, MAX_RESTARTS } = await import('../../src/ui/map/progressive-nodes');

function fakeSigma(display: UndirectedGraph) {
  const listeners = new Map<string, Set<() => void>>();
  const s = {
    activeListeners: {},
    needToProcess: false,
    nodeDataCache: {} as Record<string, { x: number; y: number; size: number; label: string; hidden: boolean; type: string; zIndex: number }>,
    nodeIndices: {} as Record<string, number>,
    itemIDsIndex: {} as Record<number, unknown>,
    nodeProgramIndex: {} as Record<string, number>,
    nodeZExtent: [Infinity, -Infinity],
    nodeExtent: { x: [0, 1], y: [0, 1] },
    normalizationFunction: { applyTo() {} },
    labelGrid: { resizeAndClear() {}, add() {}, organize() {} },
    nodePrograms: { circle: { reallocate() {} } },
    customBBox: null as unknown,
    written: 0,
    on(e: string, f: () => void) {
      if (!listeners.has(e)) listeners.set(e, new Set());
      listeners.get(e)!.add(f);
    },
    off(e: string, f: () => void) {
      listeners.get(e)?.delete(f);
    },
    processes: 0,
    scheduleRender() {
      setTimeout(() => {
        // Sigma's render processes the graph first when a process is due: every node of the display graph is written.
        if (s.needToProcess) {
          for (const f of listeners.get('beforeProcess') ?? []) f();
          s.processes++;
          s.written = display.order;
          s.needToProcess = false;
        }
        for (const f of listeners.get('beforeRender') ?? []) f();
        for (const f of listeners.get('afterRender') ?? []) f();
      }, 16);
    },
    scheduleRefresh() {
      s.needToProcess = true;
      s.scheduleRender();
    },
    setCustomBBox(b: unknown) {
      s.customBBox = b;
    },
    getCustomBBox: () => s.customBBox,
    getSetting: (k: string) => (k === 'zIndex' ? true : 100),
    getDimensions: () => ({ width: 800, height: 600 }),
    getGraphDimensions: () => ({ width: 1, height: 1 }),
    getStagePadding: () => 30,
    framedGraphToViewport: () => ({ x: 0, y: 0 }),
    addNode(node: string) {
      // About what sigma's addNode (reducer + defaults) costs per node on a loaded machine: 10 µs.
      const until = performance.now() + 0.01;
      while (performance.now() < until);
      s.nodeDataCache[node] = { x: 0, y: 0, size: 2, label: node, hidden: false, type: 'circle', zIndex: 0 };
    },
    addNodeToProgram(node: string, _id: number, place: number) {
      s.nodeProgramIndex[node] = place;
      s.written++;
    },
  };
  return s;
}

describe('fillNodes', () => {
  it('completes although it is restarted every 120 ms (a ForceAtlas2 tick calling refreshPositions)', async () => {
    const source = new UndirectedGraph();
    for (let i = 0; i < 60_000; i++) source.addNode(`n${i}`, { x: Math.random(), y: Math.random() });
    const display = new UndirectedGraph();
    const sigma = fakeSigma(display);
    // biome-ignore lint/suspicious/noExplicitAny: a fake of sigma's internals
    const fill = fillNodes(sigma as any, display as any, source as any, { frame: null, sliceMs: 30 });
    const ticks = setInterval(() => fill.restart(null), 120);
    // Generous: it ends on the third tick's frame (~0.4 s); before, it never did.
    const finished = await Promise.race([fill.complete, new Promise<string>((r) => setTimeout(() => r('not done after 8 s'), 8000))]);
    clearInterval(ticks);
    fill.stop();
    expect({ finished, added: fill.added, done: fill.done }).toEqual({ finished: true, added: 60_000, done: true });
    // Sigma's process took the nodes over, once, and wrote every node.
    expect(sigma.processes).toBe(1);
    expect(sigma.written).toBe(60_000);
  }, 15_000);

  it(`restarts the fill itself up to MAX_RESTARTS (${MAX_RESTARTS}) times, the nodes then written by the fill, not by sigma's process`, async () => {
    const source = new UndirectedGraph();
    for (let i = 0; i < 20_000; i++) source.addNode(`n${i}`, { x: i % 100, y: Math.floor(i / 100) });
    const display = new UndirectedGraph();
    const sigma = fakeSigma(display);
    // biome-ignore lint/suspicious/noExplicitAny: a fake of sigma's internals
    const fill = fillNodes(sigma as any, display as any, source as any, { frame: null, sliceMs: 30 });
    // Restart after each of the first slices that reduced nodes (a resize, then a style change).
    for (let r = 0; r < MAX_RESTARTS; r++) {
      const reducedBefore = Object.keys(sigma.nodeDataCache).length;
      await vi.waitUntil(() => Object.keys(sigma.nodeDataCache).length > reducedBefore, { timeout: 8000, interval: 5 });
      expect(fill.restart(null)).toBe(true);
    }
    expect(await fill.complete).toBe(true);
    expect(sigma.processes).toBe(0);
    expect(sigma.written).toBe(20_000);
  }, 15_000);

  it('without restarts the fill writes every node itself', async () => {
    const source = new UndirectedGraph();
    for (let i = 0; i < 60_000; i++) source.addNode(`n${i}`, { x: Math.random(), y: Math.random() });
    const display = new UndirectedGraph();
    const sigma = fakeSigma(display);
    // biome-ignore lint/suspicious/noExplicitAny: a fake of sigma's internals
    const fill = fillNodes(sigma as any, display as any, source as any, { frame: null, sliceMs: 30 });
    expect(await fill.complete).toBe(true);
    expect(sigma.written).toBe(60_000);
    expect(sigma.processes).toBe(0);
  }, 10_000);
});

/**
 * The map's progressive node fill (src/ui/map/progressive-nodes.ts), in
 * Chromium on a loaded file of 16,600 nodes and 28,000 links (above
 * WHOLE_MAP_MAX_NODES and WHOLE_MAP_MAX_LINKS): the task that builds the map
 * gives sigma no node (they come in later tasks, in timed slices, and sigma
 * never processes the graph meanwhile); a selection and a colour change made
 * while they come start the fill over with the new style; once filled,
 * sigma's node programs, picking ids, places, label grid and forced labels
 * are what its own full `refresh()` writes, and a node under the pointer is
 * picked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, type Harness } from './browser';
import { generatedFile } from './generated-file';
import { expectAsRefresh } from './sigma-programs';

/** The label grid's cells, forced labels, highlighted nodes and z extent of the map's sigma, as plain data. */
const LABEL_STATE = `(() => {
  const s = window.atlasMap.mapView.sigma;
  const cells = {};
  for (const [k, cell] of Object.entries(s.labelGrid.cells)) cells[k] = cell.map((c) => c.key + ':' + c.size);
  return { cells, forced: [...s.nodesWithForcedLabels].sort(), highlighted: [...s.highlightedNodes].sort(), z: s.nodeZExtent, extent: s.nodeExtent, grid: [s.labelGrid.columns, s.labelGrid.rows] };
})()`;

describe('the map fills its nodes progressively', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('builds a map of 16,600 nodes with none in sigma, fills them in slices, restarts on a style change, and ends as sigma would draw it', async () => {
    const errors: string[] = [];
    const page: Page = await openApp(h, '', errors, 120_000);
    const { text, nodes, links } = generatedFile();
    // Above both bounds of a map drawn whole (map-view.ts: 10,000 nodes, 10,000 links).
    expect(nodes).toBeGreaterThan(16_000);
    expect(links).toBeGreaterThan(27_000);
    await page.evaluate((t) => {
      (window as unknown as { __text: string }).__text = t;
    }, text);
    const built = (await page.evaluate(
      `(async () => {
        const app = window.atlas;
        performance.clearMeasures('atlas:nodes-slice');
        let proto = null;
        let process = null;
        let processes = 0;
        let atBuild = null;
        let atChange = null;
        // Added after the map's listener: the new map exists, in the task that built it.
        const unsubscribe = app.store.subscribe((s, prev) => {
          if (s.dataset === prev.dataset) return;
          const map = window.atlasMap.mapView;
          // Sigma's processes from now on (its constructor processed the empty graph).
          proto = Object.getPrototypeOf(map.sigma);
          process = proto.process;
          proto.process = function (...args) {
            processes++;
            return process.apply(this, args);
          };
          atBuild = { order: map.sigma.getGraph().order, total: app.derived.view(s).graph.order, ids: Object.keys(map.sigma.nodeIndices).length };
          // After the fill's first slice (its timer was set first): select a city and colour by community while the nodes come.
          setTimeout(() => {
            const filling = map.nodesFilling;
            app.store.set({ selected: 'City 5', colorBy: { kind: 'community' } });
            atChange = { added: map.sigma.getGraph().order, filling, style: document.querySelector('#map').dataset.mapStyle };
          }, 0);
        });
        try {
          const outcome = await app.load({ input: { edges: { name: 'generated.csv', text: window.__text } }, source: { title: 'generated.csv', kind: 'files', files: ['generated.csv'] } });
          if (outcome.status !== 'done') throw new Error(outcome.status);
          const map = () => document.querySelector('#map').dataset;
          await new Promise((resolve) => {
            const poll = () => (map().mapLinks === 'complete' && map().mapStyle === 'done' ? resolve() : setTimeout(poll, 20));
            poll();
          });
        } finally {
          unsubscribe();
          if (proto) proto.process = process;
        }
        const sigma = window.atlasMap.mapView.sigma;
        return {
          atBuild,
          atChange,
          processes,
          slices: performance.getEntriesByName('atlas:nodes-slice').length,
          order: sigma.getGraph().order,
          ids: Object.keys(sigma.nodeIndices).length,
        };
      })()`,
    )) as {
      atBuild: { order: number; total: number; ids: number };
      atChange: { added: number; filling: boolean; style: string | undefined };
      processes: number;
      slices: number;
      order: number;
      ids: number;
    };
    expect(built.atBuild.total).toBe(nodes);
    expect(built.atBuild.order, 'nodes in sigma in the task that built the map').toBe(0);
    expect(built.atBuild.ids).toBe(0);
    expect(built.atChange.filling, 'the style changed while the nodes came').toBe(true);
    expect(built.atChange.style).toBe('updating');
    expect(built.slices, 'node slices').toBeGreaterThan(1);
    // No process of the whole graph while it filled (the links are written as they come too).
    expect(built.processes).toBe(0);
    expect(built.order).toBe(nodes);
    expect(built.ids).toBe(nodes);
    expect(await page.evaluate('window.atlasMap.mapView.sigma.getGraph().size')).toBe(links);

    // The selection made while the nodes came moved the camera to the city once they were all in.
    await page.waitForFunction(`!window.atlasMap.mapView.sigma.getCamera().isAnimated()`, undefined, { timeout: 30_000 });
    const focus = (await page.evaluate(`(() => {
      const s = window.atlasMap.mapView.sigma;
      const d = s.getNodeDisplayData('City 5');
      const c = s.getCamera().getState();
      return { dx: Math.abs(c.x - d.x), dy: Math.abs(c.y - d.y), ratio: c.ratio };
    })()`)) as { dx: number; dy: number; ratio: number };
    expect(focus.ratio).toBeCloseTo(0.35, 5);
    expect(Math.max(focus.dx, focus.dy)).toBeLessThan(1e-6);
    // The selection: faded, emphasised and labelled nodes (three zIndex levels) in sigma's order.
    const z = (await page.evaluate(`(() => {
      const s = window.atlasMap.mapView.sigma;
      return [...new Set(Object.values(s.nodeDataCache).map((d) => d.zIndex))].sort();
    })()`)) as number[];
    expect(z.length).toBeGreaterThan(1);
    const labels = await page.evaluate(LABEL_STATE);
    await expectAsRefresh(page, 'after the node fill');
    expect(await page.evaluate(LABEL_STATE), 'label grid, forced labels, highlighted, extents').toEqual(labels);

    // Picking: the pointer on the selected city's disc hovers it (sigma reads the node's picking id back).
    await page.evaluate(`window.atlas.store.set({ selected: null })`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#map')?.dataset['mapStyle'] === 'done', undefined, { timeout: 60_000 });
    await page.waitForFunction(`!window.atlasMap.mapView.sigma.getCamera().isAnimated()`, undefined, { timeout: 30_000 });
    const at = (await page.evaluate(`(() => {
      const s = window.atlasMap.mapView.sigma;
      const d = s.getNodeDisplayData('City 5');
      const p = s.framedGraphToViewport(d);
      const box = s.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    })()`)) as { x: number; y: number };
    await page.mouse.move(at.x + 40, at.y + 40);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await page.waitForFunction(`window.atlas.store.get().hovered !== null`, undefined, { timeout: 30_000 });
    const hovered = (await page.evaluate(`(() => {
      const s = window.atlasMap.mapView.sigma;
      const node = window.atlas.store.get().hovered;
      const d = s.getNodeDisplayData(node);
      const p = s.framedGraphToViewport(d);
      const box = s.getContainer().getBoundingClientRect();
      return { node, distance: Math.hypot(box.left + p.x - ${at.x}, box.top + p.y - ${at.y}), radius: s.scaleSize(d.size) };
    })()`)) as { node: string; distance: number; radius: number };
    // City 5 or a node drawn over it: under the pointer either way.
    expect(hovered.distance).toBeLessThanOrEqual(hovered.radius + 1);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});

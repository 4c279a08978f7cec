/**
 * A large map's first frame with its nodes shows the clear home camera
 * (fit-camera.ts `keepHomeClear`, `now`): the home is worked out once the
 * node fill's last slice is written, before the frame it asks for, instead
 * of after that frame at sigma's own home camera — a second frame cost
 * ~1.5 s at 100,000 nodes under software WebGL (issue 14). In Chromium on a
 * generated file of 16,600 nodes (its nodes come in slices): sigma's renders
 * are counted from the map's build to the first that draws every node at
 * the home camera the map keeps.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';
import { openWithGeneratedFile } from './generated-file';

/** A render of sigma: how many nodes it drew from and the camera it drew at. */
interface Render {
  nodes: number;
  camera: { x: number; y: number; ratio: number };
  homes: number;
}

describe("a large map's first frame", () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    page = await openWithGeneratedFile(h);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('draws its nodes at the clear home camera: one render, not two', async () => {
    const { renders, home, total } = (await page.evaluate(`(async () => {
      const app = window.atlas;
      const renders = [];
      let sigma = null;
      const unsubscribe = app.store.subscribe((s, prev) => {
        if (s.dataset === prev.dataset || sigma) return;
        // The map was built by an earlier listener of this change: every render after its build is counted.
        sigma = window.atlasMap.mapView.sigma;
        const start = performance.getEntriesByName('atlas:home-camera').length;
        sigma.on('afterRender', () => {
          const c = sigma.getCamera().getState();
          renders.push({ nodes: sigma.getGraph().order, camera: { x: c.x, y: c.y, ratio: c.ratio }, homes: performance.getEntriesByName('atlas:home-camera').length - start });
        });
      });
      try {
        const outcome = await app.load({ input: { edges: { name: 'generated.csv', text: window.__text } }, source: { title: 'generated.csv', kind: 'files', files: ['generated.csv'] } });
        if (outcome.status !== 'done') throw new Error(outcome.status);
        await new Promise((resolve) => {
          const poll = () => (document.querySelector('#map').dataset.mapLinks === 'complete' && !sigma.getCamera().isAnimated() ? resolve() : setTimeout(poll, 20));
          poll();
        });
      } finally {
        unsubscribe();
      }
      const c = sigma.getCamera().getState();
      return { renders, home: { x: c.x, y: c.y, ratio: c.ratio }, total: window.atlas.derived.view(window.atlas.store.get()).graph.order };
    })()`)) as { renders: Render[]; home: Render['camera']; total: number };
    // The home the map keeps is not sigma's own (the margins and the legend make it differ), else the count says nothing.
    expect(Math.abs(home.ratio - 1) + Math.abs(home.x - 0.5) + Math.abs(home.y - 0.5)).toBeGreaterThan(0.01);
    const near = (a: Render['camera']) => Math.abs(a.x - home.x) < 1e-6 && Math.abs(a.y - home.y) < 1e-6 && Math.abs(a.ratio - home.ratio) < 1e-6;
    const first = renders.findIndex((r) => r.nodes === total && near(r.camera));
    expect(first, JSON.stringify(renders.slice(0, 4))).toBeGreaterThanOrEqual(0);
    expect(first + 1, `renders up to the first at home: ${JSON.stringify(renders.slice(0, first + 1))}`).toBe(1);
    expect(renders[first]!.homes, 'home camera worked out once').toBe(1);
  }, 180_000);
});

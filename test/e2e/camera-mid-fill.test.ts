/**
 * Camera moves asked for while a large map's nodes come (map-view.ts waits
 * for them): the latest one wins, as animations do. Review of fbec7fd: a
 * focus cleared while the nodes came left the camera on the old
 * neighbourhood once they were in, and a share link's camera was replaced by
 * its selection's move. In Chromium on a generated file of 16,600 nodes
 * (its nodes come in slices).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';
import { openWithGeneratedFile } from './generated-file';

/**
 * Loads the generated file and runs `act` (a function body, given `app` and `map`) in the first task after the one
 * that built the map, while its nodes come; resolves with whether they were still coming then, once every link is in
 * and the camera is still.
 */
async function actWhileFilling(page: Page, act: string): Promise<{ filling: boolean; camera: { x: number; y: number; ratio: number } }> {
  return (await page.evaluate(`(async () => {
    const app = window.atlas;
    let filling = null;
    const unsubscribe = app.store.subscribe((s, prev) => {
      if (s.dataset === prev.dataset) return;
      const map = window.atlasMap.mapView;
      setTimeout(() => {
        filling = map.nodesFilling;
        ${act}
      }, 0);
    });
    try {
      const outcome = await app.load({ input: { edges: { name: 'generated.csv', text: window.__text } }, source: { title: 'generated.csv', kind: 'files', files: ['generated.csv'] } });
      if (outcome.status !== 'done') throw new Error(outcome.status);
      const data = () => document.querySelector('#map').dataset;
      await new Promise((resolve) => {
        const poll = () => (data().mapLinks === 'complete' && !window.atlasMap.mapView.sigma.getCamera().isAnimated() ? resolve() : setTimeout(poll, 20));
        poll();
      });
    } finally {
      unsubscribe();
    }
    // Two frames more: a move that was waiting for the nodes would have begun.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((resolve) => {
      const poll = () => (!window.atlasMap.mapView.sigma.getCamera().isAnimated() ? resolve() : setTimeout(poll, 20));
      poll();
    });
    const c = window.atlasMap.mapView.sigma.getCamera().getState();
    return { filling, camera: { x: c.x, y: c.y, ratio: c.ratio } };
  })()`)) as { filling: boolean; camera: { x: number; y: number; ratio: number } };
}

describe('camera moves while a large map fills its nodes', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    page = await openWithGeneratedFile(h);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('a focus cleared while the nodes come leaves the camera on everything shown, not on the old neighbourhood', async () => {
    const { filling, camera } = await actWhileFilling(
      page,
      `app.store.set({ selected: 'City 5' });
       app.store.set({ focus: { node: 'City 5', hops: 1 } });
       app.store.set({ focus: null });`,
    );
    expect(filling, 'the nodes were still coming').toBe(true);
    // City 5's neighbourhood (two projects and their cities) is a small part of the map: fitted, the ratio is far below 0.5.
    expect(camera.ratio).toBeGreaterThan(0.5);
  }, 180_000);

  it("a share link's camera, applied after its selection while the nodes come, is where the camera ends", async () => {
    const { filling, camera } = await actWhileFilling(
      page,
      `app.store.set({ selected: null, focus: null });
       void window.atlasUrlSync.apply('?selected=City%207&camera=0.2,0.3,0.8');`,
    );
    expect(filling).toBe(true);
    expect(camera.x).toBeCloseTo(0.2, 6);
    expect(camera.y).toBeCloseTo(0.3, 6);
    expect(camera.ratio).toBeCloseTo(0.8, 6);
  }, 180_000);
});

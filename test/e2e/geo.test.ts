/**
 * The geographic layout of the municipal catalogue in Chromium: the camera's
 * fit shows the located nodes large (not a world shrunk inside a ring of
 * unlocated nodes), the 94 nodes without coordinates in their component sit
 * in a labelled strip beside the map, and zoomed in on northern Italy the
 * cities are separate discs (sizes stay fixed in pixels when zooming in;
 * aggregated stars turned off so that every located city is drawn).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, type Harness } from './browser';
import { municipalSuite, type MunicipalData } from './data-server';
import { inkShare } from './pixels';

/** Waits until the outline is drawn and the camera's move to the whole graph has ended. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const moving = (window as unknown as AtlasTestWindow).atlasMap.mapView?.sigma.getCamera().isAnimated() ?? true;
      return !moving && document.getElementById('basemap')?.dataset['basemap'] === 'drawn';
    },
    undefined,
    { timeout: 60_000 },
  );
}

interface Rect {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

describe('the geographic layout of the municipal catalogue', () => {
  let h: Harness;
  let data: MunicipalData;
  let page: Page;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });
  beforeAll(async () => {
    page = await openApp(h, `${data.query}&layout=geo`);
    await settled(page);
    // Fold the legend: whether its open box meets a node at the map's top right depends on the fonts' metrics, and
    // the camera then fits beside it (fit-camera.ts, tested in legend-clear tests). Three frames let the home camera
    // follow the legend's new size (keepHomeClear refits after the render that follows the resize).
    await page.locator('.legend-toggle').first().click();
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma;
          let frames = 0;
          const after = () => {
            if (++frames < 3) return void sigma.scheduleRender();
            sigma.off('afterRender', after);
            resolve();
          };
          sigma.on('afterRender', after);
          sigma.scheduleRender();
        }),
    );
    await settled(page);
  }, 180_000);

  it('fits the located nodes to the map and puts the nodes without coordinates in a labelled strip beside them', async () => {
    const r = await page.evaluate(() => {
      const w = window as unknown as AtlasTestWindow;
      const sigma = w.atlasMap.mapView!.sigma;
      const graph = sigma.getGraph();
      const strip = w.atlasMap.geoStrip!;
      const box = (): Rect => ({ minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity });
      const [located, inStrip] = [box(), box()];
      let stripNodes = 0;
      graph.forEachNode((_n, a) => {
        const p = sigma.graphToViewport({ x: a.x!, y: a.y! });
        const inside = a.x! >= strip.box.minX && a.x! <= strip.box.maxX && a.y! >= strip.box.minY && a.y! <= strip.box.maxY;
        const b = typeof a.lat === 'number' ? located : inside ? inStrip : null;
        if (inside) stripNodes++;
        if (!b) return;
        b.minX = Math.min(b.minX, p.x);
        b.maxX = Math.max(b.maxX, p.x);
        b.minY = Math.min(b.minY, p.y);
        b.maxY = Math.max(b.maxY, p.y);
      });
      const header = sigma.graphToViewport({ x: strip.box.minX, y: strip.box.maxY });
      const headerEnd = sigma.graphToViewport({ x: strip.box.maxX, y: strip.box.maxY - strip.header });
      return {
        ...sigma.getDimensions(),
        located,
        inStrip,
        stripNodes,
        count: strip.count,
        header: { x: header.x, y: header.y, width: headerEnd.x - header.x, height: headerEnd.y - header.y },
      };
    });
    // The located nodes span most of the map (the world is wider than tall: the width), all on screen.
    const share = Math.max((r.located.maxX - r.located.minX) / r.width, (r.located.maxY - r.located.minY) / r.height);
    expect(share).toBeGreaterThan(0.8);
    for (const b of [r.located, r.inStrip]) {
      expect(b.minX).toBeGreaterThanOrEqual(0);
      expect(b.maxX).toBeLessThanOrEqual(r.width);
      expect(b.minY).toBeGreaterThanOrEqual(0);
      expect(b.maxY).toBeLessThanOrEqual(r.height);
    }
    // The strip holds the 94 nodes whose component has no coordinates, apart from the located nodes.
    expect(r.count).toBe(94);
    expect(r.stripNodes).toBe(94);
    const apart = r.inStrip.minY > r.located.maxY || r.inStrip.minX > r.located.maxX;
    expect(apart).toBe(true);
    // Its label is drawn in the band above its nodes ("No coordinates: 94 nodes").
    const map = (await page.locator('#map').boundingBox())!;
    const band = await page.screenshot({
      clip: { x: map.x + r.header.x, y: map.y + r.header.y, width: Math.min(160, r.header.width), height: r.header.height },
    });
    expect(inkShare(band)).toBeGreaterThan(0.03);
    await page.screenshot({ path: '/tmp/atlas-geo-municipal.png' });
  });

  it('zoomed in on northern Italy, the cities are separate discs: sizes stay fixed in pixels, distances grow', async () => {
    // Every located city drawn: GlobaLeaks's grouped leaves include Italian cities with coordinates.
    await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.set({ stars: 0 }));
    const r = await page.evaluate(async () => {
      const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma;
      const milan = sigma.getNodeDisplayData('Comune di Milano')!;
      await sigma.getCamera().animate({ x: milan.x, y: milan.y, ratio: 0.02 }, { duration: 0 });
      sigma.refresh({ skipIndexation: true });
      const { width, height } = sigma.getDimensions();
      const discs: { x: number; y: number; r: number }[] = [];
      sigma.getGraph().forEachNode((node, a) => {
        if (typeof a.lat !== 'number') return;
        const d = sigma.getNodeDisplayData(node)!;
        const p = sigma.framedGraphToViewport(d);
        if (!d.hidden && p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height) discs.push({ x: p.x, y: p.y, r: sigma.scaleSize(d.size) });
      });
      let overlapping = 0;
      for (const a of discs) if (discs.some((b) => b !== a && Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r)) overlapping++;
      return { ratio: sigma.getCamera().ratio, sizeScale: sigma.scaleSize(1), discs: discs.length, overlapping };
    });
    expect(r.ratio).toBeCloseTo(0.02, 6);
    // Sigma's default would draw every node 1/√0.02 ≈ 7 times larger here.
    expect(r.sizeScale).toBe(1);
    expect(r.discs).toBeGreaterThan(15);
    expect(r.overlapping / r.discs).toBeLessThan(0.5);
    await page.screenshot({ path: '/tmp/atlas-geo-northern-italy.png' });
  });
});

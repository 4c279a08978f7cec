/**
 * The geographic layout of the municipal catalogue with the legend open, at
 * 800 × 600 and 1280 × 720: no node's disc — located, or in the strip of
 * nodes without coordinates — and neither the strip's box nor its label
 * meets the legend's box (map/fit-camera.ts fits the whole graph clear of it, the
 * strip's box included). The legend is measured in the page, never assumed:
 * its size depends on the fonts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import type { Harness } from './browser';
import { municipalSuite, type MunicipalData } from './data-server';

/** Waits until the outline is drawn, the camera still, and `frames` more frames rendered (the home camera follows the legend's size after a render). */
async function settled(page: Page, frames = 3): Promise<void> {
  const still = () => {
    const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView?.sigma;
    return sigma !== undefined && !sigma.getCamera().isAnimated() && document.getElementById('basemap')?.dataset['basemap'] === 'drawn';
  };
  await page.waitForFunction(still, undefined, { timeout: 120_000 });
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma;
        let seen = 0;
        const after = () => {
          if (++seen < count) return void sigma.scheduleRender();
          sigma.off('afterRender', after);
          resolve();
        };
        sigma.on('afterRender', after);
        sigma.scheduleRender();
      }),
    frames,
  );
  await page.waitForFunction(still, undefined, { timeout: 60_000 });
}

describe('the geographic layout beside the open legend', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  for (const [width, height] of [
    [800, 600],
    [1280, 720],
  ] as const)
    it(`at ${width} × ${height}, no node and not the strip of nodes without coordinates lies under the legend`, async () => {
      const page = await h.context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`${h.baseUrl}${data.query}&layout=geo`);
      await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 120_000 });
      await settled(page);
      // A small map starts with the legend folded: open it, as a reader would.
      const toggle = page.locator('.legend-toggle').first();
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      await settled(page);
      const r = await page.evaluate(() => {
        const w = window as unknown as AtlasTestWindow;
        const sigma = w.atlasMap.mapView!.sigma;
        const strip = w.atlasMap.geoStrip!;
        const map = sigma.getContainer().getBoundingClientRect();
        const l = document.querySelector('.legend-overlay')!.getBoundingClientRect();
        const legend = { left: l.left - map.left, right: l.right - map.left, top: l.top - map.top, bottom: l.bottom - map.top };
        const meets = (b: { left: number; right: number; top: number; bottom: number }) =>
          b.right > legend.left && b.left < legend.right && b.bottom > legend.top && b.top < legend.bottom;
        const under: string[] = [];
        let [stripNodes, shown, outside] = [0, 0, 0];
        sigma.getGraph().forEachNode((node, a) => {
          const d = sigma.getNodeDisplayData(node);
          if (!d || d.hidden) return;
          shown++;
          const inStrip = a.x! >= strip.box.minX && a.x! <= strip.box.maxX && a.y! >= strip.box.minY && a.y! <= strip.box.maxY;
          const p = sigma.framedGraphToViewport(d);
          const r = sigma.scaleSize(d.size);
          if (inStrip) {
            stripNodes++;
            if (p.x < 0 || p.y < 0 || p.x > map.width || p.y > map.height) outside++;
          }
          if (meets({ left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r })) under.push(node);
        });
        const [c1, c2] = [sigma.graphToViewport({ x: strip.box.minX, y: strip.box.maxY }), sigma.graphToViewport({ x: strip.box.maxX, y: strip.box.minY })];
        const box = { left: Math.min(c1.x, c2.x), right: Math.max(c1.x, c2.x), top: Math.min(c1.y, c2.y), bottom: Math.max(c1.y, c2.y) };
        // The strip's label: in its header band when tall enough, else above the box (basemap.ts), as wide as the text.
        const headerPx = Math.abs(sigma.graphToViewport({ x: strip.box.minX, y: strip.box.maxY - strip.header }).y - c1.y);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
        const text = ctx.measureText(`No coordinates: ${strip.count} nodes`).width;
        const top = headerPx >= 16 ? box.top : box.top - 17;
        const label = { left: box.left + 6, right: box.left + 6 + text, top, bottom: top + Math.max(16, Math.min(headerPx, 17)) };
        return {
          legend,
          open: l.height > 60,
          under,
          shown,
          stripNodes,
          outside,
          box,
          boxUnder: meets(box),
          labelUnder: meets(label),
          map: { width: map.width, height: map.height },
        };
      });
      await page.screenshot({ path: `/tmp/atlas-geo-legend-${width}.png` });
      expect(r.open).toBe(true);
      expect(r.shown).toBeGreaterThan(1000);
      expect(r.stripNodes).toBe(94);
      expect(r.outside).toBe(0);
      expect(r.under).toEqual([]);
      expect(r.boxUnder).toBe(false);
      expect(r.labelUnder).toBe(false);
      // The strip's labelled box is on the map.
      expect(r.box.left).toBeGreaterThanOrEqual(-1);
      expect(r.box.top).toBeGreaterThanOrEqual(-1);
      expect(r.box.right).toBeLessThanOrEqual(r.map.width + 1);
      expect(r.box.bottom).toBeLessThanOrEqual(r.map.height + 1);
      await page.close();
    }, 240_000);
});

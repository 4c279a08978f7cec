/**
 * The open legend over the map's top-right corner hides no node on first
 * load, nor after "Fit to screen", at 1024 and 1280 pixels wide — on the
 * default data and the municipal catalogue (map/fit-camera.ts fits the camera
 * clear of the legend). A node is hidden when its disc, as sigma draws it,
 * meets the legend's box.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import type { Harness } from './browser';
import { municipalSuite, type MunicipalData } from './data-server';

/** Shown nodes whose disc meets the legend's box, once the camera is still; and how many nodes are shown. */
async function underLegend(page: Page): Promise<{ under: string[]; shown: number }> {
  await page.waitForFunction(() => {
    const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView?.sigma;
    return sigma !== undefined && !sigma.getCamera().isAnimated();
  });
  return page.evaluate(() => {
    const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma;
    const map = sigma.getContainer().getBoundingClientRect();
    const legend = document.querySelector('.legend-overlay')!.getBoundingClientRect();
    const under: string[] = [];
    let shown = 0;
    for (const node of sigma.getGraph().nodes()) {
      const d = sigma.getNodeDisplayData(node);
      if (!d || d.hidden) continue;
      shown++;
      const p = sigma.framedGraphToViewport(d);
      const r = sigma.scaleSize(d.size);
      const [x, y] = [map.left + p.x, map.top + p.y];
      if (x + r > legend.left && x - r < legend.right && y + r > legend.top && y - r < legend.bottom) under.push(node);
    }
    return { under, shown };
  });
}

describe('the legend over the map', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  for (const width of [1024, 1280])
    for (const dataset of ['default', 'municipal'])
      it(`hides no node at ${width} px on the ${dataset} data, on load and after Fit to screen`, async () => {
        const page = await h.context.newPage();
        await page.setViewportSize({ width, height: width === 1024 ? 768 : 720 });
        await page.goto(h.baseUrl + (dataset === 'municipal' ? data.query : ''));
        await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 120_000 });
        expect(await page.locator('.legend-overlay').getAttribute('class')).not.toContain('collapsed');
        const first = await underLegend(page);
        expect(first.shown).toBeGreaterThan(100);
        expect(first.under).toEqual([]);
        await page.screenshot({ path: `/tmp/atlas-legend-${dataset}-${width}.png` });
        await page.getByRole('button', { name: 'Fit to screen' }).click();
        expect((await underLegend(page)).under).toEqual([]);
        await page.close();
      }, 180_000);
});

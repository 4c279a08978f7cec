/**
 * Sizes that fit the view, in Chromium: on the municipal catalogue the map's
 * radius range is the one the rule gives for its width and height (worked
 * out here from the degrees, independently of core/style/size.ts), every
 * drawn node keeps at least 2 px, and the legend's largest size sample is
 * drawn at the map's largest radius; the default data keeps 3–18 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, type Harness } from './browser';
import { municipalSuite, type MunicipalData } from './data-server';

/** The map's radius range and size, the rule's range from the degrees, the smallest drawn size and the legend's largest sample radius. */
function sizes(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as AtlasTestWindow;
    const view = w.atlasMap.mapView!;
    const { width, height } = view.sigma.getDimensions();
    const graph = w.atlas.derived.view(w.atlas.store.get())!.graph;
    // The rule: radii 3–18 by sqrt(degree / top), shrunk by k so the discs cover 15% of the map, floors 2 and 5.
    let top = 0;
    graph.forEachNode((n) => {
      top = Math.max(top, graph.degree(n));
    });
    let sum = 0;
    graph.forEachNode((n) => {
      const r = 3 + 15 * Math.sqrt(graph.degree(n) / top);
      sum += r * r;
    });
    const k = Math.min(1, Math.sqrt((0.15 * width * height) / (Math.PI * sum)));
    let smallest = Infinity;
    view.sigma.getGraph().forEachNode((n) => {
      const d = view.sigma.getNodeDisplayData(n);
      if (d && !d.hidden) smallest = Math.min(smallest, d.size);
    });
    const swatches = [...document.querySelectorAll('#legend circle')].map((c) => Number(c.getAttribute('r')));
    return {
      map: [view.nodeSizes.minRadius, view.nodeSizes.maxRadius],
      rule: [Math.min(3, Math.max(2, 3 * k)), Math.min(18, Math.max(5, 18 * k))],
      smallest,
      legendLargest: Math.max(...swatches),
    };
  });
}

describe('sizes that fit the view, in Chromium', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  it('the municipal catalogue: the rule’s range (shrunk), at least 2 px, the legend at the map’s radii', async () => {
    const page = await openApp(h, data.query);
    const s = await sizes(page);
    expect(s.map[0]).toBeCloseTo(s.rule[0]!, 9);
    expect(s.map[1]).toBeCloseTo(s.rule[1]!, 9);
    expect(s.map[1]).toBeLessThan(18);
    expect(s.smallest).toBeGreaterThanOrEqual(2);
    // The legend draws its samples at two thirds of the radius (legend.ts); its largest is the largest value's.
    expect(s.legendLargest).toBeCloseTo(Math.max(2, s.map[1]! / 1.5), 6);
    await page.close();
  });

  it('the default data keeps 3–18 px', async () => {
    const page = await openApp(h, '');
    const s = await sizes(page);
    expect(s.map).toEqual([3, 18]);
    expect(s.rule).toEqual([3, 18]);
    expect(s.legendLargest).toBeCloseTo(12, 6);
    await page.close();
  });
});

/**
 * A large map keeps the size it opens with (issue 14): the timeline bar
 * under it is shown (or hidden) at its final height in the task that sets
 * the new graph (timeline.ts `placeholder`), its years filled in a task of
 * their own. Before, the bar came ~0.35 s later, 90 px tall: the map
 * shrank while its nodes came and they started over (and grew back going to
 * an undated file). In Chromium on a generated file of 16,600 nodes,
 * undated after the (dated) default data, then dated.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, type Harness } from './browser';
import { generatedFile } from './generated-file';

interface Opening {
  /** The map's size at the end of the task that set the graph (after its listeners). */
  opened: string;
  /** Every size the map's ResizeObserver reported from then to data-map-links=complete. */
  reported: string[];
  /** Sigma's dimension changes, with the node-fill slices measured before each. */
  resized: { to: string; slicesBefore: number }[];
  timeline: { hidden: boolean; height: number };
  slices: number;
}

/** Loads `text` (a global of the page) and records how the map's size moved until every link is drawn. */
async function open(page: Page, global: string): Promise<Opening> {
  return (await page.evaluate(`(async () => {
    const app = window.atlas;
    const map = document.querySelector('#map');
    const size = () => map.offsetWidth + 'x' + map.offsetHeight;
    const slices = () => performance.getEntriesByName('atlas:nodes-slice').length;
    const out = { opened: null, reported: [], resized: [] };
    let startSlices = 0;
    let observer = null;
    const unsubscribe = app.store.subscribe((s, prev) => {
      if (s.dataset === prev.dataset || out.opened) return;
      startSlices = slices();
      const sigma = window.atlasMap.mapView.sigma;
      const resize = sigma.resize.bind(sigma);
      sigma.resize = (...a) => {
        const before = JSON.stringify(sigma.getDimensions());
        const r = resize(...a);
        const d = sigma.getDimensions();
        if (JSON.stringify(d) !== before) out.resized.push({ to: d.width + 'x' + d.height, slicesBefore: slices() - startSlices });
        return r;
      };
      // This listener comes after the map's and the timeline's: the size the task that set the graph leaves.
      out.opened = size();
      observer = new ResizeObserver(() => out.reported.push(size()));
      observer.observe(map);
    });
    try {
      const outcome = await app.load({ input: { edges: { name: 'generated.csv', text: window.${global} } }, source: { title: 'generated.csv', kind: 'files', files: ['generated.csv'] } });
      if (outcome.status !== 'done') throw new Error(outcome.status);
      await new Promise((resolve) => {
        const poll = () => (map.dataset.mapLinks === 'complete' && out.opened ? resolve() : setTimeout(poll, 20));
        poll();
      });
    } finally {
      unsubscribe();
      observer?.disconnect();
    }
    const timeline = document.querySelector('#timeline');
    return { ...out, timeline: { hidden: timeline.hidden, height: timeline.offsetHeight }, slices: slices() - startSlices };
  })()`)) as Opening;
}

describe('a large map opens at its final size', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    page = await openApp(h, '', [], 120_000);
    const dated = generatedFile({ years: true }).text;
    const undated = generatedFile().text;
    await page.evaluate(([d, u]) => Object.assign(window, { __dated: d, __undated: u }), [dated, undated]);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  const check = (o: Opening) => {
    // The observer's first report is the size the map had when observed; any other is a resize while the map opened.
    expect(
      o.reported.every((s) => s === o.opened),
      JSON.stringify(o),
    ).toBe(true);
    // Sigma's size never changes once the node fill has written a slice: no node written is thrown away.
    expect(
      o.resized.filter((r) => r.slicesBefore > 0),
      JSON.stringify(o),
    ).toEqual([]);
    expect(o.slices).toBeGreaterThan(0);
  };

  it('an undated file after the (dated) default data: the bar goes in the task that sets it, and the map keeps its size', async () => {
    const o = await open(page, '__undated');
    expect(o.timeline.hidden).toBe(true);
    check(o);
  }, 180_000);

  it('then a dated file: the timeline bar is there at its final height as the nodes come', async () => {
    const o = await open(page, '__dated');
    expect(o.timeline.hidden).toBe(false);
    expect(o.timeline.height).toBeGreaterThan(40);
    check(o);
    // Its years were filled in after the map's task.
    expect(await page.locator('#timeline .timeline-max').textContent()).toBe('2019');
    expect(await page.locator('#timeline button.timeline-play').isDisabled()).toBe(false);
  }, 180_000);
});

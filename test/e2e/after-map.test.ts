/**
 * Panels drawn after the map on a large view (src/ui/panels/after-map.ts),
 * in Chromium on the municipal catalogue: its network view (6,996 links)
 * draws every panel in the task that shows it, as before; its city–city
 * view (149,609 links) leaves the legend, the style menus, the filters, the
 * timeline and the star list marked `aria-busy` in that task and draws them
 * in tasks of their own. Once none is busy, each shows what a drawing in
 * the same task shows (a change of filters and colour to equal values
 * draws them all at once, as before).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Harness, openApp } from './browser';
import { municipalSuite, type MunicipalData } from './data-server';

/** The panels drawn after the map on a large view. */
const PANELS = ['#legend', '#style-controls', '#filters', '#timeline', '.star-list'];

/** Each panel's text and form values, as a reader sees them. */
const READ_PANELS = `(() => Object.fromEntries(${JSON.stringify(PANELS)}.map((selector) => {
  const el = document.querySelector(selector);
  if (!el) return [selector, null];
  const values = [...el.querySelectorAll('select, input')].map((c) => c.type === 'checkbox' ? String(c.checked) : c.value);
  const options = [...el.querySelectorAll('option')].map((o) => o.textContent);
  return [selector, { hidden: el.hidden, text: el.textContent, values, options }];
})))()`;

/** In the page: a listener, added after the panels', that records which panels are busy in the task that shows `view`. */
const RECORD_BUSY = (view: string) => `(() => {
  window.__busy = null;
  window.atlas.store.subscribe((s, prev) => {
    if (s.view === ${JSON.stringify(view)} && prev.view !== s.view && window.__busy === null)
      window.__busy = ${JSON.stringify(PANELS)}.filter((selector) => document.querySelector(selector)?.getAttribute('aria-busy') === 'true');
  });
})()`;

/** Waits until no panel is busy. */
const panelsDrawn = (page: Page) =>
  page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, undefined, { timeout: 120_000, polling: 50 });

/** Draws every panel at once with the state's current content (filters and colour set to equal new objects) and reads them. */
const REDRAW_AT_ONCE = `(() => {
  const s = window.atlas.store.get();
  window.atlas.store.set({ filters: { ...s.filters }, colorBy: { ...s.colorBy } });
  return { busy: document.querySelectorAll('[aria-busy="true"]').length, panels: ${READ_PANELS} };
})()`;

describe('panels after the map', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  it('draws the panels of the city–city view (149,609 links) in tasks of their own, the same as drawn at once', async () => {
    const errors: string[] = [];
    const page = await openApp(h, data.query, errors, 120_000);
    await panelsDrawn(page);
    const network = (await page.evaluate(READ_PANELS)) as Record<string, unknown>;

    await page.evaluate(RECORD_BUSY('city'));
    await page.locator('[data-view="city"]').click();
    await page.getByRole('button', { name: /^Leave out hubs of more than/ }).click({ timeout: 120_000 });
    await page.waitForFunction(`window.__busy !== null`, undefined, { timeout: 120_000 });
    expect(await page.evaluate('window.atlas.derived.view(window.atlas.store.get()).graph.size')).toBe(149_609);
    // In the task that showed the view, with the map already built: every panel still to be drawn.
    expect(await page.evaluate('window.__busy')).toEqual(PANELS);
    await panelsDrawn(page);
    const city = (await page.evaluate(READ_PANELS)) as Record<string, unknown>;
    const once = (await page.evaluate(REDRAW_AT_ONCE)) as { busy: number; panels: Record<string, unknown> };
    expect(once.busy).toBe(0);
    expect(city).toEqual(once.panels);
    // The city view's own content, not the network view's left over.
    expect(city['#legend']).not.toEqual(network['#legend']);
    expect(city['#filters']).not.toEqual(network['#filters']);

    // A resize of this large view's map redraws its legend (the radii follow the map's size) in a task of its own too:
    // an observer made after the legend's, so told after it in the same step, finds the legend still to be drawn.
    // (Told by the size, not by skipping its first report: the report of observing and the resize's can be one.)
    await page.evaluate(`(() => {
      window.__legendOnResize = null;
      const map = document.querySelector('#map');
      const before = map.clientWidth + 'x' + map.clientHeight;
      new ResizeObserver(() => {
        if (map.clientWidth + 'x' + map.clientHeight === before) return;
        window.__legendOnResize = document.querySelector('#legend').getAttribute('aria-busy');
      }).observe(map);
    })()`);
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: viewport.width - 80, height: viewport.height - 40 });
    await page.waitForFunction('window.__legendOnResize !== null', undefined, { timeout: 60_000 });
    expect(await page.evaluate('window.__legendOnResize')).toBe('true');
    await page.setViewportSize(viewport);
    await panelsDrawn(page);

    // The network view (6,996 links) is small: the task that shows it draws every panel, none left busy, as before.
    await page.evaluate(RECORD_BUSY('network'));
    await page.locator('[data-view="network"]').click();
    await page.waitForFunction(`window.__busy !== null`, undefined, { timeout: 120_000 });
    expect(await page.evaluate('window.__busy')).toEqual([]);
    expect(await page.evaluate(READ_PANELS)).toEqual(network);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});

/**
 * The map's progressive link fill (src/ui/map/progressive-links.ts), in
 * Chromium on the municipal catalogue's city–city view (149,609 links): the
 * container says `data-map-links="loading"` then `complete`; every link of
 * the view ends up in sigma's display graph; what the fill wrote into
 * sigma's edge programs, slice after slice, is exactly what sigma's own full
 * indexation writes (the buffers compared float by float after a
 * `refresh()`), also when the user selects a node while links are still
 * coming (a full re-indexation in the middle of the fill), without sigma
 * re-indexing every link once a frame.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Harness } from './browser';
import { municipalSuite, type MunicipalData } from './data-server';

/** What sigma's edge programs hold, per program: its buffer as numbers, and each link's id and place. */
const PROGRAMS_STATE = `(() => {
  const s = window.atlasMap.mapView.sigma;
  const programs = {};
  for (const [type, p] of Object.entries(s.edgePrograms)) if (p.array) programs[type] = { capacity: p.capacity, array: Array.from(p.array) };
  return { programs, ids: { ...s.edgeIndices }, places: { ...s.edgeProgramIndex }, items: Object.keys(s.itemIDsIndex).length };
})()`;

const linksComplete = (page: Page) =>
  page.waitForFunction(() => document.querySelector<HTMLElement>('#map')?.dataset['mapLinks'] === 'complete', undefined, { timeout: 120_000, polling: 50 });

/** Opens the city–city view without hubs; resolves once the store shows it (links may still be coming). */
async function openCityView(page: Page): Promise<void> {
  await page.locator('[data-view="city"]').click();
  await page.getByRole('button', { name: /^Leave out hubs of more than/ }).click({ timeout: 120_000 });
  await page.waitForFunction(`window.atlas.store.get().view === 'city' && window.atlasMap.mapView?.sigma.getGraph().order > 0`, undefined, {
    timeout: 120_000,
  });
}

describe('the map fills its links progressively', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  it('draws every link of the city–city view, written as sigma itself writes them, with a selection made meanwhile', async () => {
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(h.baseUrl + data.query);
    await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 120_000 });
    // The network view (6,996 links) is small enough to get its links at once.
    await linksComplete(page);
    expect(await page.evaluate('window.atlasMap.mapView.sigma.getGraph().size')).toBe(6996);

    await openCityView(page);
    // While links come in: select a node (a full re-indexation of the links so far), then clear it.
    const during = (await page.evaluate(`(async () => {
      const map = window.atlasMap.mapView;
      window.__processes = 0;
      map.sigma.on('afterProcess', () => window.__processes++);
      const drawn = () => map.linksDrawn.added;
      const wait = (test) => new Promise((resolve) => { const t = setInterval(() => { if (test()) { clearInterval(t); resolve(); } }, 5); });
      await wait(() => drawn() > 0);
      const node = window.atlasMap.mapView.sigma.getGraph().nodes()[0];
      window.atlas.store.set({ selected: node });
      const atSelect = drawn();
      await wait(() => drawn() > atSelect);
      window.atlas.store.set({ selected: null });
      return { atSelect, atClear: drawn(), total: map.linksDrawn.total, state: document.querySelector('#map').dataset.mapLinks };
    })()`)) as { atSelect: number; atClear: number; total: number; state: string };
    expect(during.total).toBeGreaterThan(100_000);
    expect(during.state, 'still filling when the selection was cleared').toBe('loading');
    expect(during.atClear).toBeLessThan(during.total);

    await linksComplete(page);
    const counts = (await page.evaluate(
      `({ drawn: window.atlasMap.mapView.sigma.getGraph().size, view: window.atlas.derived.view(window.atlas.store.get()).graph.size, edgeEvents: window.atlasMap.mapView.edgeEvents })`,
    )) as {
      drawn: number;
      view: number;
      edgeEvents: boolean;
    };
    expect(counts.drawn).toBe(counts.view);
    expect(counts.drawn).toBe(during.total);
    // Above EDGE_EVENTS_MAX_EDGES: hairlines, no picking.
    expect(counts.edgeEvents).toBe(false);
    // The slices were written into the programs, not left to a full process a frame: the select and clear re-indexed, little else did.
    expect(await page.evaluate('window.__processes')).toBeLessThanOrEqual(6);

    const filled = (await page.evaluate(PROGRAMS_STATE)) as {
      programs: Record<string, { capacity: number; array: number[] }>;
      ids: Record<string, number>;
      places: Record<string, number>;
      items: number;
    };
    await page.evaluate('window.atlasMap.mapView.sigma.refresh()');
    const indexed = (await page.evaluate(PROGRAMS_STATE)) as typeof filled;
    expect(Object.keys(filled.ids).length).toBe(counts.view);
    expect(filled.items).toBe(indexed.items);
    expect(filled.ids).toEqual(indexed.ids);
    expect(filled.places).toEqual(indexed.places);
    for (const [type, p] of Object.entries(indexed.programs)) {
      const f = filled.programs[type]!;
      expect(f.capacity, `${type}: capacity`).toBe(p.capacity);
      // Float by float (toEqual on 10⁶ numbers prints poorly): the first difference, if any.
      const first = p.array.findIndex((v, i) => !Object.is(v, f.array[i]));
      expect(first, `${type}: first differing float`).toBe(-1);
      expect(f.array.length).toBe(p.array.length);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('a PNG export asked for while links are still coming waits for them and draws them all', async () => {
    const page = await h.context.newPage();
    await page.goto(h.baseUrl + data.query);
    await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 120_000 });
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: /Title, legend and caption/ }).uncheck();
    await page.keyboard.press('Escape');
    await openCityView(page);
    // The export's own renderer is handed to the map's placeOn: record how many links its graph holds then.
    const asked = (await page.evaluate(`(() => {
      const map = window.atlasMap.mapView;
      window.__exported = [];
      const place = map.placeOn.bind(map);
      map.placeOn = (renderer) => { window.__exported.push(renderer.getGraph().size); return place(renderer); };
      return { state: document.querySelector('#map').dataset.mapLinks, drawn: map.linksDrawn.added, total: map.linksDrawn.total };
    })()`)) as { state: string; drawn: number; total: number };
    await page.getByRole('button', { name: 'Export' }).click();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), dialog.getByRole('button', { name: 'PNG 1×' }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    expect(asked.total).toBeGreaterThan(100_000);
    expect(asked.state, 'the export was asked for while the map was filling').toBe('loading');
    expect(asked.drawn).toBeLessThan(asked.total);
    expect(await page.evaluate('window.__exported')).toEqual([asked.total]);
    await page.close();
  }, 300_000);
});

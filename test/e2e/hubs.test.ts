/**
 * A projection made without its hubs, in Chromium: the municipal catalogue's
 * city–city view is refused (GlobaLeaks alone would pair 4,791 cities), the
 * offer to leave out hubs makes it, the views bar says which hubs were left
 * out, and the share link keeps the choice (`maxvia=500`): opening it shows
 * the same view without the same hubs. That view's thousands of cities
 * without a link are hidden on its first showing (the isolates filter), with
 * a note that offers to show them.
 */
import type { Page } from 'playwright-core';
import { municipalSuite, type MunicipalData } from './data-server';
import { describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import type { Harness } from './browser';

const applied = (page: Page) => page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 120_000 });
const hubsNote = (page: Page) => page.locator('[data-left-out-hubs]');

describe('a projection without its hubs', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  it('is offered when the city–city view is too large, says which hubs it left out, and its link keeps the choice', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}${data.query}`);
    await applied(page);
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset?.network.graph.order)).toBe(6834);

    await page.locator('[data-view="city"]').click();
    // An offer to narrow the view: a warning with its button, not an error alert.
    const offer = page.locator('#status .banner.message', { has: page.getByRole('button', { name: 'Leave out hubs of more than 500 nodes' }) });
    await offer.waitFor({ timeout: 120_000 });
    expect(await offer.getAttribute('class')).toContain('warning');
    expect(await offer.getAttribute('role')).toBe('status');
    await page.getByRole('button', { name: 'Leave out hubs of more than 500 nodes' }).click({ timeout: 120_000 });
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().view === 'city', undefined, { timeout: 120_000 });
    await hubsNote(page).waitFor({ state: 'visible' });
    const note = (await hubsNote(page).textContent()) ?? '';
    expect(note).toMatch(/^City–city view leaves out \d+ hubs? of more than 500 members: /);
    expect(note).toContain('GlobaLeaks [project] (4,791)');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('maxvia') === '500', undefined, { timeout: 30_000 });
    const link = page.url();
    await page.screenshot({ path: '/tmp/atlas-hubs-left-out.png' });
    await page.close();

    const again = await h.context.newPage();
    await again.goto(link);
    await applied(again);
    expect(await again.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().view)).toBe('city');
    expect(await hubsNote(again).textContent()).toBe(note);
    await again.close();
  });

  it("hides the projection's isolates when the view is chosen, says how many, and shows them again on request", async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}${data.query}`);
    await applied(page);
    await page.locator('[data-view="city"]').click();
    await page.getByRole('button', { name: 'Leave out hubs of more than 500 nodes' }).click({ timeout: 120_000 });
    const note = page.locator('[data-hidden-isolates]');
    await note.waitFor({ state: 'visible', timeout: 120_000 });
    const counts = await page.evaluate(() => {
      const s = (window as unknown as AtlasTestWindow).atlas.store.get();
      const graph = s.dataset!.projections.city!.graph;
      return { hidden: s.filters.hideIsolates, isolates: graph.filterNodes((n) => graph.degree(n) === 0).length, order: graph.order };
    });
    expect(counts.hidden).toBe(true);
    expect(counts.isolates * 3).toBeGreaterThanOrEqual(counts.order);
    expect(await note.textContent()).toContain(
      `${counts.isolates.toLocaleString('en-US')} of ${counts.order.toLocaleString('en-US')} nodes have no link in the city–city view`,
    );
    const shownLine = `${(counts.order - counts.isolates).toLocaleString('en-US')} of ${counts.order.toLocaleString('en-US')} nodes shown`;
    await page.waitForFunction((line) => document.body.textContent!.includes(line), shownLine, { timeout: 30_000 });
    await page.screenshot({ path: '/tmp/atlas-city-isolates-hidden.png' });
    await note.getByRole('button', { name: 'Show them' }).click();
    await page.waitForFunction(() => !(window as unknown as AtlasTestWindow).atlas.store.get().filters.hideIsolates);
    await note.waitFor({ state: 'hidden' });
    // A share link states its filters: opened without `iso`, the same view shows its isolates.
    const again = await h.context.newPage();
    await again.goto(`${h.baseUrl}${data.query}&view=city&maxvia=500`);
    await applied(again);
    expect(await again.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().filters.hideIsolates)).toBe(false);
    expect(await again.locator('[data-hidden-isolates]').isVisible()).toBe(false);
    await again.close();
    await page.close();
  });
});

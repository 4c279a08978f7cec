/**
 * Exploring the default dataset in Chromium: search with the keyboard
 * (accent-insensitive), the details panel of the chosen node (ranks within
 * its type, neighbours with evidence links), neighbourhood focus, Escape,
 * and the shortest path between two nodes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppState } from '../../src/ui/state/app-state';
import { startHarness, type Harness } from './browser';

type Snapshot = Pick<AppState, 'selected' | 'focus' | 'path'>;
const state = (page: Page) =>
  page.evaluate((): Snapshot => {
    const s = (window as unknown as { atlas: { store: { get(): AppState } } }).atlas.store.get();
    return { selected: s.selected, focus: s.focus, path: s.path };
  });

describe('exploring in Chromium', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    page = await h.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(h.baseUrl);
    await page.waitForFunction(() => (window as unknown as { atlas?: { store: { get(): AppState } } }).atlas?.store.get().dataset, undefined, {
      timeout: 60_000,
    });
  }, 180_000);
  afterAll(async () => h?.close());

  it('"/" focuses the search; "Munchen" finds München; Enter selects it', async () => {
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search nodes' });
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Munchen');
    const option = page.locator('#search-listbox').getByRole('option').filter({ hasText: 'Landeshauptstadt München' });
    await option.first().waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    // No option is pre-selected; Enter then picks the best match.
    expect(await search.getAttribute('aria-activedescendant')).toBeNull();
    await page.screenshot({ path: '/tmp/atlas-search.png' });
    await page.keyboard.press('Enter');
    expect((await state(page)).selected).toBe('München');
    expect(await search.inputValue()).toBe('');
  });

  it('the details panel shows the label, ranks within cities and neighbours with evidence', async () => {
    const details = page.locator('#details');
    await details.getByRole('heading', { name: 'Landeshauptstadt München' }).waitFor();
    expect(await details.textContent()).toMatch(/of 216 cities by betweenness/);
    const consul = details.locator('li').filter({ has: page.getByRole('button', { name: 'CONSUL Democracy' }) });
    expect(await consul.count()).toBe(1);
    const evidence = consul.getByRole('link').first();
    expect(await evidence.getAttribute('href')).toMatch(/^https:\/\/github\.com\//);
    expect(await evidence.getAttribute('target')).toBe('_blank');
    expect(await details.textContent()).toContain('Projects · uses (1)');
    await page.screenshot({ path: '/tmp/atlas-details.png' });
    // The whole panel, on a tall page, to look at.
    await page.setViewportSize({ width: 1280, height: 2200 });
    await details.screenshot({ path: '/tmp/atlas-details-full.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('"1 hop" focuses the neighbourhood; Escape clears selection and focus', async () => {
    await page.locator('#details').getByRole('button', { name: '1 hop' }).click();
    expect((await state(page)).focus).toEqual({ node: 'München', hops: 1 });
    await page.keyboard.press('Escape');
    const s = await state(page);
    expect(s.selected).toBeNull();
    expect(s.focus).toBeNull();
    expect(await page.locator('#details').textContent()).toContain('Click a node or search');
  });

  it('a neighbour button selects the neighbour', async () => {
    await page.evaluate(() => (window as unknown as { atlas: { select(n: string): void } }).atlas.select('München'));
    await page.locator('#details').getByRole('button', { name: 'CONSUL Democracy' }).click();
    expect((await state(page)).selected).toBe('CONSUL Democracy');
    await page.locator('#details').getByRole('heading', { name: 'CONSUL Democracy' }).waitFor();
    // The keyboard focus stays in the panel, on the new node's name.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('CONSUL Democracy');
  });

  it('a long group shows 50 neighbours and "show all (N)" reveals the rest', async () => {
    await page.evaluate(() => (window as unknown as { atlas: { select(n: string): void } }).atlas.select('Decidim'));
    const details = page.locator('#details');
    const more = details.getByRole('button', { name: /^show all \(\d+\)$/ });
    await more.first().waitFor();
    const total = Number((await more.first().textContent())!.match(/\d+/)![0]);
    const group = details
      .locator('.details-group')
      .filter({ has: page.getByRole('button', { name: /^show all/ }) })
      .first();
    expect(await group.locator('li').count()).toBe(50);
    const heading = await group.locator('h4').textContent();
    await more.first().click();
    const opened = details.locator('.details-group').filter({ hasText: heading! });
    expect(await opened.locator('li').count()).toBe(total);
    expect(await opened.getByRole('button', { name: /^show all/ }).count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 2200 });
    await details.screenshot({ path: '/tmp/atlas-decidim.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('in the city–city projection a neighbour shows the shared projects', async () => {
    await page.evaluate(async () => {
      const atlas = (window as unknown as { atlas: { setView(v: string): Promise<void>; select(n: string): void } }).atlas;
      await atlas.setView('city');
      atlas.select('München');
    });
    const details = page.locator('#details');
    await details.getByRole('heading', { name: 'Landeshauptstadt München' }).waitFor();
    expect(await details.textContent()).toContain('shares CONSUL Democracy');
    await page.setViewportSize({ width: 1280, height: 2200 });
    await details.screenshot({ path: '/tmp/atlas-projection.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => (window as unknown as { atlas: { setView(v: string): Promise<void> } }).atlas.setView('network'));
  });

  it('Path to…: Barcelona and NIIS are in different components; Barcelona to Decidim is listed', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.keyboard.type('Ajuntament de Barcelona');
    await page.locator('#search-listbox').getByRole('option').filter({ hasText: 'Ajuntament de Barcelona' }).first().click();
    expect((await state(page)).selected).toBe('Barcelona');
    const details = page.locator('#details');
    const pathTo = details.getByRole('combobox', { name: 'Path to…' });
    await pathTo.fill('NIIS');
    await page.locator('#details-path-listbox').getByRole('option').filter({ hasText: 'Nordic Institute' }).first().waitFor();
    await pathTo.press('Enter');
    expect((await state(page)).path).toEqual({ from: 'Barcelona', to: 'NIIS', nodes: null });
    await details.getByText('No path: they are in different components.').waitFor();

    await pathTo.fill('Decidim');
    await page.locator('#details-path-listbox').getByRole('option').first().waitFor();
    await pathTo.press('Enter');
    const path = (await state(page)).path!;
    expect(path.nodes?.[0]).toBe('Barcelona');
    expect(path.nodes?.at(-1)).toBe(path.to);
    const steps = await details.locator('.details-path-list li').allTextContents();
    expect(steps[0]).toBe('Ajuntament de Barcelona');
    expect(steps.length).toBe(path.nodes!.length);
    await page.screenshot({ path: '/tmp/atlas-path.png' });
    await details.getByRole('button', { name: 'Clear path' }).click();
    expect((await state(page)).path).toBeNull();
  });

  it('raises no page errors', () => expect(errors).toEqual([]));
});

/**
 * The Questions panel in Chromium on the default data: Vendor lock-in colours
 * by vendor HHI and lists cities at HHI 1 with their top vendor, a row
 * selects its city, the question is in the address and a reload restores
 * it; Brokers lists the firms with brokerage above 0 first; Coalitions'
 * Only this and the community filter's search; a question asked
 * in a projection where it does not work says so. Then every question on the
 * default and the municipal data, screenshotted to /tmp to look at. Waits on
 * the app's state, never on time.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/core/questions';
import { QUESTION_INPUT_MARK } from '../../src/ui/panels/questions/question-model';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, startHarness, type Harness } from './browser';

/** Waits until the data is on the map and the address applied. */
const applied = (page: Page) => page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });

/** The store fields a question writes. */
const state = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as AtlasTestWindow).atlas.store.get();
    return { question: s.question, colorBy: s.colorBy, sizeBy: s.sizeBy, selected: s.selected, view: s.view, message: s.message?.text };
  });

/** The ranked list's rows as shown: label, value, detail and the node key. */
const rows = (page: Page) =>
  page.$$eval('#questions .question-row', (buttons) =>
    buttons.map((b) => ({
      key: (b as HTMLElement).dataset['key'] ?? '',
      label: b.querySelector('.row-label')!.textContent ?? '',
      value: b.querySelector('.row-value')!.textContent ?? '',
      detail: b.querySelector('.row-detail')!.textContent ?? '',
    })),
  );

/** Clicks question `title` and waits until the store holds it. */
async function ask(page: Page, id: string): Promise<void> {
  await page.locator(`#questions button[data-question="${id}"]`).click();
  await page.waitForFunction((q) => (window as unknown as AtlasTestWindow).atlas.store.get().question === q, id);
}

/** Waits until the address holds `question=id` (the address follows the state after a short debounce). */
const addressHas = (page: Page, id: string) => page.waitForFunction((q) => new URL(location.href).searchParams.get('question') === q, id);

describe('the Questions panel', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    page = await openApp(h, '', errors);
  }, 180_000);
  afterAll(async () => h?.close());

  it('is the first section of the sidebar and lists the five questions', async () => {
    const first = await page.$eval('#sidebar > section', (s) => s.id);
    expect(first).toBe('questions');
    const titles = await page.$$eval('#questions [data-question]', (b) => b.map((x) => x.textContent));
    expect(titles).toEqual(['Vendor lock-in', 'Brokers', 'Reach', 'Coalitions', 'Single points of failure']);
  });

  it('makes no question input (the indicators as a Map) while no question is asked, and one when a question is', async () => {
    const made = () => page.evaluate((mark) => performance.getEntriesByName(mark, 'mark').length, QUESTION_INPUT_MARK);
    expect((await state(page)).question).toBeNull();
    expect(await made()).toBe(0);
    await ask(page, 'brokers');
    expect(await made()).toBe(1);
    await page.locator('#questions button[data-question="brokers"]').click();
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().question === null);
  });

  it('Vendor lock-in colours by vendor HHI, lists cities at HHI 1 with their top vendor, and a row selects its city', async () => {
    await ask(page, 'vendor-lock-in');
    const s = await state(page);
    expect(s.colorBy).toEqual({ kind: 'figure', figure: 'ind:vendorHhi' });
    await expect.poll(() => page.locator('#questions .question-summary').textContent()).toMatch(/^54 cities with vendor HHI ≥ 0\.5/);
    const list = await rows(page);
    expect(list.length).toBe(50);
    for (const row of list.slice(0, 5)) {
      expect(row.value).toBe('HHI 1');
      expect(row.detail).toMatch(/^top vendor: .+ \(100%\)/);
    }
    await page.locator('#questions .question-row').nth(2).click();
    await page.waitForFunction((k) => (window as unknown as AtlasTestWindow).atlas.store.get().selected === k, list[2]!.key);
    expect(await page.locator(`#questions .question-row[data-key="${list[2]!.key}"]`).getAttribute('aria-current')).toBe('true');
    await page.locator('#questions').getByRole('button', { name: 'Show all 54' }).click();
    expect((await rows(page)).length).toBe(54);
    await page.screenshot({ path: '/tmp/atlas-question-default-vendor-lock-in.png' });
  });

  it('the question is in the address, and reloading the address restores it', async () => {
    await addressHas(page, 'vendor-lock-in');
    const address = page.url();
    expect(address).toContain('color=figure:ind:vendorHhi');
    const other = await h.context.newPage();
    await other.goto(address);
    await applied(other);
    const s = await state(other);
    expect(s.question).toBe('vendor-lock-in');
    expect(s.colorBy).toEqual({ kind: 'figure', figure: 'ind:vendorHhi' });
    expect(await other.locator('#questions [data-question="vendor-lock-in"]').getAttribute('aria-pressed')).toBe('true');
    expect((await rows(other))[0]!.value).toBe('HHI 1');
    await other.close();
  });

  it('a link naming only the question shows its own colour and size, as choosing it does', async () => {
    const other = await h.context.newPage();
    await other.goto(`${h.baseUrl}?question=single-points-of-failure`);
    await applied(other);
    const s = await state(other);
    expect(s.question).toBe('single-points-of-failure');
    expect(s.colorBy).toEqual({ kind: 'figure', figure: 'ind:maintainers' });
    expect(s.sizeBy).toBe('ind:adoptingCities');
    await other.close();
  });

  it('an unknown question in a link is ignored with a notice', async () => {
    const other = await h.context.newPage();
    await other.goto(`${h.baseUrl}?question=who-pays`);
    await applied(other);
    const s = await state(other);
    expect(s.question).toBeNull();
    expect(s.message).toContain("Ignored 'question=who-pays': no such question");
    await other.close();
  });

  it('Brokers sizes firms by brokerage and lists the firms with brokerage above 0 first', async () => {
    await ask(page, 'brokers');
    expect((await state(page)).sizeBy).toBe('ind:brokerage');
    const list = await rows(page);
    const values = list.map((r) => Number(r.value.replace(/\D/g, '')));
    const active = values.filter((v) => v > 0).length;
    expect(active).toBeGreaterThan(0);
    expect(values.slice(0, active).every((v) => v > 0)).toBe(true);
    expect(values.slice(active).every((v) => v === 0)).toBe(true);
    await addressHas(page, 'brokers');
  });

  it('a question asked from a projection where it does not work opens the Network view; switching to such a view says so', async () => {
    await page.locator('#views [data-view="city"]').click();
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().view === 'city', undefined, { timeout: 60_000 });
    await expect
      .poll(() => page.locator('#questions .question-elsewhere').textContent())
      .toBe('Brokers is answered in the Network or Firm–firm view; the City–city view does not hold the links it counts.');
    await page.locator('#questions [data-question="vendor-lock-in"]').click();
    await page.waitForFunction(() => {
      const s = (window as unknown as AtlasTestWindow).atlas.store.get();
      return s.view === 'network' && s.question === 'vendor-lock-in';
    });
    expect((await rows(page)).length).toBeGreaterThan(0);
  });

  it('Coalitions: Only this filters the map to one coalition, and the community filter lists every community by name, searchable', async () => {
    await ask(page, 'coalitions');
    const first = (await rows(page))[0]!;
    expect(first.label).toBe('Decidim circle');
    await page.locator('#questions .row-only').first().click();
    await page.waitForFunction(() => JSON.stringify((window as unknown as AtlasTestWindow).atlas.store.get().filters.communities) === '[0]');
    const boxes = page.locator('#filters fieldset.communities input[type=checkbox]');
    expect(await boxes.count()).toBe(16);
    expect(await page.locator('#filters fieldset.communities label').first().textContent()).toContain('#0 Decidim circle');
    await page.locator('#filters fieldset.communities input[type=search]').fill('signalen');
    expect(await boxes.count()).toBe(1);
    await boxes.first().check();
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().filters.communities?.length === 2);
    await page.locator('#filters fieldset.communities input[type=search]').fill('');
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().filters.communities === null);
  });

  it('every question on the default and the municipal data, screenshotted', async () => {
    for (const q of QUESTIONS) {
      if ((await state(page)).question !== q.id) await ask(page, q.id);
      expect((await rows(page)).length).toBeGreaterThan(0);
      await page.screenshot({ path: `/tmp/atlas-question-default-${q.id}.png` });
      await page.locator('#questions').screenshot({ path: `/tmp/atlas-question-panel-default-${q.id}.png` });
    }
    const root = new URL('../../', import.meta.url).pathname;
    await page.getByRole('button', { name: 'Open data' }).click();
    await page
      .locator('#open-nodes-file')
      .setInputFiles({ name: 'municipal-nodes.csv', mimeType: 'text/csv', buffer: readFileSync(`${root}data/municipal-nodes.csv`) });
    await page
      .locator('#open-edges-file')
      .setInputFiles({ name: 'municipal-edges.csv', mimeType: 'text/csv', buffer: readFileSync(`${root}data/municipal-edges.csv`) });
    await page.getByRole('button', { name: 'Load files' }).click();
    await page.locator('#shown-count').getByText('6,834 of 6,834 nodes shown').waitFor({ timeout: 90_000 });
    for (const q of QUESTIONS) {
      if ((await state(page)).question !== q.id) await ask(page, q.id);
      await page.locator('#questions .question-summary').waitFor();
      expect((await rows(page)).length).toBeGreaterThan(0);
      await page.screenshot({ path: `/tmp/atlas-question-municipal-${q.id}.png` });
      await page.locator('#questions').screenshot({ path: `/tmp/atlas-question-panel-municipal-${q.id}.png` });
    }
    expect(errors).toEqual([]);
  }, 180_000);
});

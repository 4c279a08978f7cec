/**
 * Choosing the community method in Chromium. On the default data: the map
 * controls' Communities menu switches to Leiden, the worker runs only that
 * step (no analysis), the colour menu and the legend say Leiden, every
 * node's community is what core's Leiden gives in Node with the same seed,
 * the Coalitions summary and the address follow, and a link with
 * `communities=leiden` opens that way. A projection after a cancelled one
 * sends the page's network to the fresh worker instead of analysing the
 * files again. On the municipal data, where Louvain and Leiden part ways,
 * the page's Leiden communities equal Node's. Waits on the app's state.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, type AnalysisInput } from '../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../src/core/analysis/options';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, startHarness, type Harness } from './browser';
import { municipalSuite, type MunicipalData } from './data-server';

const root = new URL('../../', import.meta.url).pathname;
const input = (stem: string): AnalysisInput => ({
  edges: { name: `${stem}-edges.csv`, text: readFileSync(`${root}data/${stem}-edges.csv`, 'utf8') },
  nodes: { name: `${stem}-nodes.csv`, text: readFileSync(`${root}data/${stem}-nodes.csv`, 'utf8') },
});

/** Node key → community, as core's whole analysis with `method` finds them (seed 42). */
function communitiesInNode(data: AnalysisInput, method: 'louvain' | 'leiden'): Record<string, number> {
  const { network } = analyze(data, resolveAnalysisOptions({ communities: method }));
  return Object.fromEntries(network.keys.map((k, i) => [k, network.measures['community']![i]!]));
}

/** The page's network: its community method (from the parameters), each node's community, and the jobs the worker was sent. */
const pageState = (page: Page) =>
  page.evaluate(() => {
    const app = (window as unknown as AtlasTestWindow).atlas;
    const s = app.store.get();
    const network = s.dataset!.network;
    const community = network.measures['community']!;
    return {
      methods: Object.keys(network.params).filter((id) => id === 'louvain' || id === 'leiden'),
      communities: Object.fromEntries(network.keys.map((k, i) => [k, community[i]!])),
      counts: { ...app.client.counts },
      busy: s.busy !== null,
    };
  });

/** Chooses `method` in the Communities menu and waits until the network's communities were found with it. */
async function choose(page: Page, method: string): Promise<void> {
  await page.getByRole('combobox', { name: /^Communities/ }).selectOption(method);
  await page.waitForFunction(
    (m) => {
      const s = (window as unknown as AtlasTestWindow).atlas.store.get();
      return s.busy === null && s.dataset !== null && Object.hasOwn(s.dataset.network.params, m);
    },
    method,
    { timeout: 120_000 },
  );
}

describe('the community method on the default data', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    page = await openApp(h, '?color=community', errors);
  }, 180_000);
  afterAll(async () => h?.close());

  it('starts with Louvain, named in the colour menu and the legend', async () => {
    expect((await pageState(page)).methods).toEqual(['louvain']);
    expect(await page.getByRole('combobox', { name: /^Communities/ }).inputValue()).toBe('louvain');
    // Short names fit the 215-px side panel (the citation cut it: "Louvain (Blondel et al. 20"); the citation is the tooltip.
    const menu = page.getByRole('combobox', { name: /^Communities/ });
    expect(await menu.locator('option').evaluateAll((os) => os.map((o) => [o.textContent, o.getAttribute('title')]))).toEqual([
      ['Louvain', 'Louvain (Blondel et al. 2008)'],
      ['Leiden', 'Leiden (Traag et al. 2019)'],
    ]);
    // Every option's text, in the menu's own font, fits the menu less room for its arrow.
    const room = await menu.evaluate((s: HTMLSelectElement) => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = getComputedStyle(s).font;
      return s.clientWidth - 20 - Math.max(...[...s.options].map((o) => context.measureText(o.text).width));
    });
    expect(room).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#legend h3').first().textContent()).toBe('Colour: Community (Louvain)');
    expect(
      await page
        .getByRole('combobox', { name: /^Colour/ })
        .locator('option:checked')
        .textContent(),
    ).toBe('Community (Louvain)');
  });

  it('a Leiden run cancelled at once changes nothing: the menu, the communities and the next load stay Louvain', async () => {
    await page.evaluate(() => {
      const app = (window as unknown as AtlasTestWindow).atlas;
      const menu = [...document.querySelectorAll('select')].find((s) => s.closest('label')?.textContent?.startsWith('Communities'))!;
      menu.value = 'leiden';
      menu.dispatchEvent(new Event('change'));
      app.cancel(); // terminates the worker while it finds the communities
    });
    await page.waitForFunction(() => {
      const menu = [...document.querySelectorAll('select')].find((s) => s.closest('label')?.textContent?.startsWith('Communities'))!;
      return menu.value === 'louvain';
    });
    expect((await pageState(page)).methods).toEqual(['louvain']);
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.options.communities)).toBe('louvain');
  });

  it('Leiden: only the community step runs in the worker; the legend, the menu, the summary and the address say Leiden', async () => {
    const before = (await pageState(page)).counts;
    await choose(page, 'leiden');
    const after = await pageState(page);
    expect(after.methods).toEqual(['leiden']);
    expect(after.counts.analyses).toBe(before.analyses);
    expect(after.counts.communities).toBe(before.communities + 1);
    await expect.poll(() => page.locator('#legend h3').first().textContent()).toBe('Colour: Community (Leiden)');
    expect(
      await page
        .getByRole('combobox', { name: /^Colour/ })
        .locator('option:checked')
        .textContent(),
    ).toBe('Community (Leiden)');
    expect(
      await page
        .getByRole('combobox', { name: /^Communities/ })
        .locator('xpath=..')
        .getAttribute('title'),
    ).toMatch(/^Communities found by Leiden \(Traag et al\. 2019\), seed 42, modularity 0\.\d{3}$/);
    await page.locator('#questions button[data-question="coalitions"]').click();
    await expect.poll(() => page.locator('#questions').textContent()).toMatch(/\d+ coalitions \(Leiden communities, modularity 0\.\d{3}\), largest first/);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('communities') === 'leiden');
    await page.screenshot({ path: '/tmp/atlas-communities-leiden-default.png' });
  });

  it('Back returns to Louvain (the change is a history entry), Forward to Leiden', async () => {
    await page.goBack();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('communities'));
    await page.waitForFunction(() => {
      const s = (window as unknown as AtlasTestWindow).atlas.store.get();
      return s.busy === null && s.dataset !== null && Object.hasOwn(s.dataset.network.params, 'louvain');
    });
    await expect.poll(() => page.locator('#legend h3').first().textContent()).toBe('Colour: Community (Louvain)');
    await page.goForward();
    await page.waitForFunction(() => {
      const s = (window as unknown as AtlasTestWindow).atlas.store.get();
      return s.busy === null && s.dataset !== null && Object.hasOwn(s.dataset.network.params, 'leiden');
    });
    await expect.poll(() => page.locator('#legend h3').first().textContent()).toBe('Colour: Community (Leiden)');
  });

  it("every node's community is what core's Leiden gives in Node for seed 42", async () => {
    expect((await pageState(page)).communities).toEqual(communitiesInNode(input('default'), 'leiden'));
  });

  it('a link with communities=leiden opens with Leiden, without analysing the files in the worker', async () => {
    const again = await openApp(h, '?communities=leiden&color=community', errors);
    const state = await pageState(again);
    expect(state.methods).toEqual(['leiden']);
    expect(state.counts.analyses).toBe(0);
    await expect.poll(() => again.locator('#legend h3').first().textContent()).toBe('Colour: Community (Leiden)');
    // Back to Louvain from the menu: the link loses its parameter.
    await choose(again, 'louvain');
    await again.waitForFunction(() => !new URLSearchParams(location.search).has('communities'));
    expect((await pageState(again)).communities).toEqual(communitiesInNode(input('default'), 'louvain'));
    await again.close();
  });

  it('a projection after a cancelled one sends the network to the fresh worker: no analysis of the files again', async () => {
    const fresh = await openApp(h, '', errors);
    const before = (await pageState(fresh)).counts;
    await fresh.evaluate(() => {
      const app = (window as unknown as AtlasTestWindow).atlas;
      void app.setView('city');
      app.cancel(); // terminates the worker while it projects
    });
    await fresh.evaluate(() => (window as unknown as AtlasTestWindow).atlas.setView('city'));
    expect(await fresh.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().view)).toBe('city');
    const after = (await pageState(fresh)).counts;
    expect(after.analyses).toBe(before.analyses);
    expect(after.projections).toBe(before.projections + 2);
    expect(after.graphsSent).toBe(before.graphsSent + 1);
    // The worker holds it now: the next projection is named, not sent.
    await fresh.evaluate(() => (window as unknown as AtlasTestWindow).atlas.setView('firm'));
    expect((await pageState(fresh)).counts.graphsSent).toBe(after.graphsSent);
    await fresh.close();
    expect(errors).toEqual([]);
  });
});

describe('the community method on the municipal data', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  it("Leiden's communities differ from Louvain's here, and the page's equal Node's for seed 42", async () => {
    const page = await openApp(h, `${data.query}&color=community`);
    await choose(page, 'leiden');
    const leiden = communitiesInNode(input('municipal'), 'leiden');
    const louvain = communitiesInNode(input('municipal'), 'louvain');
    expect(leiden).not.toEqual(louvain);
    const state = await pageState(page);
    expect(state.counts.analyses).toBe(1); // the load itself
    expect(state.communities).toEqual(leiden);
    await expect.poll(() => page.locator('#legend h3').first().textContent()).toBe('Colour: Community (Leiden)');
    await page.screenshot({ path: '/tmp/atlas-communities-leiden-municipal.png' });
    await page.close();
  }, 180_000);
});

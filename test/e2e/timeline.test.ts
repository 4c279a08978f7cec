/**
 * The timeline bar in Chromium on the seeded dated fixture
 * (test/core/time/dated-fixture.ts): moving the slider by keyboard changes
 * the links shown to the number counted in Node from the rows and the
 * definition (core/time/activity.ts), one-year mode and the undated switch
 * too; Play steps through every year, one at a time after the map has drawn,
 * and stops at the last, Pause stops it; Recompute shows the window's
 * measures, equal to core's analyzeWindow in Node and different from the
 * all-years ones, headed with the window in the details and the table, and
 * Back to all years restores those. The default data's
 * bar shows, the municipal's too. Waits on the app's own state, never on time.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../src/core/analysis/options';
import { analyzeWindow } from '../../src/core/time/window-graph';
import { datedFixture, rowActiveIn } from '../core/time/dated-fixture';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, startHarness, type Harness } from './browser';

const fixture = datedFixture();
const datedRows = fixture.rows.filter((r) => /^\d{4}$/.test(r.year));
const undated = fixture.rows.length - datedRows.length;
const starts = datedRows.map((r) => Number(r.year));
const ends = datedRows.map((r) => Number(/(\d{4})/.exec(r.until)?.[1] ?? 0));
const MIN = Math.min(...starts);
const MAX = Math.max(...starts, ...ends);
const activeCount = (from: number, to: number) => datedRows.filter((r) => rowActiveIn(r, from, to)).length;

/** The filters' window, the links shown and the readout. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const atlas = (window as unknown as AtlasTestWindow).atlas;
    const s = atlas.store.get();
    return {
      yearRange: s.filters.yearRange,
      keepUndated: s.filters.keepUndated,
      edges: atlas.derived.shown(s)!.shownEdges,
      readout: document.querySelector('#timeline .timeline-readout')?.textContent ?? '',
    };
  });

/** Waits until the filters' window is `range`. */
const windowIs = (page: Page, range: [number, number] | null) =>
  page.waitForFunction((r) => JSON.stringify((window as unknown as AtlasTestWindow).atlas.store.get().filters.yearRange) === JSON.stringify(r), range);

describe('the timeline', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    page = await openApp(h, '', errors);
  }, 180_000);
  afterAll(async () => h?.close());

  it('shows under the map for the default data (it has dated links), and the filters panel has no year inputs', async () => {
    expect(await page.locator('#timeline').isVisible()).toBe(true);
    expect(await page.locator('#timeline .timeline-readout').textContent()).toMatch(/^All years \(\d{4}–\d{4}\) · 40 dated links · \d[\d,]* undated shown$/);
    expect(await page.locator('#filters input[type="number"]').count()).toBe(1); // minimum degree only
  });

  it('loads the dated fixture: the bar spans its first to last year', async () => {
    const outcome = await page.evaluate(async (text) => {
      const atlas = (window as unknown as AtlasTestWindow).atlas;
      return (await atlas.load({ input: { edges: { name: 'dated.csv', text } }, source: { title: 'Dated', kind: 'files', files: ['dated.csv'] } })).status;
    }, fixture.csv);
    expect(outcome).toBe('done');
    expect([MIN, MAX]).toEqual([2010, 2022]); // the seeded fixture's span, which the steps below move within
    const s = await shown(page);
    expect(s.yearRange).toBeNull();
    expect(s.edges).toBe(fixture.rows.length);
    expect(s.readout).toBe(`All years (${MIN}–${MAX}) · ${datedRows.length} dated links · ${undated} undated shown`);
    expect(await page.locator('#timeline input[aria-label="First year"]').getAttribute('min')).toBe(String(MIN));
    expect(await page.locator('#timeline input[aria-label="Last year"]').getAttribute('max')).toBe(String(MAX));
    // The until that is no date is named with its line (header = line 1), and its link kept.
    const line = fixture.rows.findIndex((r) => r.until === 'until further notice') + 2;
    expect(await page.locator('#timeline .timeline-warning').textContent()).toBe(
      `1 “until” value could not be used: line ${line}: “until further notice” is not a date (expected 2025-12-31, 2025-12, 2025 or 31/12/2025); the link is taken as never ending.`,
    );
  });

  it('moving the handles by keyboard shows the links active in the window, as counted from the rows', async () => {
    const last = page.locator('#timeline input[aria-label="Last year"]');
    await last.focus();
    for (let i = 0; i < 6; i++) await last.press('ArrowLeft');
    await windowIs(page, [MIN, MAX - 6]);
    let s = await shown(page);
    expect(s.edges).toBe(activeCount(MIN, MAX - 6) + undated);
    expect(s.readout).toBe(`${MIN}–${MAX - 6} · ${activeCount(MIN, MAX - 6)} of ${datedRows.length} dated links active · ${undated} undated shown`);

    // The first handle pushed past the last pushes it along: one year, after three contracts ended (2016, 2017, 2017).
    const first = page.locator('#timeline input[aria-label="First year"]');
    await first.focus();
    for (let i = 0; i < 8; i++) await first.press('ArrowRight');
    await windowIs(page, [MIN + 8, MIN + 8]);
    s = await shown(page);
    expect(s.edges).toBe(activeCount(MIN + 8, MIN + 8) + undated);
    expect(activeCount(MIN + 8, MIN + 8)).toBeLessThan(activeCount(MIN, MIN + 8));
    await page.locator('#timeline label', { hasText: 'keep links without a year' }).click();
    await page.waitForFunction(() => !(window as unknown as AtlasTestWindow).atlas.store.get().filters.keepUndated);
    s = await shown(page);
    expect(s.edges).toBe(activeCount(MIN + 8, MIN + 8));
    expect(s.readout).toBe(`${MIN + 8} · ${activeCount(MIN + 8, MIN + 8)} of ${datedRows.length} dated links active · ${undated} undated hidden`);
    // Back to a range for the next test.
    await first.press('Home');
    await windowIs(page, [MIN, MIN + 8]);
  });

  it('one-year mode shows the links active in that year; a contract is gone after its until', async () => {
    await page.locator('#timeline label', { hasText: 'one year' }).click();
    await windowIs(page, [MIN + 8, MIN + 8]);
    const year = page.locator('#timeline input[aria-label="Year"]');
    await year.focus();
    await year.press('ArrowRight');
    await windowIs(page, [MIN + 9, MIN + 9]);
    expect((await shown(page)).edges).toBe(activeCount(MIN + 9, MIN + 9));
    // In the last year the contracts that ended before it are not shown.
    await year.press('End');
    await windowIs(page, [MAX, MAX]);
    expect((await shown(page)).edges).toBe(activeCount(MAX, MAX));
    expect(activeCount(MAX, MAX)).toBeLessThan(activeCount(MIN, MAX));
  });

  it('Play steps through every year, each after the map has drawn, and stops at the last; Pause stops it', async () => {
    // Record every window the filters take, and the map's draws between them.
    await page.evaluate(() => {
      const w = window as unknown as AtlasTestWindow & { __draws: number };
      w.__posted = [];
      w.__draws = 0;
      w.atlasMap.mapView!.sigma.on('afterRender', () => w.__draws++);
      w.atlas.store.subscribe((s, prev) => {
        if (s.filters.yearRange !== prev.filters.yearRange) w.__posted!.push({ range: s.filters.yearRange, draws: w.__draws });
      });
    });
    await page.getByRole('button', { name: 'Play the years' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.getByRole('button', { name: 'Play the years' }).waitFor({ timeout: 60_000 });
    const steps = (await page.evaluate(() => (window as unknown as AtlasTestWindow).__posted)) as { range: [number, number]; draws: number }[];
    expect(steps.map((x) => x.range)).toEqual(Array.from({ length: MAX - MIN + 1 }, (_, i) => [MIN + i, MIN + i]));
    // Each step waited for a drawn frame of the one before.
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.draws).toBeGreaterThan(steps[i - 1]!.draws);
    expect((await shown(page)).edges).toBe(activeCount(MAX, MAX));

    // Play again from the start, and pause after two years.
    await page.evaluate(() => ((window as unknown as AtlasTestWindow).__posted = []));
    await page.getByRole('button', { name: 'Play the years' }).click();
    await page.waitForFunction(() => ((window as unknown as AtlasTestWindow).__posted?.length ?? 0) >= 2);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play the years' }).waitFor();
    const atPause = ((await page.evaluate(() => (window as unknown as AtlasTestWindow).__posted)) as unknown[]).length;
    // Another change, drawn: no further year came meanwhile.
    await page.locator('#timeline label', { hasText: 'keep links without a year' }).click();
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().filters.keepUndated);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(((await page.evaluate(() => (window as unknown as AtlasTestWindow).__posted)) as unknown[]).length).toBe(atPause);
    expect(atPause).toBeLessThan(MAX - MIN + 1);
  });

  it('Recompute measures shows the window measures computed in Node on the sub-graph; Back to all years restores them', async () => {
    // Range mode, 2013–2016, undated links hidden.
    await page.locator('#timeline label', { hasText: 'one year' }).click();
    await page.evaluate(() => {
      const atlas = (window as unknown as AtlasTestWindow).atlas;
      atlas.store.set({ filters: { ...atlas.store.get().filters, yearRange: [2013, 2016], keepUndated: false } });
    });
    await page.getByRole('button', { name: 'Recompute measures for 2013–2016' }).click();
    await page.locator('#timeline .timeline-measures strong', { hasText: 'Measures for 2013–2016' }).waitFor({ timeout: 60_000 });

    const options = resolveAnalysisOptions({});
    const all = analyze({ edges: { name: 'dated.csv', text: fixture.csv } }, options);
    const w = analyzeWindow(all.graph, { from: 2013, to: 2016, keepUndated: false }, options);
    const measures = () =>
      page.evaluate(() => {
        const d = (window as unknown as AtlasTestWindow).atlas.store.get().dataset!;
        return {
          keys: d.network.keys,
          degree: [...d.network.measures['degree']!],
          pagerank: [...d.network.measures['pagerank']!],
          window: d.window?.from ?? null,
        };
      });
    const shownW = await measures();
    expect(shownW.keys).toEqual(w.analysis.keys);
    expect(shownW.degree).toEqual([...w.analysis.measures['degree']!]);
    shownW.pagerank.forEach((x, i) => expect(x).toBeCloseTo(w.analysis.measures['pagerank']![i]!, 12));
    expect(shownW.degree).not.toEqual([...all.network.measures['degree']!]);
    // The legend and the details say for which years.
    expect(await page.locator('#legend .legend-window').textContent()).toBe('Measures and indicators for 2013–2016 (timeline).');
    await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.select('Decidim'));
    await page.locator('#details h3', { hasText: 'Measures for 2013–2016' }).waitFor();
    expect(await page.locator('#details h3', { hasText: 'Co-production for 2013–2016' }).count()).toBe(1);
    // So do the table's measure and indicator columns (the fixture has no nodes file: every column after Country is one).
    await page.getByRole('tab', { name: 'Table' }).click();
    const headers = page.locator('#pane-table thead th button');
    await expect.poll(() => headers.allTextContents()).toContain('Degree for 2013–2016');
    const windowed = await headers.allTextContents();
    expect(windowed.slice(0, 3)).toEqual(['Label', 'Type', 'Country']);
    expect(windowed.length).toBeGreaterThan(5);
    for (const header of windowed.slice(3)) expect(header).toMatch(/ for 2013–2016$/);
    expect(windowed).toContain('PageRank for 2013–2016');

    await page.getByRole('button', { name: 'Back to all years' }).click();
    await page.waitForFunction(() => !(window as unknown as AtlasTestWindow).atlas.store.get().dataset!.window);
    const back = await measures();
    expect(back.degree).toEqual([...all.network.measures['degree']!]);
    await expect.poll(() => headers.allTextContents()).toContain('Degree');
    expect((await headers.allTextContents()).filter((t) => t.includes(' for '))).toEqual([]);
    expect(await page.locator('#timeline .timeline-measures').textContent()).toMatch(/^Measures and indicators: all years/);
    expect(await page.locator('#legend .legend-window').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

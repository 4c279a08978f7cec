/**
 * The adoption chart in Chromium: on the default dataset and the seeded
 * synthetic fixture (test/fixtures/time), each drawn line ends at the total
 * computeAdoption gives in Node (read from the circle's place against the
 * y axis, not only its data attribute); clicking a line selects its project; the mode switch draws one project's
 * countries, which add up to its adopters; the table lists the undated; a
 * file without dated adoption says how many links have a year.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEdges, readNodes } from '../../src/core/csv';
import { buildGraph } from '../../src/core/graph/build';
import { nodeKey } from '../../src/core/graph/node-key';
import { computeAdoption, type AdoptionResult } from '../../src/core/time/adoption';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, startHarness, type Harness } from './browser';
import { downloadBytes } from './download';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

/** The adoption curves of a pair of files, computed in Node. */
function expected(edges: string, nodes: string): AdoptionResult {
  const e = readEdges(read(edges), { file: 'e.csv' });
  const n = readNodes(read(nodes), { file: 'n.csv' });
  return computeAdoption(buildGraph({ edges: { file: 'e.csv', rows: e.rows }, nodes: { file: 'n.csv', rows: n.rows } }).graph);
}

/** Loads files through the app's own loader and waits until they are analysed. */
async function load(page: Page, edges: { name: string; text: string }, nodes?: { name: string; text: string }) {
  await page.evaluate(
    async (files) => {
      const atlas = (window as unknown as AtlasTestWindow).atlas;
      const input = files.nodes ? { edges: files.edges, nodes: files.nodes } : { edges: files.edges };
      const outcome = await atlas.load({ input, source: { title: 'Adoption test', kind: 'files', files: [files.edges.name] } });
      if (outcome.status !== 'done') throw new Error(outcome.status);
    },
    { edges, nodes },
  );
}

/** Each drawn line's series id, its end circle's value and the value its height stands for on the y axis. */
function drawnLines(page: Page) {
  return page.locator('#pane-charts figure[data-mode]').evaluate((figure) => {
    const ticks = [...figure.querySelectorAll<SVGGElement>('.axis-y .tick')].map((t) => ({
      value: Number(t.textContent),
      y: Number(/translate\(0,([-\d.]+)\)/.exec(t.getAttribute('transform') ?? '')?.[1]),
    }));
    const [a, b] = [ticks[0]!, ticks.at(-1)!];
    return [...figure.querySelectorAll<SVGGElement>('.adoption-line')].map((g) => {
      const c = g.querySelector('circle')!;
      const cy = Number(c.getAttribute('cy'));
      return { id: g.dataset['series']!, value: Number(c.dataset['value']), atAxis: Math.round(a.value + ((cy - a.y) * (b.value - a.value)) / (b.y - a.y)) };
    });
  });
}

describe('adoption chart in Chromium', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    page = await openApp(h, '', errors);
    await page.getByRole('tab', { name: 'Charts' }).click();
  }, 180_000);
  afterAll(async () => h?.close());

  const figure = () => page.locator('#pane-charts figure[data-mode]');

  it('draws the default dataset’s dated adoption, each line ending at the computed total', async () => {
    const want = expected('data/default-edges.csv', 'data/default-nodes.csv');
    const dated = want.projects.filter((p) => p.points.length > 0);
    expect(dated.length).toBeGreaterThan(0);
    await expect.poll(async () => (await drawnLines(page)).length).toBe(Math.min(8, dated.length));
    const lines = await drawnLines(page);
    for (const [i, p] of dated.slice(0, 8).entries()) {
      expect(lines[i]).toEqual({ id: p.id, value: p.points.at(-1)!.cumulative, atAxis: p.points.at(-1)!.cumulative });
    }
    // The legend gives the undated; the note names projects without dated adopters.
    await expect.poll(() => figure().locator('.adoption-legend').textContent()).toContain(`Decidim 3 (+73 undated)`);
    expect(await figure().locator('.adoption-note').textContent()).toMatch(/Not drawn: CONSUL Democracy \(33, none dated\)/);
    expect(await figure().locator('svg').getAttribute('aria-label')).toMatch(/^Cumulative adopting cities by year, per project, 2013–2024: /);
    await page.screenshot({ path: '/tmp/atlas-adoption-default.png' });
  });

  it('keeps a readable plot at 1280×720 and 800×600: no chart overlaps another, nor its download buttons the plot', async () => {
    for (const [width, height] of [
      [1280, 720],
      [800, 600],
    ] as const) {
      await page.setViewportSize({ width, height });
      // Each figure's parts (head, plot, foot) as boxes, once the charts have redrawn at the new size.
      await expect
        .poll(() =>
          figure()
            .locator('svg')
            .evaluate((svg) => Math.round(svg.getBoundingClientRect().width)),
        )
        .toBeGreaterThan(0);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const layout = await page.locator('#pane-charts').evaluate((pane) => {
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        };
        const figures = [...pane.querySelectorAll('figure.chart')].map((f) => {
          const parts = [...f.children].map(box);
          return {
            title: f.querySelector('h3')?.textContent ?? '',
            whole: {
              top: Math.min(...parts.map((p) => p.top)),
              bottom: Math.max(...parts.map((p) => p.bottom)),
              left: Math.min(...parts.map((p) => p.left)),
              right: Math.max(...parts.map((p) => p.right)),
            },
            plot: box(f.querySelector('.chart-body')!),
            buttons: box(f.querySelector('.chart-export')!),
          };
        });
        return figures;
      });
      const overlap = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) =>
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1 && Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1;
      expect(layout.map((f) => f.title)).toEqual(['Degree distribution', 'Top 15', 'Adoption over time']);
      for (const [i, f] of layout.entries()) {
        expect(f.plot.bottom - f.plot.top, `${f.title} at ${width}×${height}`).toBeGreaterThanOrEqual(130); // 10rem; the adoption plot was 98 px at 1280×720
        expect(overlap(f.buttons, f.plot), `${f.title}'s buttons on its plot at ${width}×${height}`).toBe(false);
        for (const g of layout.slice(i + 1)) expect(overlap(f.whole, g.whole), `${f.title} on ${g.title} at ${width}×${height}`).toBe(false);
      }
      // The Top 15's labels, one per bar, do not run into each other (at 800×600 they once sat 9 px apart in 11 px type).
      const labels = await page.locator('#pane-charts figure.top-chart .bar').evaluateAll((bars) =>
        bars.map((b) => {
          const r = b.querySelector('text')!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        }),
      );
      expect(labels).toHaveLength(15);
      for (let i = 1; i < labels.length; i++)
        expect(labels[i]!.top, `Top 15 label ${i + 1} at ${width}×${height}`).toBeGreaterThanOrEqual(labels[i - 1]!.bottom - 1);
      await page.screenshot({ path: `/tmp/atlas-adoption-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('downloads as SVG with every legend entry inside the figure, above the plot', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure()
        .getByRole('button', { name: /as SVG/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('partnership-atlas-adoption-over-time.svg');
    const text = (await downloadBytes(download)).toString('utf8');
    // Measured by the browser: the file drawn in the page, each top-level text's box against the figure and the plot.
    const drawn = await page.evaluate((svgText) => {
      const holder = document.createElement('div');
      holder.innerHTML = svgText;
      document.body.append(holder);
      const svg = holder.querySelector('svg')!;
      const plot = svg.querySelector(':scope > g')!;
      const plotTop = plot.getBoundingClientRect().top - svg.getBoundingClientRect().top;
      const texts = [...svg.querySelectorAll(':scope > text')].map((t) => {
        const b = (t as SVGTextElement).getBBox();
        return { text: t.textContent, right: b.x + b.width, bottom: b.y + b.height };
      });
      holder.remove();
      return { width: Number(svg.getAttribute('width')), plotTop, texts };
    }, text);
    expect(drawn.texts.map((t) => t.text)).toEqual([
      'Adoption over time · top projects',
      'Decidim 3 (+73 undated)',
      'FixMyStreet Platform 3 (+28 undated)',
      'LocalGov Drupal 1',
    ]);
    for (const t of drawn.texts) {
      expect(t.right, `${t.text} inside the ${drawn.width} px figure`).toBeLessThanOrEqual(drawn.width);
      expect(t.bottom, `${t.text} above the plot`).toBeLessThanOrEqual(drawn.plotTop + 1);
    }
  });

  it('draws the synthetic fixture by project, then one project by country', async () => {
    await load(
      page,
      { name: 'adoption-edges.csv', text: read('test/fixtures/time/adoption-edges.csv') },
      { name: 'adoption-nodes.csv', text: read('test/fixtures/time/adoption-nodes.csv') },
    );
    const want = expected('test/fixtures/time/adoption-edges.csv', 'test/fixtures/time/adoption-nodes.csv');
    const totals = want.projects.map((p) => ({ id: p.id, value: p.points.at(-1)!.cumulative, atAxis: p.points.at(-1)!.cumulative }));
    await expect.poll(() => drawnLines(page)).toEqual(totals);
    expect(totals.map((t) => t.id)).toEqual(['Decidim', 'CONSUL', 'Signalen', '__proto__']);
    // A project's line selects it on the map (the __proto__ project too, by its graph key).
    await figure().locator('.adoption-line[data-series="__proto__"] circle').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().selected)).toBe(nodeKey('__proto__'));

    await figure().getByLabel('Lines').selectOption('countries');
    await figure().getByLabel('Project').selectOption('Decidim');
    const decidim = want.projects[0]!;
    const countries = decidim.countries.filter((c) => c.points.length > 0);
    await expect.poll(async () => (await drawnLines(page)).map((l) => l.id)).toEqual(countries.map((c) => c.id));
    const lines = await drawnLines(page);
    for (const [i, c] of countries.entries()) expect(lines[i]).toEqual({ id: c.id, value: c.points.at(-1)!.cumulative, atAxis: c.points.at(-1)!.cumulative });
    // Dated per country + undated per country = Decidim's 30 adopters.
    expect(decidim.countries.reduce((s, c) => s + (c.points.at(-1)?.cumulative ?? 0) + c.undated, 0)).toBe(30);
    const table = figure().locator('.adoption-table');
    expect(await table.locator('thead th').first().textContent()).toBe('Country');
    const undatedRows = await table.locator('tbody tr', { hasText: 'undated' }).count();
    expect(undatedRows).toBe(decidim.countries.filter((c) => c.undated > 0).length);
    await page.screenshot({ path: '/tmp/atlas-adoption-countries.png' });

    await figure().getByLabel('Lines').selectOption('projects');
    await expect.poll(() => drawnLines(page)).toEqual(totals);
  });

  it('draws the municipal catalogue’s few dated adoptions (4 of 6,125 adoption links)', async () => {
    await load(
      page,
      { name: 'municipal-edges.csv', text: read('data/municipal-edges.csv') },
      { name: 'municipal-nodes.csv', text: read('data/municipal-nodes.csv') },
    );
    const want = expected('data/municipal-edges.csv', 'data/municipal-nodes.csv');
    const dated = want.projects.filter((p) => p.points.length > 0).slice(0, 8);
    await expect
      .poll(() => drawnLines(page))
      .toEqual(dated.map((p) => ({ id: p.id, value: p.points.at(-1)!.cumulative, atAxis: p.points.at(-1)!.cumulative })));
    await page.screenshot({ path: '/tmp/atlas-adoption-municipal.png' });
    expect(await figure().locator('.adoption-note').textContent()).toMatch(/Not drawn: GlobaLeaks \(4,791, none dated\)/);
  }, 120_000);

  it('says how many links have a year when no adoption is dated', async () => {
    const text = 'source,source_type,target,target_type,relation,year\nA,city,P,project,uses,\nB,city,P,project,uses,\nF,firm,P,project,maintains,2020\n';
    await load(page, { name: 'undated.csv', text });
    await expect
      .poll(() => figure().locator('.adoption-empty').textContent())
      .toBe('No dated adoption links: 0 of 2 adoption links have a year (1 of 3 links shown).');
    expect(await figure().locator('.adoption-line').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

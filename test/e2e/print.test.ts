/**
 * Printing the main page in Chromium: page.pdf() on A4 gives ONE page with
 * the map (the WebGL picture copied before printing), the legend and the
 * top of the table. When poppler's pdftoppm is installed the page is also
 * rendered to PNG and checked for ink where the map is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';
import { inkShare } from './pixels';
import { PNG } from 'pngjs';
import type { AtlasTestWindow } from './atlas-window';

/** Page objects of a PDF (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g) ?? []).length;
}

const hasPdftoppm = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('printing', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => h?.close());

  it('page.pdf({ format: A4 }) and Letter are one page with the map, the legend and the top of the table', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}?selected=Decidim&mindeg=2`);
    await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
    // The camera's move to the selected node (started while the link was applied) has ended.
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlasMap.mapView?.sigma.getCamera().isAnimated() === false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync('/tmp/atlas-print.pdf', pdf);
    expect(pageCount(pdf)).toBe(1);
    expect(pageCount(await page.pdf({ format: 'Letter', printBackground: true }))).toBe(1);
    // After printing the page is as it was: the table tab opened for print is closed again, the copy removed.
    await expect.poll(() => page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().drawer)).toBe(null);
    expect(await page.locator('.print-map, .print-caption').count()).toBe(0);

    if (!hasPdftoppm) return console.warn('pdftoppm not installed (apt-get install poppler-utils): the printed page was not looked at');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '/tmp/atlas-print.pdf', '/tmp/atlas-print']);
    expect(existsSync('/tmp/atlas-print.png')).toBe(true);
    const png = PNG.sync.read(readFileSync('/tmp/atlas-print.png'));
    // The map's area (upper left of the page, under the title) has ink: the WebGL picture was printed.
    const crop = new PNG({ width: Math.round(png.width * 0.6), height: Math.round(png.height * 0.35) });
    PNG.bitblt(png, crop, Math.round(png.width * 0.05), Math.round(png.height * 0.06), crop.width, crop.height, 0, 0);
    expect(inkShare(PNG.sync.write(crop))).toBeGreaterThan(0.02);
    await page.close();
  });
});

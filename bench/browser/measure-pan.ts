/**
 * Camera-pan frame times: the app's map (already loaded) and, right after in
 * the same browser, the bare sigma page drawing the same graph with the same
 * positions, sizes and colours taken from the app's map. Both are panned by
 * the same camera animation (instrument.ts `pan`), after a short warm-up. The
 * bare page runs with sigma's defaults and again with the app's hide-on-move
 * settings, which isolates the app's own per-frame cost.
 */
import type { Browser, Page } from 'playwright-core';
import type { BareLook } from './bare';
import { INSTRUMENT, type PanSample } from './instrument';
import { BARE_PAGE } from './serve';
import { withTimeout } from './types';

type Pannable = { getCamera(): unknown };
type BenchWindow = { __bench: { pan(ms: number, sigma: Pannable, minFrames: number): Promise<PanSample> } };
type MapWindow = {
  atlasMap: { mapView: { sigma: Pannable & { getGraph(): GraphLike; getNodeDisplayData(n: string): { size: number; color: string } | undefined } } | null };
};
type GraphLike = { forEachNode(cb: (node: string, a: Record<string, unknown>) => void): void };
type BareWindow = {
  bare: {
    load(url: string, look: BareLook, settings: BareSettings): Promise<{ nodes: number; edges: number; buildMs: number; renderMs: number }>;
    sigma: Pannable | null;
  };
};

const WARM_UP_MS = 300;
/** Frame intervals wanted per pan, however slow the frames. */
const MIN_FRAMES = 6;

/** Settings for the bare page: none (sigma's defaults) or the app's hide-on-move pair. */
export type BareSettings = { hideEdgesOnMove?: boolean; hideLabelsOnMove?: boolean };

/** Pans the app's map; returns the frames and the look to hand to the bare page. */
export async function panApp(page: Page, ms: number): Promise<{ sample: PanSample; look: BareLook }> {
  const look = await page.evaluate(() => {
    const sigma = (window as unknown as MapWindow).atlasMap.mapView!.sigma;
    const out: BareLook = { keys: [], xy: [], size: [], color: [] };
    sigma.getGraph().forEachNode((node, a) => {
      const d = sigma.getNodeDisplayData(node);
      out.keys.push(node);
      out.xy.push(Number(a['x']), Number(a['y']));
      out.size.push(d?.size ?? 2);
      out.color.push(d?.color ?? '#999');
    });
    return out;
  });
  const pan = (duration: number) =>
    page.evaluate(
      ([d, n]) => {
        const w = window as unknown as BenchWindow & MapWindow;
        return w.__bench.pan(d, w.atlasMap.mapView!.sigma, n);
      },
      [duration, duration === WARM_UP_MS ? 1 : MIN_FRAMES] as const,
    );
  await withTimeout(pan(WARM_UP_MS), 300, 'warm-up pan (app)');
  const sample = await withTimeout(pan(ms), 300 + ms / 1000, 'pan (app)');
  return { sample, look };
}

/** Opens the bare page on the same edges file and look, pans it the same way. */
export async function panBare(
  browser: Browser,
  baseUrl: string,
  edgesFile: string,
  look: BareLook,
  ms: number,
  settings: BareSettings,
): Promise<PanSample & { nodes: number; edges: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: INSTRUMENT });
    await page.route('**/bench-data/edges.csv', (route) => route.fulfill({ path: edgesFile, contentType: 'text/csv' }));
    await page.goto(`${baseUrl}${BARE_PAGE}`);
    await page.waitForFunction(() => 'bare' in window);
    const loaded = await withTimeout(
      page.evaluate(([l, s]) => (window as unknown as BareWindow).bare.load(new URL('/bench-data/edges.csv', location.href).href, l, s), [
        look,
        settings,
      ] as const),
      240,
      'bare sigma page load',
    );
    const pan = (duration: number) =>
      page.evaluate(
        ([d, n]) => {
          const w = window as unknown as BenchWindow & BareWindow;
          return w.__bench.pan(d, w.bare.sigma!, n);
        },
        [duration, duration === WARM_UP_MS ? 1 : MIN_FRAMES] as const,
      );
    // A bare frame that draws 10^5 edges takes seconds under SwiftShader: generous bounds.
    await withTimeout(pan(WARM_UP_MS), 300, 'warm-up pan (bare)');
    const sample = await withTimeout(pan(ms), 300 + ms / 1000, 'pan (bare)');
    return { ...sample, nodes: loaded.nodes, edges: loaded.edges };
  } finally {
    await context.close().catch(() => undefined);
  }
}

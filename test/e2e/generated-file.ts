/**
 * A generated file above both bounds of a map drawn whole (map-view.ts:
 * 10,000 nodes, 10,000 links), for the tests of a large map's progressive
 * fill: its nodes come in slices. With `years`, its links are dated (the
 * timeline bar is shown under the map).
 */
import type { Page } from 'playwright-core';
import { openApp, type Harness } from './browser';

/** 14,000 cities each using two of 2,800 projects (a fixed pseudo-random pick), with the numbers of distinct nodes and links; with `years`, each link has a year from 2000 to 2019; `seed` picks another file of the same shape. */
export function generatedFile(options: { years?: boolean; seed?: number } = {}): { text: string; nodes: number; links: number } {
  const dated = options.years === true;
  const rows = [`source,source_type,target,target_type${dated ? ',year' : ''}`];
  const nodes = new Set<string>();
  const links = new Set<string>();
  let seed = options.seed ?? 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  for (let c = 0; c < 14_000; c++) {
    const a = next() % 2_800;
    const b = (a + 1 + (next() % 2_799)) % 2_800;
    const year = (p: number) => (dated ? `,${2000 + ((c + p) % 20)}` : '');
    rows.push(`City ${c},city,Project ${a},project${year(a)}`, `City ${c},city,Project ${b},project${year(b)}`);
    nodes.add(`City ${c}`).add(`Project ${a}`).add(`Project ${b}`);
    links.add(`${c} ${a}`).add(`${c} ${b}`);
  }
  return { text: `${rows.join('\n')}\n`, nodes: nodes.size, links: links.size };
}

/** Opens the app on its default data with a generated file's text in `window.__text`, for the page to load it. */
export async function openWithGeneratedFile(h: Harness, options: Parameters<typeof generatedFile>[0] = {}): Promise<Page> {
  const page = await openApp(h, '', [], 120_000);
  const { text } = generatedFile(options);
  await page.evaluate((t) => {
    (window as unknown as { __text: string }).__text = t;
  }, text);
  return page;
}

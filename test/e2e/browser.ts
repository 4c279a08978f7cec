/**
 * Browser-test harness: each test file connects to the Chromium and the
 * preview server of the test build that the global setup started for all
 * files (global-setup.ts), and gets its own browser context (own cookies,
 * storage, permissions), closed with the file.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export interface Harness {
  /** The test build's address, ending in '/'. */
  baseUrl: string;
  /** The shared browser, connected for this file (new contexts for offline pages and the like). */
  browser: Browser;
  /** This file's context, 1280×800. */
  context: BrowserContext;
  /** Closes this file's contexts and disconnects; the shared browser and server stay for the next file. */
  close(): Promise<void>;
}

/** Connects to the shared browser and opens this file's context. */
export async function startHarness(): Promise<Harness> {
  const browser = await chromium.connect(inject('atlasWsEndpoint'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return {
    baseUrl: inject('atlasBaseUrl'),
    browser,
    context,
    async close() {
      await context.close();
      // A connected browser's close() closes the contexts made through this connection and disconnects.
      await browser.close();
    },
  };
}

/**
 * Opens the app at `query` in a new page of the file's context and waits
 * until the data is on the map and the address's state is applied (the
 * page's own `data-atlas-state` signal, for at most `timeout` ms). Page
 * errors go to `errors` when given.
 */
export async function openApp(h: Harness, query = '', errors?: string[], timeout = 60_000): Promise<Page> {
  const page = await h.context.newPage();
  if (errors) page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.baseUrl + query);
  await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout });
  return page;
}

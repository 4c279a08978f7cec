/**
 * Browser-test harness: builds the app once, serves `dist/` with Vite's
 * preview server on a free port, and drives Debian's Chromium through
 * playwright-core (never a downloaded browser). Flags as this machine needs
 * them: software WebGL through SwiftShader, no background networking.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Harness {
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

let built: Promise<void> | undefined;
/** Builds `dist/` once per test process, unless the global setup (global-setup.ts) already did. */
export function buildOnce(): Promise<void> {
  if (process.env['ATLAS_DIST_BUILT'] === '1') return Promise.resolve();
  built ??= build({ logLevel: 'warn', configFile: new URL('../../vite.config.ts', import.meta.url).pathname }).then(() => undefined);
  return built;
}

/** Launches Chromium; playwright gives every launch a fresh temporary profile (--user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** Builds the app, serves it and opens a browser context. */
export async function startHarness(): Promise<Harness> {
  await buildOnce();
  const server: PreviewServer = await preview({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return {
    baseUrl,
    browser,
    context,
    async close() {
      await context.close();
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

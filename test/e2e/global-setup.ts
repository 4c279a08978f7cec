/**
 * Global setup of the browser tests: builds the test build once
 * (`vite build --mode e2e` into `dist-e2e/`, with the test hooks), serves it
 * with Vite's preview server on a free port of 127.0.0.1 and starts ONE
 * Chromium as a server; every test file connects to both (browser.ts,
 * `startHarness`) through vitest's `provide`/`inject`. The teardown closes
 * the browser and the server. A build failure stops the browser tests here,
 * with Vite's message.
 */
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the preview server of `dist-e2e/`, ending in '/'. */
    atlasBaseUrl: string;
    /** Where test files connect to the shared Chromium (`chromium.connect`). */
    atlasWsEndpoint: string;
  }
}

const configFile = new URL('../../vite.config.ts', import.meta.url).pathname;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ configFile, mode: 'e2e', logLevel: 'warn' });
  const [server, browser] = await Promise.all([
    preview({ configFile, mode: 'e2e', preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false }, logLevel: 'warn' }),
    launchChromiumServer(),
  ]);
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('test/e2e/global-setup: the preview server has no port');
  project.provide('atlasBaseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('atlasWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}

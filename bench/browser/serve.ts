/**
 * Builds the app once for the benchmark into `bench/browser/dist` (never the
 * tests' `dist-e2e/` or the release's `dist/`), in the tests' build mode
 * (`e2e`: `window.atlas` and `atlasMap`, which the measurements read), with the
 * bare sigma page as an extra input, serves it with Vite's preview server on
 * 127.0.0.1 and launches Debian's Chromium with the same flags as the browser
 * tests (software WebGL through SwiftShader).
 *
 * The project's vite.config.ts is loaded and reused as it is, except for the
 * snapshot-template plugin: the benchmark does not need the single-file
 * template.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build, loadConfigFromFile, preview, type InlineConfig, type PluginOption } from 'vite';
import { launchChromium } from '../../test/e2e/chromium';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUT_DIR = 'bench/browser/dist';
/** The tests' build mode: the page exposes the app to scripts (src/ui/main.ts). */
const BUILD_MODE = 'e2e';
/** The bare page's path under the served root. */
export const BARE_PAGE = 'bench/browser/bare.html';

export interface BenchServer {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** True for a plugin object named `name` (plugin options may nest arrays or be falsy). */
function isPlugin(p: PluginOption, name: string): boolean {
  return typeof p === 'object' && p !== null && !Array.isArray(p) && 'name' in p && p.name === name;
}

/** The project's config in the e2e mode, without the snapshot build and the test settings, writing to OUT_DIR. */
async function benchConfig(): Promise<InlineConfig> {
  const loaded = await loadConfigFromFile({ command: 'build', mode: BUILD_MODE }, `${ROOT}vite.config.ts`, ROOT, 'warn');
  if (!loaded) throw new Error('bench/browser: vite.config.ts not found');
  const { test: _test, ...config } = loaded.config as InlineConfig & { test?: unknown };
  const input = config.build?.rollupOptions?.input;
  const inputs = typeof input === 'object' && !Array.isArray(input) ? input : { main: 'index.html' };
  return {
    ...config,
    configFile: false,
    mode: BUILD_MODE,
    root: ROOT,
    logLevel: 'warn',
    plugins: (config.plugins ?? []).filter((p) => !isPlugin(p, 'atlas-snapshot-template')),
    build: {
      ...config.build,
      outDir: OUT_DIR,
      emptyOutDir: true,
      // No plugin-timing warning: the benchmark builds on a busy machine on purpose.
      rollupOptions: { ...config.build?.rollupOptions, input: { ...inputs, bare: BARE_PAGE }, checks: { pluginTimings: false } },
    },
  };
}

/** Builds, serves and launches; `close()` undoes all three. */
export async function startBenchServer(): Promise<BenchServer> {
  const config = await benchConfig();
  await build(config);
  const server = await preview({
    ...config,
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('bench/browser: the preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const browser = await launchChromium();
  return {
    baseUrl,
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

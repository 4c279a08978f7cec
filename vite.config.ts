/// <reference types="vitest/config" />
/**
 * Vite builds the single-page app (`index.html` → `dist/`), relative base so
 * `dist/` can be served from any folder; vitest runs the suite in Node.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  test: {
    testTimeout: 60_000,
    projects: [
      // Core, CLI and analysis in Node.
      { extends: true, test: { name: 'node', include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts'], environment: 'node' } },
      // The built app in Debian's Chromium (one file at a time: each starts a browser).
      { extends: true, test: { name: 'browser', include: ['test/e2e/**/*.test.ts'], environment: 'node', fileParallelism: false, hookTimeout: 180_000, testTimeout: 120_000 } },
    ],
  },
});

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
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

/// <reference types="vitest/config" />
/**
 * Vite builds the single-page app (`index.html`) and the embed page
 * (`embed.html`) into `dist/` with a relative base, so `dist/` can be served
 * from any folder; after that a second build writes
 * `dist/snapshot-template.html`: the whole app in ONE file (every script,
 * style and web worker inlined; workers start from blob URLs), from which
 * the Share dialog makes self-contained snapshots by adding a data block.
 * vitest runs the suite in Node.
 */
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';

const SNAPSHOT_TEMPLATE = 'snapshot-template.html';

/** `</script` inside inlined code would end the element: write it as `<\/script` (same string in JS). */
const safeScript = (code: string) => code.replace(/<\/script/gi, '<\\/script');

/**
 * Inlines the built page's scripts and styles, turns worker files into blob
 * URLs and keeps only the page, renamed to `snapshot-template.html`.
 */
function inlineSingleFile(): Plugin {
  return {
    name: 'atlas-inline-single-file',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = new Map<string, string>();
      for (const item of Object.values(bundle)) files.set(item.fileName, item.type === 'chunk' ? item.code : String(item.source));
      const page = Object.values(bundle).find((item) => item.type === 'asset' && item.fileName.endsWith('.html'));
      if (!page || page.type !== 'asset') throw new Error('atlas-inline-single-file: no HTML page in the bundle');
      const workers = [...files.keys()].filter((f) => /worker[^/]*\.js$/.test(f));
      const fileOf = (ref: string) => ref.replace(/^(\.\/|\/)/, '');
      const withWorkers = (code: string) =>
        workers.reduce((out, worker) => {
          const name = worker.split('/').pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const pattern = new RegExp(`new URL\\(\\s*(["'\`])[^"'\`]*${name}\\1\\s*,\\s*import\\.meta\\.url\\s*\\)`, 'g');
          const blob = `URL.createObjectURL(new Blob([${JSON.stringify(files.get(worker))}],{type:"text/javascript"}))`;
          return out.replace(pattern, () => blob);
        }, code);
      let html = String(page.source);
      html = html.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_m, src: string) => {
        const code = files.get(fileOf(src));
        if (code === undefined) throw new Error(`atlas-inline-single-file: missing script ${src}`);
        return `<script type="module">${safeScript(withWorkers(code))}</script>`;
      });
      html = html.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_m, href: string) => `<style>${files.get(fileOf(href)) ?? ''}</style>`);
      html = html.replace(/<link rel="modulepreload"[^>]*>/g, '');
      const leftover = /(src|href)="\.?\/?assets\/[^"]+"/.exec(html);
      if (leftover) throw new Error(`atlas-inline-single-file: not inlined: ${leftover[0]}`);
      for (const key of Object.keys(bundle)) delete bundle[key];
      this.emitFile({ type: 'asset', fileName: SNAPSHOT_TEMPLATE, source: html });
    },
  };
}

/** The snapshot template's build settings (one chunk, no preload, nothing copied). */
const snapshotConfig: InlineConfig = {
  configFile: false,
  base: './',
  logLevel: 'warn',
  plugins: [inlineSingleFile()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: false,
    modulePreload: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    rollupOptions: { input: 'index.html', output: { codeSplitting: false } },
  },
};


/** Runs the snapshot-template build once the main build is written. */
function snapshotTemplate(): Plugin {
  let root = process.cwd();
  return {
    name: 'atlas-snapshot-template',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async closeBundle() {
      await build({ ...snapshotConfig, root });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [snapshotTemplate()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  worker: { format: 'es' },
  test: {
    testTimeout: 60_000,
    projects: [
      // Core, CLI and analysis in Node.
      { extends: true, test: { name: 'node', include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts'], environment: 'node' } },
      // The built app in Debian's Chromium (one file at a time: each starts a browser).
      { extends: true, test: { name: 'browser', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/global-setup.ts'], environment: 'node', fileParallelism: false, hookTimeout: 180_000, testTimeout: 120_000 } },
    ],
  },
});

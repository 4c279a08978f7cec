/// <reference types="vitest/config" />
/**
 * Vite builds the single-page app (`index.html`) and the embed page
 * (`embed.html`) into `dist/` with a relative base, so `dist/` can be served
 * from any folder; after that a second build writes
 * `dist/snapshot-template.html`: the whole app in ONE file (every script,
 * style and web worker inlined; workers start from blob URLs), from which
 * the Share dialog makes self-contained snapshots by adding a data block.
 * Both builds (and the dev server) precompute the embedded default dataset's
 * analysis with the same core code the worker runs (`virtual:default-analysis`),
 * so the first screen needs no worker round trip.
 *
 * `vite build --mode e2e` builds the same app into `dist-e2e/` with the test
 * hooks (`window.atlas`, `atlasMap`, `atlasUrlSync`, `atlasEmbed`; see the end
 * of src/ui/main.ts), which the plain build leaves out; the browser tests and
 * the browser benchmark serve that build. vitest runs the core and CLI tests
 * in Node and the browser tests against one shared preview server and one
 * shared Chromium (test/e2e/global-setup.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, runnerImport, type InlineConfig, type Plugin } from 'vite';

const SNAPSHOT_TEMPLATE = 'snapshot-template.html';

/** `</script` inside inlined code would end the element: write it as `<\/script` (same string in JS). */
const safeScript = (code: string) => code.replace(/<\/script/gi, '<\\/script');

/**
 * Inlines the built page's scripts and styles, turns worker files into blob
 * URLs and keeps only the page, renamed to `snapshot-template.html`. Runs
 * after every other plugin's `generateBundle` (order 'post'): Vite's own one
 * finishes the code there (its `import()` preload markers become `void 0`),
 * and code taken before that throws `__VITE_PRELOAD__ is not defined` when
 * the page first loads a lazy module (the world basemap).
 */
function inlineSingleFile(): Plugin {
  return {
    name: 'atlas-inline-single-file',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = new Map<string, string>();
        for (const item of Object.values(bundle)) files.set(item.fileName, item.type === 'chunk' ? item.code : String(item.source));
        const page = Object.values(bundle).find((item) => item.type === 'asset' && item.fileName.endsWith('.html'));
        if (page?.type !== 'asset') throw new Error('atlas-inline-single-file: no HTML page in the bundle');
        const workers = [...files.keys()].filter((f) => /worker[^/]*\.js$/.test(f));
        const fileOf = (ref: string) => ref.replace(/^(\.\/|\/)/, '');
        const withWorkers = (code: string) =>
          workers.reduce((out, worker) => {
            const name = worker
              .split('/')
              .pop()!
              .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
        // A build-time placeholder left in the code would only fail in the reader's browser.
        const placeholder = /__VITE_[A-Z_]+__/.exec(html);
        if (placeholder) throw new Error(`atlas-inline-single-file: unresolved ${placeholder[0]} in the inlined code`);
        for (const key of Object.keys(bundle)) delete bundle[key];
        this.emitFile({ type: 'asset', fileName: SNAPSHOT_TEMPLATE, source: html });
      },
    },
  };
}

const DEFAULT_ANALYSIS = 'virtual:default-analysis';

/**
 * `virtual:default-analysis`: the default dataset's payload as the worker
 * would post it (analysed at the default options, first layout included), as
 * JSON text, and the options it was computed with. Deterministic (seeded), so
 * it is what the worker would compute; the page uses it only when its options
 * are these. Built apps only (`vite build`, the preview and the tests).
 */
function defaultAnalysis(): Plugin {
  let root = process.cwd();
  let serve = false;
  return {
    name: 'atlas-default-analysis',
    configResolved(config) {
      root = config.root;
      serve = config.command === 'serve';
    },
    resolveId: (id) => (id === DEFAULT_ANALYSIS ? `\0${DEFAULT_ANALYSIS}` : null),
    async load(id) {
      if (id !== `\0${DEFAULT_ANALYSIS}`) return null;
      // The dev server leaves it empty: the worker then analyses with the code being edited.
      if (serve) return `export const options = '';\nexport default '';\n`;
      // Through Vite's module runner: the config itself stays free of the app's sources.
      type Payload = typeof import('./src/workers/payload');
      type Json = typeof import('./src/workers/payload-json');
      type Options = typeof import('./src/core/analysis/options');
      const load = async <T>(path: string) => (await runnerImport<T>(resolve(root, path), { configFile: false, logLevel: 'warn' })).module;
      const { analysisPayload } = await load<Payload>('src/workers/payload.ts');
      const { payloadToJson } = await load<Json>('src/workers/payload-json.ts');
      const { resolveAnalysisOptions } = await load<Options>('src/core/analysis/options.ts');
      const file = (name: string) => {
        const path = resolve(root, 'data', name);
        this.addWatchFile(path);
        const text = readFileSync(path, 'utf8');
        return { name, text, sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
      };
      const options = resolveAnalysisOptions({});
      const { payload } = analysisPayload({ edges: file('default-edges.csv'), nodes: file('default-nodes.csv') }, options);
      return `export const options = ${JSON.stringify(JSON.stringify(options))};\nexport default ${JSON.stringify(payloadToJson(payload))};\n`;
    },
  };
}

/** The snapshot template's build settings (one chunk, no preload, nothing copied). */
const snapshotConfig: InlineConfig = {
  configFile: false,
  base: './',
  logLevel: 'warn',
  plugins: [defaultAnalysis(), inlineSingleFile()],
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

/**
 * Runs the snapshot-template build once the main build is written, into the
 * same folder and in the same mode (so the e2e build's template has the test
 * hooks and the plain one has none).
 */
function snapshotTemplate(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let mode = 'production';
  return {
    name: 'atlas-snapshot-template',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
      mode = config.mode;
    },
    async closeBundle() {
      await build({ ...snapshotConfig, root, mode, build: { ...snapshotConfig.build, outDir } });
    },
  };
}

/** The build mode of the test build: test hooks on, written to `dist-e2e/`. */
const E2E_MODE = 'e2e';

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [defaultAnalysis(), snapshotTemplate()],
  build: {
    target: 'es2022',
    outDir: mode === E2E_MODE ? 'dist-e2e' : 'dist',
    sourcemap: true,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  worker: { format: 'es' as const },
  test: {
    testTimeout: 60_000,
    projects: [
      // Core, CLI and analysis in Node.
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/workers/**/*.test.ts', 'test/ui/**/*.test.ts'],
          environment: 'node',
        },
      },
      // The e2e build in Debian's Chromium: one preview server and one browser
      // for every file (global-setup.ts), one file at a time so the 2-core
      // machine stays steady (SwiftShader draws on the CPU), in one worker
      // that keeps playwright loaded between files (isolate: false; the files
      // share no module state: each opens its own context).
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          isolate: false,
          hookTimeout: 180_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
}));

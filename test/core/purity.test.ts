/**
 * src/core runs in the browser, in workers and in Node: it must not touch the
 * DOM, Node's APIs, sigma or the UI. Its tsconfig has no DOM lib, but
 * @types/papaparse pulls Node's types in, so this scan is the guard; the
 * linter (biome.json, an override for src/core) enforces the same boundary
 * while editing, and the last test checks that its rule can fail.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoDir = new URL('../../', import.meta.url).pathname;
const coreDir = new URL('../../src/core/', import.meta.url).pathname;

/** Module specifiers a file imports: `from '…'` (imports and re-exports) and `import('…')`. */
function importsOf(text: string): string[] {
  return [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}
const FORBIDDEN_IMPORT =
  /^node:|^(fs|path|os|crypto|child_process|url|util|worker_threads)$|^sigma(\/|$)|^@sigma\/|^d3-selection$|(^|\/)(ui|workers|cli)(\/|$)/;

/** A file that breaks the boundary once per forbidden import (its last line uses a DOM global). */
const PROBE = [
  "import { App } from '../../ui/app';",
  "export type { Job } from '../../workers/protocol';",
  "import Sigma from 'sigma';",
  "import { NodeBorderProgram } from '@sigma/node-border';",
  "import { select } from 'd3-selection';",
  "import { readFileSync } from 'node:fs';",
  "import { parseArgs } from '../../cli/args';",
  "export const lazy = () => import('sigma');",
  'export const used = [App, Sigma, NodeBorderProgram, select, readFileSync, parseArgs];',
  'export const title = () => document.title;',
].join('\n');
const FORBIDDEN_IN_PROBE = 8;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}
/** Source without comments and string contents, so prose does not trip the scan. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

describe('src/core purity', () => {
  const sources = files(coreDir).map((p) => ({ p, text: readFileSync(p, 'utf8') }));

  it('src/core has files to check', () => expect(sources.length).toBeGreaterThan(20));

  it('src/core uses no DOM or Node globals', () => {
    const forbidden = /\b(document|window|navigator|localStorage|sessionStorage|HTMLElement|Buffer|process|require|__dirname|setImmediate)\b/;
    const offenders = sources.filter(({ text }) => forbidden.test(code(text))).map(({ p, text }) => `${p}: ${code(text).match(forbidden)![0]}`);
    expect(offenders).toEqual([]);
  });

  it('src/core imports no Node module, sigma, d3-selection, ui, workers or cli', () => {
    const imports = sources.flatMap(({ p, text }) => importsOf(text).map((spec) => ({ p, spec })));
    expect(imports.length).toBeGreaterThan(50);
    expect(imports.filter(({ spec }) => FORBIDDEN_IMPORT.test(spec))).toEqual([]);
  });

  it('the scan catches a forbidden use (the guard can fail)', () => {
    expect(/\bBuffer\b/.test(code("const b = Buffer.from('x');"))).toBe(true);
    expect(/\bwindow\b/.test(code("// window in a comment\nconst s = 'window';"))).toBe(false);
    const probe = PROBE.split('\n').slice(0, -1).join('\n');
    expect(importsOf(probe).filter((spec) => FORBIDDEN_IMPORT.test(spec))).toHaveLength(FORBIDDEN_IN_PROBE);
    expect(['./provenance-cli', '../graph/node-key', 'd3-scale', 'graphology'].filter((spec) => FORBIDDEN_IMPORT.test(spec))).toEqual([]);
  });

  it('the linter refuses the same imports in src/core and allows them elsewhere (biome.json can fail)', () => {
    // A copy of the project's biome.json over two probe files, linted by the project's own Biome binary.
    const root = mkdtempSync(join(tmpdir(), 'atlas-lint-'));
    try {
      copyFileSync(join(repoDir, 'biome.json'), join(root, 'biome.json'));
      mkdirSync(join(root, 'src/core/layout'), { recursive: true });
      mkdirSync(join(root, 'src/ui'), { recursive: true });
      writeFileSync(join(root, 'src/core/layout/probe.ts'), PROBE);
      writeFileSync(join(root, 'src/ui/probe.ts'), PROBE);
      const biome = join(repoDir, 'node_modules/.bin/biome');
      const run = spawnSync(biome, ['lint', '--reporter=json', '--max-diagnostics=none', '--vcs-enabled=false', '.'], { cwd: root, encoding: 'utf8' });
      const report = JSON.parse(run.stdout) as { diagnostics: { category: string; location: { path: string | { file: string } } }[] };
      const boundary = report.diagnostics.filter((d) => /noRestrictedImports|noNodejsModules|noRestrictedGlobals/.test(d.category));
      const file = (d: (typeof boundary)[number]) => (typeof d.location.path === 'string' ? d.location.path : d.location.path.file);
      expect(new Set(boundary.filter((d) => /noRestrictedImports/.test(d.category)).map(file))).toEqual(new Set(['src/core/layout/probe.ts']));
      expect(boundary.filter((d) => /noRestrictedImports/.test(d.category))).toHaveLength(FORBIDDEN_IN_PROBE);
      expect(boundary.filter((d) => /noRestrictedGlobals/.test(d.category)).map(file)).toEqual(['src/core/layout/probe.ts']);
      expect(run.status).not.toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

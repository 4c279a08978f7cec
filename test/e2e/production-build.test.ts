/**
 * The plain build (`vite build`, what `npm run build` ships) leaves the test
 * hooks out: no `window.atlas`, `atlasMap`, `atlasUrlSync` or `atlasEmbed`
 * in its pages, scripts or snapshot template, while the test build that the
 * browser tests serve (`dist-e2e/`, from the global setup) has them — the
 * same search, so it is seen to find what is there. Builds into a temporary
 * folder, never `dist/`. Source maps are left out of the search: they carry
 * the sources as written.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const HOOKS = /\b(atlasUrlSync|atlasMap|atlasEmbed)\b|\batlas:\s*\w+\s*,\s*atlasMap\b/;

/** Served files (pages and scripts, not source maps) of a build folder whose text matches `HOOKS`. */
function filesWithHooks(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|js)$/.test(f))
    .filter((f) => HOOKS.test(readFileSync(join(dir, f), 'utf8')));
}

describe('test hooks and builds', () => {
  const out = mkdtempSync(join(tmpdir(), 'atlas-plain-build-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('vite build (production) has no window.atlas, atlasMap, atlasUrlSync or atlasEmbed; the e2e build has them', async () => {
    await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
    const served = readdirSync(out, { recursive: true, encoding: 'utf8' });
    expect(served).toEqual(expect.arrayContaining(['index.html', 'embed.html', 'snapshot-template.html']));
    expect(filesWithHooks(out)).toEqual([]);
    const e2e = filesWithHooks(join(ROOT, 'dist-e2e'));
    expect(e2e).toContain('snapshot-template.html');
    expect(e2e.some((f) => /^assets\/main-.*\.js$/.test(f))).toBe(true);
    expect(e2e.some((f) => /^assets\/embed-.*\.js$/.test(f))).toBe(true);
  });
});

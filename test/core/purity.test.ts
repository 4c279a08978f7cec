/**
 * src/core runs in the browser, in workers and in Node: it must not touch the
 * DOM, Node's APIs, sigma or the UI. Its tsconfig has no DOM lib, but
 * @types/papaparse pulls Node's types in, so this scan is the guard.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreDir = new URL('../../src/core/', import.meta.url).pathname;
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

  it('src/core imports no Node module, sigma, ui or workers', () => {
    const imports = sources.flatMap(({ p, text }) => [...text.matchAll(/from '([^']+)'/g)].map((m) => ({ p, spec: m[1]! })));
    const bad = imports.filter(({ spec }) => /^node:|^(fs|path|os|crypto|child_process)$|^sigma|^@sigma\/|\/ui\/|\/workers\//.test(spec));
    expect(bad).toEqual([]);
  });

  it('the scan catches a forbidden use (the guard can fail)', () => {
    expect(/\bBuffer\b/.test(code("const b = Buffer.from('x');"))).toBe(true);
    expect(/\bwindow\b/.test(code("// window in a comment\nconst s = 'window';"))).toBe(false);
  });
});

/**
 * `atlas duplicates` and `atlas analyze --aliases`, in-process: the pairs of
 * the municipal catalogue written as CSV and as an aliases file that analyze
 * reads back (read with papaparse, a parser other than ours), and the
 * errors of a bad aliases file or flag, with exit code 1.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { atlas } from './run-atlas';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-duplicates-'));
function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}
/** The data rows of a CSV we wrote: the comment lines dropped, then read with papaparse. */
const rowsOf = (path: string) =>
  Papa.parse<Record<string, string>>(
    readFileSync(path, 'utf8')
      .split('\r\n')
      .filter((l) => !l.startsWith('"#'))
      .join('\n'),
    { header: true, skipEmptyLines: true },
  ).data;

describe('atlas duplicates', () => {
  it('lists the municipal catalogue’s pairs best first and writes them and an aliases file', () => {
    const out = join(tmp, 'pairs.csv');
    const aliases = join(tmp, 'aliases.csv');
    const r = atlas('duplicates', 'data/municipal-edges.csv', '--nodes', 'data/municipal-nodes.csv', '--out', out, '--out-aliases', aliases, '--top', '3');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^6,834 nodes; [\d,]+ pairs compared after blocking \(of 23,348,361\); \d+ suggested at a score of 0\.8 or more/);
    expect(r.stdout.split('\n').filter((l) => l.includes('⇄'))).toHaveLength(3);
    const pairs = rowsOf(out);
    expect(Object.keys(pairs[0]!)).toEqual(['a', 'b', 'score', 'name_score', 'reasons', 'against', 'a_type', 'b_type', 'a_links', 'b_links']);
    const scores = pairs.map((p) => Number(p['score']));
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0.8);
    const parma = pairs.find((p) => [p['a'], p['b']].sort().join('|') === 'Comune di Parma|Parma')!;
    expect(parma['reasons']).toMatch(/^same-name: /);

    const rows = rowsOf(aliases);
    const canonicalOf = new Map(rows.map((a) => [a['alias']!, a['canonical']!]));
    // The canonical has more links; on a tie the longer (official) name.
    expect(canonicalOf.get('Parma')).toBe('Comune di Parma');
    expect(canonicalOf.get('Salo')).toBe('Comune di Salò');
    // One canonical per alias, and no canonical is itself an alias.
    expect(canonicalOf.size).toBe(rows.length);
    for (const c of canonicalOf.values()) expect(canonicalOf.has(c)).toBe(false);

    // With those aliases merged first, nothing is left to suggest, and each alias took one node away.
    const again = atlas('duplicates', 'data/municipal-edges.csv', '--nodes', 'data/municipal-nodes.csv', '--aliases', aliases);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`${(6834 - rows.length).toLocaleString('en')} nodes;`);
    expect(again.stdout).toMatch(/; 0 suggested at a score of 0\.8 or more/);
  });

  it('--threshold moves the cut: at 0.5 the default data lists Barcelona vs its province, at 1 nothing', () => {
    const out = join(tmp, 'exact.csv');
    expect(atlas('duplicates', 'data/default-edges.csv', '--nodes', 'data/default-nodes.csv', '--threshold', '0.5', '--out', out, '--quiet').code).toBe(0);
    expect(rowsOf(out).map((p) => `${p['a']}|${p['b']}`)).toContain('Barcelona|Diputació de Barcelona');
    expect(atlas('duplicates', 'data/default-edges.csv', '--nodes', 'data/default-nodes.csv', '--threshold', '1', '--out', out, '--quiet').code).toBe(0);
    expect(rowsOf(out)).toEqual([]);
  });

  it('refuses a threshold outside 0–1 and an unknown flag', () => {
    const r = atlas('duplicates', 'data/default-edges.csv', '--threshold', '2');
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining("--threshold must be between 0 and 1, got '2'")]);
    expect(atlas('duplicates', 'data/default-edges.csv', '--seed', '3').code).toBe(1);
    expect(atlas('duplicates', '--help').stdout).toContain('--out-aliases FILE');
  });
});

describe('atlas analyze --aliases', () => {
  const edges = file('edges.csv', 'source,target,evidence\nParma,Decidim,https://a\nComune di Parma,Decidim,https://b\nComune di Parma,PiTre,https://c\n');

  it('merges the aliases, says so, and records the file with its SHA-256', () => {
    const aliases = file('aliases.csv', 'alias,canonical\nParma,Comune di Parma\n');
    const out = join(tmp, 'report.json');
    const r = atlas('analyze', edges, '--aliases', aliases, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning: aliases.csv line 2: 'Parma' was merged into 'Comune di Parma' (1 link row)");
    expect(r.stdout).toContain('Nodes: 3');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.input.files.map((f: { role: string }) => f.role)).toEqual(['edges', 'aliases']);
    expect(report.input.sha256['aliases.csv']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an aliases file with a cycle, naming file, line and column, with exit code 1', () => {
    const aliases = file('cycle.csv', 'alias,canonical\nParma,Comune di Parma\nComune di Parma,Parma\n');
    const r = atlas('analyze', edges, '--aliases', aliases);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^atlas: cycle\.csv line 2, column 'canonical': the aliases form a cycle/);
  });
});

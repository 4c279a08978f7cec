/**
 * `atlas snapshot`, run in-process through `main(argv, io)`: the same files and seed give
 * byte-identical SVG, another seed another picture; the SVG records how to
 * re-make it; projections, GEXF with positions, and clear errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlas } from './run-atlas';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-snapshot-'));
const DATA = ['data/default-edges.csv', '--nodes', 'data/default-nodes.csv'];
// The provenance would be dated from SOURCE_DATE_EPOCH if the environment set it.
delete process.env['SOURCE_DATE_EPOCH'];

describe('atlas snapshot (in-process)', () => {
  it('snapshot twice with the same seed writes byte-identical SVG; another seed writes another', () => {
    const out = join(tmp, 'a.svg');
    const first = atlas('snapshot', ...DATA, '--seed', '42', '--svg', out);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Wrote ${out}`);
    const one = readFileSync(out);
    expect(atlas('snapshot', ...DATA, '--seed', '42', '--svg', out).code).toBe(0);
    expect(readFileSync(out).equals(one)).toBe(true);
    expect(atlas('snapshot', ...DATA, '--seed', '7', '--svg', out).code).toBe(0);
    const other = readFileSync(out, 'utf8');
    expect(other).not.toBe(one.toString('utf8'));
    expect(other).toContain('--seed 7');
  });

  it('--aliases merges ids before the figure is drawn, and the command that re-makes it names the file', () => {
    const out = join(tmp, 'aliases.svg');
    const aliases = join(tmp, 'aliases.csv');
    writeFileSync(aliases, 'alias,canonical\nBadalona,Barcelona\n');
    const run = atlas('snapshot', ...DATA, '--aliases', aliases, '--svg', out);
    expect(run.code, run.stderr).toBe(0);
    // Without the aliases the figure draws Badalona (checked, so the test can fail).
    expect(atlas('snapshot', ...DATA, '--svg', join(tmp, 'no-aliases.svg')).code).toBe(0);
    expect(readFileSync(join(tmp, 'no-aliases.svg'), 'utf8')).toContain('data-id="Badalona"');
    const svg = readFileSync(out, 'utf8');
    const meta = JSON.parse(/<metadata id="provenance"><!\[CDATA\[([\s\S]*?)\]\]><\/metadata>/.exec(svg)![1]!);
    expect(meta.inputs.map((i: { name: string }) => i.name)).toContain('aliases.csv');
    expect(meta.reproduce).toContain(`--aliases ${aliases}`);
    expect(svg).toContain('data-id="Barcelona"');
    expect(svg).not.toContain('data-id="Badalona"');
  });

  it('the SVG carries its provenance: input hashes, parameters and the command that re-makes it', () => {
    const out = join(tmp, 'p.svg');
    expect(atlas('snapshot', ...DATA, '--svg', out, '--title', 'Who builds what', '--size', 'pagerank').code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    const meta = JSON.parse(/<metadata id="provenance"><!\[CDATA\[([\s\S]*?)\]\]><\/metadata>/.exec(svg)![1]!);
    expect(meta.inputs.map((i: { name: string }) => i.name)).toEqual(['default-edges.csv', 'default-nodes.csv']);
    expect(meta.inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(meta.layout).toMatchObject({ kind: 'force', seed: 42 });
    expect(meta.createdAt).toBeUndefined();
    expect(meta.reproduce).toBe(
      `npm run atlas -- snapshot data/default-edges.csv --nodes data/default-nodes.csv --seed 42 --betweenness auto --view network --layout force --color type --size pagerank --edge-color plain --width 1200 --height 800 --labels 15 --title 'Who builds what' --svg ${out}`,
    );
    expect(svg).toContain('<title>Who builds what</title>');
    expect(svg).toContain('Data: default-edges.csv, default-nodes.csv · seed 42 · Partnership Atlas');
    // Decidim's 62 leaf cities are one aggregated star (--stars 30 by default).
    expect(svg.match(/data-id=/g)).toHaveLength(221);
  });

  it('snapshot --view city --color community --gexf draws the projection and writes GEXF with the same positions', () => {
    const svg = join(tmp, 'city.svg');
    const gexf = join(tmp, 'city.gexf');
    const r = atlas('snapshot', ...DATA, '--view', 'city', '--color', 'community', '--layout', 'type-rings', '--svg', svg, '--gexf', gexf);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(svg, 'utf8').match(/data-id=/g)).toHaveLength(216);
    expect(readFileSync(svg, 'utf8')).toContain('Colour: Community');
    expect(readFileSync(gexf, 'utf8')).toMatch(/<viz:position x="-?[\d.]+" y="-?[\d.]+"/);
  });

  it('snapshot with a geographic layout draws the world outline under the nodes', () => {
    const out = join(tmp, 'geo.svg');
    expect(atlas('snapshot', ...DATA, '--layout', 'geo', '--svg', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/<path class="basemap" d="M/);
  });

  it('bad flags exit 1 with the reason; --help lists the figure flags', () => {
    const bad = atlas('snapshot', ...DATA, '--layout', 'spiral', '--svg', join(tmp, 'x.svg'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--layout must be one of force, type-columns, type-rings, geo, got 'spiral'");
    const size = atlas('snapshot', ...DATA, '--size', 'fame', '--svg', join(tmp, 'x.svg'));
    expect(size.code).toBe(1);
    expect(size.stderr).toContain('--size fame is not a measure');
    const none = atlas('snapshot', ...DATA);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('--svg out.svg');
    const help = atlas('snapshot', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--layout force|type-columns|type-rings|geo');
  });
});

describe('atlas snapshot (in process)', () => {
  it("runSnapshot draws the figure the SVG fixture holds: the CLI's figure is snapshotScene's, byte for byte", async () => {
    const { runSnapshot } = await import('../../src/cli/snapshot');
    const out = join(tmp, 'fixture.svg');
    const code = runSnapshot([...DATA, '--seed', '42', '--title', 'Partnership Atlas: default dataset', '--caption', '', '--quiet', '--svg', out]);
    expect(code).toBe(0);
    const body = (svg: string) => svg.replace(/<metadata id="provenance">[\s\S]*?<\/metadata>\n/, '');
    const fixture = readFileSync(new URL('../fixtures/svg/default-network.svg', import.meta.url), 'utf8');
    expect(body(readFileSync(out, 'utf8'))).toBe(body(fixture));
  });
});

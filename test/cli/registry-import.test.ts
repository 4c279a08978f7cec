/**
 * `atlas import publiccode|dpg`: a folder of real files becomes the atlas's
 * CSV that `analyze` reads back; evidence with --base-url; skipped and
 * unreadable files are said, never silent; bad command lines exit 1.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlas, root } from './run-atlas';

const FIXTURES = join(root, 'test/fixtures/registries');
const tmp = () => mkdtempSync(join(tmpdir(), 'atlas-import-'));

describe('atlas import', () => {
  it('imports the folder of publiccode.yml files, and analyze reads the result', () => {
    const dir = tmp();
    const edges = join(dir, 'e.csv');
    const nodes = join(dir, 'n.csv');
    const run = atlas('import', 'publiccode', join(FIXTURES, 'publiccode'), '--edges', edges, '--nodes', nodes, '--base-url', 'https://example.org/pc');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('12 files (12 with a project), 12 projects');
    expect(run.stdout).toMatch(/219 links: .*203 uses/);
    expect(readFileSync(edges, 'utf8')).toContain(',https://example.org/pc/open-zaak-open-zaak.yaml,');
    const analysed = atlas('analyze', edges, '--nodes', nodes);
    expect(analysed.code).toBe(0);
    expect(analysed.stdout).toContain('Nodes: 228');
  });

  it('imports DPG nominee files; a file of another extension in the folder and a missing file are said', () => {
    const dir = tmp();
    const folder = join(dir, 'nominees');
    mkdirSync(folder);
    copyFileSync(join(FIXTURES, 'dpg/accessmod.json'), join(folder, 'accessmod.json'));
    writeFileSync(join(folder, 'README.md'), '# not a nominee\n');
    const edges = join(dir, 'e.csv');
    const run = atlas('import', 'dpg', folder, join(dir, 'missing.json'), '--edges', edges);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: .*nominees: 1 file is not \.json and was not read: README\.md/);
    expect(run.stderr).toMatch(/error: .*missing\.json: .*cannot read the file \(no such file\)/);
    expect(run.stdout).toContain('2 files (1 with a project)');
    expect(readFileSync(edges, 'utf8')).toContain('The World Health Organization,firm,AccessMod,project,funder,');
  });

  it('exits 1 with the reason: no registry, no --edges, nothing imported', () => {
    expect(atlas('import', 'ckan', 'x', '--edges', 'e.csv')).toMatchObject({ code: 1 });
    expect(atlas('import', 'publiccode', 'x').stderr).toContain('--edges');
    const dir = tmp();
    writeFileSync(join(dir, 'empty.yml'), '');
    const run = atlas('import', 'publiccode', join(dir, 'empty.yml'), '--edges', join(dir, 'e.csv'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no file gave a project');
    expect(atlas('import', '--help').stdout).toContain('import publiccode');
  });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../../src/cli/args';
import { atlas } from './run-atlas';

describe('atlas analyze --gexf-version', () => {
  it('parseCliArguments(--gexf F --gexf-version 1.2draft) asks the writer for 1.2draft', () => {
    expect(parseCliArguments(['analyze', 'e.csv', '--gexf', 'g.gexf', '--gexf-version', '1.2draft']).exports).toEqual({
      gexf: 'g.gexf',
      gexfVersion: '1.2draft',
    });
    expect(parseCliArguments(['analyze', 'e.csv', '--gexf', 'g.gexf']).exports).toEqual({ gexf: 'g.gexf' });
  });

  it('parseCliArguments refuses an unknown version, and a version without --gexf', () => {
    expect(() => parseCliArguments(['analyze', 'e.csv', '--gexf', 'g', '--gexf-version', '2'])).toThrow("--gexf-version must be one of 1.3, 1.2draft, got '2'");
    expect(() => parseCliArguments(['analyze', 'e.csv', '--gexf-version', '1.3'])).toThrow('--gexf-version goes with --gexf FILE');
  });

  it('atlas analyze … --gexf-version 1.2draft writes a GEXF 1.2draft file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-gexf-')), 'g.gexf');
    const r = atlas('analyze', 'data/default-edges.csv', '--gexf', out, '--gexf-version', '1.2draft', '--quiet');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft"');
    expect(text.match(/<node /g)).toHaveLength(282);
  });
});

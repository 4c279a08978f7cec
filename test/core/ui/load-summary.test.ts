/**
 * The banner after a load (loadSummary) and the mapping dialog's guess of
 * the link's two ends from the first text columns (guessRequired), in Node.
 */
import { describe, expect, it } from 'vitest';
import { dictFrom } from '../../../src/core/util/dict';
import { isUntyped, loadSummary } from '../../../src/ui/panels/load-summary';
import { guessRequired, unmappedText } from '../../../src/ui/panels/mapping-dialog';

const stats = (nodes: number, edges: number, byType: [string, number][]) => ({ nodes, edges, nodesByType: dictFrom(new Map(byType)) });

describe('loadSummary(stats, issues)', () => {
  it('says what was read, with separators and the issues', () => {
    expect(loadSummary(stats(1278, 761, [['city', 1278]]), { errors: 0, warnings: 2 })).toEqual({
      kind: 'info',
      text: '761 links, 1,278 nodes, 2 warnings — see Issues.',
    });
    expect(loadSummary(stats(1, 1, [['city', 1]]), { errors: 0, warnings: 0 }).text).toBe('1 link, 1 node.');
  });
  it('names the rows left out, as a warning', () => {
    expect(loadSummary(stats(4, 2, [['city', 4]]), { errors: 3, warnings: 1 })).toEqual({
      kind: 'warning',
      text: '2 links, 4 nodes; 3 rows could not be used and were left out, 1 warning — see Issues.',
    });
  });
  it('says why the projections are empty when no node has a type', () => {
    const untyped = stats(4, 3, [['unknown', 4]]);
    expect(isUntyped(untyped)).toBe(true);
    expect(
      isUntyped(
        stats(4, 3, [
          ['unknown', 3],
          ['city', 1],
        ]),
      ),
    ).toBe(false);
    const summary = loadSummary(untyped, { errors: 0, warnings: 4 });
    expect(summary.kind).toBe('warning');
    expect(summary.text).toContain('No node has a type, so the city, project and firm views are empty.');
  });
});

describe('guessRequired(preset, headers, rows, required)', () => {
  const headers = ['Year', 'Partner A', 'Amount', 'Partner B'];
  const rows = [
    ['2020', 'X', '10', 'Y'],
    ['2021', 'Y', '12,5', 'Z'],
  ];
  it('takes source and target from the first two text columns not already used', () => {
    expect(guessRequired({ year: 'Year' }, headers, rows, ['source', 'target'])).toEqual({ year: 'Year', source: 'Partner A', target: 'Partner B' });
  });
  it('keeps what detection found, and leaves a field empty when no text column is left', () => {
    expect(guessRequired({ source: 'Partner B' }, headers, rows, ['source', 'target'])).toEqual({ source: 'Partner B', target: 'Partner A' });
    expect(guessRequired({}, ['a', 'b'], [['1', '2']], ['source', 'target'])).toEqual({});
  });
});

describe('unmappedText(request)', () => {
  it('speaks of columns and links, not of CLI flags', () => {
    const text = unmappedText({ role: 'edges', file: 'p.csv', code: 'missing-column', message: "p.csv: no 'source' column. Map one with --source" });
    expect(text).not.toContain('--');
    expect(text).toContain('two ends of each link');
  });
});

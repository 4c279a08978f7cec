/**
 * The real datasets in data/ must read cleanly: no errors, and — as of now —
 * no warnings either. If a dataset update brings warnings, list their codes
 * here with the reason they are acceptable.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readEdges, readNodes } from '../../../src/core/csv';

const data = (name: string): string => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const NOW = 2025;

describe('real datasets', () => {
  test('readEdges(default-edges.csv) reads 346 edges without an issue', () => {
    const result = readEdges(data('default-edges.csv'), { file: 'default-edges.csv', now: NOW });
    expect([result.rows.length, result.recordCount, result.delimiter]).toEqual([346, 346, ',']);
    // Zero errors and zero warnings: every id is trimmed, every year empty or plausible.
    expect(result.issues.toJSON().byCode).toEqual({});
    expect(result.rows[0]).toMatchObject({
      line: 2,
      source: 'São Paulo',
      sourceType: 'city',
      target: 'CONSUL Democracy',
      targetType: 'project',
      relation: 'uses',
      weight: 1,
      attributes: {
        source_kind: 'municipality',
        target_kind: 'e-participation platform',
        note: 'listed in "Open source forks and modifications"',
      },
    });
    expect(result.rows.at(-1)!.line).toBe(347); // no record spans two lines
  });

  test('readNodes(default-nodes.csv) reads 282 nodes without an issue', () => {
    const result = readNodes(data('default-nodes.csv'), { file: 'default-nodes.csv' });
    expect([result.rows.length, result.recordCount]).toEqual([282, 282]);
    // Zero warnings: no duplicate ids, every coordinate in range.
    expect(result.issues.toJSON().byCode).toEqual({});
    expect(result.rows[0]).toEqual({
      line: 2,
      id: 'CONSUL Democracy',
      label: 'CONSUL Democracy',
      type: 'project',
      url: 'https://consuldemocracy.org',
      kind: 'e-participation platform',
      attributes: {},
    });
    expect(result.rows.filter((r) => r.lat !== undefined && r.lon !== undefined).length).toBeGreaterThan(100);
  });

  test('readEdges(municipal-edges.csv) reads 7,024 edges without an issue', () => {
    const result = readEdges(data('municipal-edges.csv'), { file: 'municipal-edges.csv', now: NOW });
    expect([result.rows.length, result.recordCount]).toEqual([7024, 7024]);
    expect(result.issues.toJSON().byCode).toEqual({});
    expect(result.rows[0]!.attributes['dataset']).toBe('decidim');
    expect(result.rows.at(-1)!.line).toBe(7025);
  });

  test('readNodes(municipal-nodes.csv) reads 6,834 nodes without an issue', () => {
    const result = readNodes(data('municipal-nodes.csv'), { file: 'municipal-nodes.csv' });
    expect([result.rows.length, result.recordCount]).toEqual([6834, 6834]);
    expect(result.issues.toJSON().byCode).toEqual({});
    expect(result.rows[1]).toMatchObject({ id: 'Accio Escolta de Catalunya', type: 'firm', lat: 41.3851, lon: 2.1734 });
  });

  test('every edge endpoint of the datasets has a row in its nodes file', () => {
    for (const name of ['default', 'municipal']) {
      const ids = new Set(readNodes(data(`${name}-nodes.csv`), { file: 'n.csv' }).rows.map((r) => r.id));
      const edges = readEdges(data(`${name}-edges.csv`), { file: 'e.csv', now: NOW }).rows;
      expect(edges.filter((e) => !ids.has(e.source) || !ids.has(e.target))).toEqual([]);
    }
  });
});

import { describe, expect, test } from 'vitest';
import { readNodes } from '../../../src/core/csv';
import { fixture, summary } from './helpers';

const read = (text: string) => readNodes(text, { file: 'nodes.csv' });

describe('readNodes', () => {
  test('readNodes(text) returns typed rows with other columns as attributes', () => {
    const result = read(
      'id,label,type,country,lat,lon,url,kind,datasets\n' +
        'Berlin,Berlin (DE),City,DE,52.52,13.405,https://berlin.de,municipality,a;b\n' +
        'Decidim,,project,,,,,,\n',
    );
    expect(result.rows).toEqual([
      {
        line: 2,
        id: 'Berlin',
        label: 'Berlin (DE)',
        type: 'city',
        country: 'DE',
        lat: 52.52,
        lon: 13.405,
        url: 'https://berlin.de',
        kind: 'municipality',
        attributes: { datasets: 'a;b' },
      },
      { line: 3, id: 'Decidim', type: 'project', attributes: {} },
    ]);
    expect([result.recordCount, result.issues.total, result.delimiter]).toEqual([2, 0, ',']);
  });

  test("readNodes(text) trims ids with 'whitespace-trimmed' and drops empty ids ('missing-id')", () => {
    const result = read('id,label\n Berlin,B\n  ,nobody\nParis,P\n');
    expect(result.rows.map((r) => r.id)).toEqual(['Berlin', 'Paris']);
    expect(result.recordCount).toBe(3);
    expect(summary(result.issues)).toEqual(['2 id warning whitespace-trimmed', '3 id error missing-id']);
    expect(result.issues.detailed[1]!.message).toBe("nodes.csv line 3, column 'id': the id is empty; the row was dropped");
  });

  test('readNodes(text) drops bad coordinates with a warning and keeps them as lat_raw / lon_raw', () => {
    const result = read('id,lat,lon\nA,91,10\nB,north,-180\nC,-90,180.5\nD,45.5,\n');
    expect(result.rows.map((r) => [r.id, r.lat, r.lon, r.attributes])).toEqual([
      ['A', undefined, 10, { lat_raw: '91' }],
      ['B', undefined, -180, { lat_raw: 'north' }],
      ['C', -90, undefined, { lon_raw: '180.5' }],
      ['D', 45.5, undefined, {}],
    ]);
    expect(summary(result.issues)).toEqual([
      '2 lat warning coordinate-out-of-range',
      '3 lat warning coordinate-not-number',
      '4 lon warning coordinate-out-of-range',
    ]);
    expect(result.issues.detailed[0]!.message).toBe(
      "nodes.csv line 2, column 'lat': '91' is outside −90…90; the node was kept without this coordinate and the value saved as the attribute lat_raw",
    );
  });

  test('readNodes(text) reads decimal-comma coordinates in a semicolon file', () => {
    const result = read('id;Latitude;Longitude\nBerlin;52,52;13,405\n');
    expect(result.rows[0]).toMatchObject({ lat: 52.52, lon: 13.405 });
    expect(result.issues.total).toBe(0);
  });

  test("readNodes(text) merges a duplicate id into its first row ('duplicate-node'), listing conflicts", () => {
    const result = read(fixture('duplicate-nodes.csv'));
    expect(result.rows).toEqual([
      {
        line: 2,
        id: 'Decidim',
        label: 'Decidim',
        type: 'project',
        country: 'ES',
        lat: 41.39,
        lon: 2.17,
        attributes: { note: 'first' },
      },
      { line: 3, id: 'Berlin', label: 'Berlin', type: 'city', country: 'DE', lat: 52.52, lon: 13.405, attributes: {} },
    ]);
    expect(result.recordCount).toBe(4);
    expect(summary(result.issues)).toEqual(['4 id warning duplicate-node', '5 id warning duplicate-node']);
    expect(result.issues.detailed.map((i) => i.message)).toEqual([
      "nodes.csv line 4, column 'id': 'Decidim' already appeared on line 2; the rows were merged; empty fields filled from this row: lat, lon; conflicting values kept from line 2: type 'project' (this row: 'firm'); note 'first' (this row: 'second')",
      "nodes.csv line 5, column 'id': 'Decidim' already appeared on line 2; the rows were merged; conflicting values kept from line 2: label 'Decidim' (this row: 'Decidim platform'); country 'ES' (this row: 'FR')",
    ]);
  });

  test('readNodes(text) says when a duplicate row agrees with the first', () => {
    const result = read('id,type\nA,city\nA,city\n');
    expect(result.rows).toHaveLength(1);
    expect(result.issues.detailed[0]!.message).toBe(
      "nodes.csv line 3, column 'id': 'A' already appeared on line 2; the rows were merged; no values conflicted",
    );
  });

  test("readNodes(text) warns 'field-very-long' on an id over 1,000 characters", () => {
    const id = 'i'.repeat(1200);
    const result = read(`id,label\n${id},${'l'.repeat(5000)}\n`);
    expect(result.rows[0]!.id).toBe(id);
    expect(summary(result.issues)).toEqual(['2 id warning field-very-long']);
  });

  test('readNodes(text, {mapping}) uses the given mapping', () => {
    const result = readNodes('Org,Name,Kind of org\nacme,ACME Ltd,Firm\n', {
      file: 'nodes.csv',
      mapping: { id: 'Org', type: 'Kind of org' },
    });
    expect(result.rows[0]).toEqual({ line: 2, id: 'acme', label: 'ACME Ltd', type: 'firm', attributes: {} });
    expect(result.mapping).toEqual({ id: 'Org', label: 'Name', type: 'Kind of org' });
  });
});

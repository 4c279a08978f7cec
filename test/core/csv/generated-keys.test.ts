/**
 * Values the reader keeps under names of its own (`year_raw`, `lat_raw`,
 * `extra_N`, a renamed duplicate header `name_2`) never overwrite a column
 * of the file that already has that name: they take the next free `_N`.
 */
import { describe, expect, test } from 'vitest';
import { readEdges, readNodes } from '../../../src/core/csv';

describe('generated attribute keys', () => {
  test('readEdges keeps a bad year as year_raw_2 when the file has a year_raw column, and an extra field as extra_1_2 beside a column extra_1', () => {
    const text = 'source,target,year,year_raw,extra_1\nA,B,twenty,mine,col\nC,D,2020,,,surplus\n';
    const { rows } = readEdges(text, { file: 'e.csv' });
    expect({ ...rows[0]!.attributes }).toEqual({ year_raw: 'mine', extra_1: 'col', year_raw_2: 'twenty' });
    expect({ ...rows[1]!.attributes }).toEqual({ extra_1_2: 'surplus' });
  });

  test('readNodes keeps a bad lat as lat_raw_2 beside a column lat_raw', () => {
    const { rows } = readNodes('id,lat,lat_raw\nX,north,given\n', { file: 'n.csv' });
    expect({ ...rows[0]!.attributes }).toEqual({ lat_raw: 'given', lat_raw_2: 'north' });
  });

  test('a duplicate header is renamed past a column that already has the name (name, name, name_2 → name, name_3, name_2)', () => {
    const { rows, issues } = readEdges('source,target,name,name,name_2\nA,B,one,two,three\n', { file: 'e.csv' });
    expect({ ...rows[0]!.attributes }).toEqual({ name: 'one', name_3: 'two', name_2: 'three' });
    expect(issues.detailed.map((i) => i.message)).toContainEqual(expect.stringContaining("was read as 'name_3'"));
  });
});

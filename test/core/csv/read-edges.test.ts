import { describe, expect, test } from 'vitest';
import { readEdges } from '../../../src/core/csv';
import { summary } from './helpers';

const read = (text: string) => readEdges(text, { file: 'edges.csv', now: 2025 });
const messages = (text: string) => read(text).issues.detailed.map((i) => i.message);

describe('readEdges values', () => {
  test('readEdges(text) returns typed rows with other columns as attributes', () => {
    const result = read(
      'source,source_type,target,target_type,relation,weight,year,evidence,note,dataset\n' +
        'Berlin, City ,Decidim,PROJECT, Uses ,2.5,2019,https://example.org/a,,decidim\n',
    );
    expect(result.rows).toEqual([
      {
        line: 2,
        source: 'Berlin',
        target: 'Decidim',
        sourceType: 'city',
        targetType: 'project',
        relation: 'uses',
        weight: 2.5,
        year: 2019,
        evidence: 'https://example.org/a',
        attributes: { dataset: 'decidim' },
      },
    ]);
    expect(result.recordCount).toBe(1);
  });

  test('readEdges(text) accepts any other type as its own, lower-cased, without an issue', () => {
    const result = read('source,source_type,target,target_type\nBerlin,Municipality,Decidim,Software\n');
    expect(result.rows[0]).toMatchObject({ sourceType: 'municipality', targetType: 'software' });
    expect(result.issues.total).toBe(0);
  });

  test("readEdges(text) trims ids with a 'whitespace-trimmed' warning and keeps the row", () => {
    const result = read('source,target\n Berlin ,Decidim\t\n');
    expect(result.rows.map((r) => [r.source, r.target])).toEqual([['Berlin', 'Decidim']]);
    expect(summary(result.issues)).toEqual(['2 source warning whitespace-trimmed', '2 target warning whitespace-trimmed']);
    expect(result.issues.detailed[0]!.message).toBe("edges.csv line 2, column 'source': ' Berlin ' has spaces around it; it was read as 'Berlin'");
  });

  test("readEdges(text) drops rows with an empty source or target ('missing-source', 'missing-target')", () => {
    const result = read('source,target,note\n,Decidim,a\nBerlin,  ,b\n,,c\nParis,Consul,d\n');
    expect(result.rows.map((r) => r.line)).toEqual([5]);
    expect(result.recordCount).toBe(4);
    expect(summary(result.issues)).toEqual(['2 source error missing-source', '3 target error missing-target', '4 source error missing-source']);
    expect(result.issues.detailed[2]!.message).toBe("edges.csv line 4, column 'source': the source is empty (and so is the target); the row was dropped");
  });

  test("readEdges(text) drops a self-loop after trimming ('self-loop')", () => {
    const result = read('source,target\nBerlin, Berlin\nBerlin,berlin\n');
    expect(result.rows.map((r) => [r.source, r.target])).toEqual([['Berlin', 'berlin']]);
    expect(summary(result.issues)).toEqual(['2 target error self-loop']);
    expect(result.issues.detailed[0]!.message).toBe(
      "edges.csv line 2, column 'target': source and target are both 'Berlin', a link to itself; the row was dropped",
    );
  });

  test('readEdges(text) reads an empty weight, or no weight column, as 1', () => {
    expect(read('source,target,weight\nA,B,\nA,C, 3 \n').rows.map((r) => r.weight)).toEqual([1, 3]);
    expect(read('source,target\nA,B\n').rows[0]!.weight).toBe(1);
  });

  test('readEdges(text) drops rows whose weight is not a positive finite number', () => {
    const result = read('source,target,weight\nA,B,-2\nA,B,0\nA,B,heavy\nA,B,NaN\nA,B,Infinity\nA,B,1e999\nA,B,0x10\nA,B,1.5\nA,B,2e1\n');
    expect(result.rows.map((r) => [r.line, r.weight])).toEqual([
      [9, 1.5],
      [10, 20],
    ]);
    expect(summary(result.issues)).toEqual([
      '2 weight error weight-not-positive',
      '3 weight error weight-not-positive',
      '4 weight error weight-not-number',
      '5 weight error weight-not-number',
      '6 weight error weight-not-number',
      '7 weight error weight-not-number',
      '8 weight error weight-not-number',
    ]);
    expect(result.issues.detailed[0]!.message).toBe("edges.csv line 2, column 'weight': '-2' is not a positive number; the row was dropped");
  });

  test('readEdges(text) reads a decimal comma only when the delimiter is not a comma', () => {
    expect(readEdges('source;target;weight\nA;B;1,5\n', { file: 'e.csv' }).rows[0]!.weight).toBe(1.5);
    expect(readEdges('source\ttarget\tweight\nA\tB\t0,25\n', { file: 'e.csv' }).rows[0]!.weight).toBe(0.25);
    const comma = read('source,target,weight\nA,B,"1,5"\n');
    expect(comma.rows).toEqual([]);
    expect(summary(comma.issues)).toEqual(['2 weight error weight-not-number']);
    expect(comma.issues.detailed[0]!.message).toBe(
      "edges.csv line 2, column 'weight': '1,5' is not a number (a decimal comma is only read in semicolon- or tab-separated files; write 1.5); the row was dropped",
    );
    // Thousands separators are never read, whatever the delimiter.
    expect(summary(readEdges('source;target;weight\nA;B;1.000,5\n', { file: 'e.csv' }).issues)).toEqual(['2 weight error weight-not-number']);
  });

  test('readEdges(text) reports every error of a dropped row, and none of its warnings', () => {
    expect(summary(read('source,target,weight,year\n A ,,-1,1066\n').issues)).toEqual(['2 target error missing-target', '2 weight error weight-not-positive']);
  });

  test('readEdges(text) keeps a non-integer year as year_raw with a warning', () => {
    const result = read('source,target,year\nA,B,2019.5\nA,C,twenty\nA,D, 2020 \nA,E,\nA,F,2019.0\n');
    expect(result.rows.map((r) => [r.target, r.year, r.attributes])).toEqual([
      ['B', undefined, { year_raw: '2019.5' }],
      ['C', undefined, { year_raw: 'twenty' }],
      ['D', 2020, {}],
      ['E', undefined, {}],
      ['F', 2019, {}],
    ]);
    expect(summary(result.issues)).toEqual(['2 year warning year-not-integer', '3 year warning year-not-integer']);
    expect(result.issues.detailed[1]!.message).toBe(
      "edges.csv line 3, column 'year': 'twenty' is not a whole year; the edge was kept without a year and the value saved as the attribute year_raw",
    );
  });

  test('readEdges(text, {now}) warns on years before 1900 or after now + 5', () => {
    const result = read('source,target,year\nA,B,1899\nA,C,1900\nA,D,2030\nA,E,2031\n');
    expect(result.rows.map((r) => r.year ?? r.attributes['year_raw'])).toEqual(['1899', 1900, 2030, '2031']);
    expect(summary(result.issues)).toEqual(['2 year warning year-implausible', '5 year warning year-implausible']);
    expect(result.issues.detailed[1]!.message).toBe(
      "edges.csv line 5, column 'year': '2031' is not a plausible year (expected 1900–2030); the edge was kept without a year and the value saved as the attribute year_raw",
    );
    const later = readEdges('source,target,year\nA,E,2031\n', { file: 'e.csv', now: 2026 });
    expect([later.rows[0]!.year, later.issues.total]).toEqual([2031, 0]);
  });

  test('readEdges(text) defaults the reference year to the current year', () => {
    const next = new Date().getFullYear() + 1;
    const result = readEdges(`source,target,year\nA,B,${next}\nA,C,${next + 5}\n`, { file: 'e.csv' });
    expect(result.rows.map((r) => r.year)).toEqual([next, undefined]);
  });

  test("readEdges(text) drops a line of only delimiters ('empty-row')", () => {
    const result = read('source,target,note\nA,B,x\n,,\n , ,\nC,D,y\n');
    expect(result.rows.map((r) => r.line)).toEqual([2, 5]);
    expect(result.recordCount).toBe(4);
    expect(summary(result.issues)).toEqual(['3 source error empty-row', '4 source error empty-row']);
    expect(result.issues.detailed[0]!.message).toBe("edges.csv line 3, column 'source': the line holds only delimiters, no values; the row was dropped");
  });

  test("readEdges(text) keeps extra fields as extra_N with a 'field-count' warning", () => {
    const result = read('source,target,note\nA,B,x,more,,last\n');
    expect(result.rows[0]!.attributes).toEqual({ note: 'x', extra_1: 'more', extra_3: 'last' });
    expect(summary(result.issues)).toEqual(['2 extra_1 warning field-count']);
    expect(result.issues.detailed[0]!.message).toBe(
      "edges.csv line 2, column 'extra_1': the row has 6 fields but the header has 3; the extra fields were kept as extra_1, extra_2, extra_3",
    );
  });

  test("readEdges(text) reads missing fields as empty with a 'field-count' warning", () => {
    const result = read('source,target,weight,year\nA,B\nC\n');
    expect(result.rows.map((r) => [r.source, r.target, r.weight])).toEqual([['A', 'B', 1]]);
    expect(summary(result.issues)).toEqual(['2 weight warning field-count', '3 target warning field-count', '3 target error missing-target']);
    expect(result.issues.detailed[0]!.message).toBe(
      "edges.csv line 2, column 'weight': the row has 2 fields but the header has 4; 'weight', 'year' read as empty",
    );
  });

  test("readEdges(text) warns 'field-very-long' over 1,000 characters in a name and 100,000 in any field", () => {
    const name = 'x'.repeat(1001);
    const note = 'n'.repeat(100_001);
    const result = read(`source,target,relation,note\n${name},B,uses,${'n'.repeat(100_000)}\nA,B,${name},${note}\n`);
    expect(result.rows.map((r) => r.source.length)).toEqual([1001, 1]);
    expect(result.rows[1]!.attributes['note']).toBe(note);
    expect(summary(result.issues)).toEqual(['2 source warning field-very-long', '3 relation warning field-very-long', '3 note warning field-very-long']);
    expect(result.issues.detailed[2]!.message).toBe(
      "edges.csv line 3, column 'note': the value has 100,001 characters (more than 100,000), starting 'nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn'; it was kept as is",
    );
  });

  test('readEdges(text) quotes long values in messages cut to 60 characters', () => {
    const [message] = messages(`source,target,weight\nA,B,${'9'.repeat(70)}x\n`);
    expect(message).toBe(`edges.csv line 2, column 'weight': '${'9'.repeat(60)}…' (71 characters) is not a number; the row was dropped`);
  });
});

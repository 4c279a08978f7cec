import { describe, expect, test } from 'vitest';
import { detectDelimiter, readEdges } from '../../../src/core/csv';
import { fixture, summary } from './helpers';

const read = (text: string) => readEdges(text, { file: 'edges.csv', now: 2025 });

describe('readEdges file format', () => {
  test('readEdges(text) strips a BOM and reads CRLF line ends', () => {
    const result = read(fixture('bom-crlf-edges.csv'));
    expect(result.mapping).toEqual({ source: 'source', target: 'target', relation: 'relation' });
    expect(result.rows.map((r) => [r.line, r.source, r.target, r.relation])).toEqual([
      [2, 'Berlin', 'Decidim', 'uses'],
      [3, 'Paris', 'Decidim', 'uses'],
    ]);
    expect(result.recordCount).toBe(2);
    expect(result.issues.total).toBe(0);
  });

  test('readEdges(text) detects semicolons even when fields contain commas', () => {
    const result = read(fixture('semicolon-edges.csv'));
    expect(result.delimiter).toBe(';');
    expect(result.rows.map((r) => [r.source, r.target, r.weight, r.attributes])).toEqual([
      ['Berlin', 'Decidim', 1.5, { Note: 'uses it, with plugins, since 2019' }],
      ['Paris', 'Consul', 2, { Note: 'quoted; with semicolon' }],
      ['Rome', 'Signalen', 3, { Note: 'plain, commas, again' }],
    ]);
    expect(result.issues.total).toBe(0);
  });

  test('readEdges(text) detects tabs, with aliases from/to and a decimal comma', () => {
    const result = read(fixture('tab-edges.csv'));
    expect(result.delimiter).toBe('\t');
    expect(result.rows.map((r) => [r.source, r.target, r.weight])).toEqual([
      ['Berlin', 'Decidim', 2],
      ['Paris', 'Consul, fork', 1.5],
    ]);
  });

  test('detectDelimiter(text) prefers the delimiter that splits header and rows alike', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,5;2,5;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\n"x;y";z\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n"1;2",3\n')).toBe(',');
    expect(detectDelimiter('single\nvalue\n')).toBe(',');
  });

  test('readEdges(text) keeps quoted delimiters and newlines inside a field', () => {
    const result = read('source,target,note\n"Berlin, DE",Decidim,"a ""quoted"" word"\n');
    expect(result.rows[0]).toEqual({
      line: 2,
      source: 'Berlin, DE',
      target: 'Decidim',
      weight: 1,
      attributes: { note: 'a "quoted" word' },
    });
  });

  test('readEdges(text) gives a multi-line record the line where it starts, and counts its newlines for the next', () => {
    const result = read(fixture('multiline-edges.csv'));
    expect(result.rows.map((r) => [r.line, r.source, r.attributes['note']])).toEqual([
      [2, 'Berlin', 'first line\nsecond line\nthird line'],
      [5, 'Paris', 'one\r\ntwo'],
      [7, 'Rome', 'plain'],
    ]);
  });

  test('readEdges(text) reports lines after a multi-line record correctly', () => {
    const text = 'source,target,note\r\nBerlin,Decidim,"x\r\ny\r\nz"\r\nParis,,n\r\n\r\nRome,Rome,n\r\n';
    expect(summary(read(text).issues)).toEqual(['5 target error missing-target', '7 target error self-loop']);
  });

  test('readEdges(text) skips blank lines silently but counts them for line numbers', () => {
    const result = read('\nsource,target\n\nBerlin,Decidim\n   \n\nParis,Consul\n\n');
    expect(result.rows.map((r) => r.line)).toEqual([4, 7]);
    expect(result.recordCount).toBe(2);
    expect(result.issues.total).toBe(0);
  });

  test("readEdges(text) reports an unclosed quote as 'unbalanced-quote' at the line it opens", () => {
    const result = read(fixture('unbalanced-edges.csv'));
    expect(result.rows.map((r) => r.source)).toEqual(['Berlin']);
    expect(result.recordCount).toBe(2);
    expect(summary(result.issues)).toEqual(['3 note error unbalanced-quote']);
    expect(result.issues.detailed[0]!.message).toBe(
      "edges.csv line 3, column 'note': the quote opened on line 3 is never closed; lines 3–5 were read as one field, so this row and every row after it were dropped; close the quote or remove it",
    );
  });

  test('readEdges(text) reports an unclosed quote that opens in a later line of a record', () => {
    const result = read('source,target,a,b\nBerlin,Decidim,"ok\nstill ok",ok\nParis,Consul,x,"open\nRome,X,y,z\n');
    expect(summary(result.issues)).toEqual(['4 b error unbalanced-quote']);
    expect(result.issues.detailed[0]!.message).toContain('the quote opened on line 4 is never closed; lines 4–5 were read as one field');
  });

  test("readEdges(text) warns 'malformed-quote' on text after a closing quote and keeps the row", () => {
    const result = read('source,target,note\nBerlin,Decidim,"closed"trailing"\nParis,Consul,n\n');
    expect(result.rows.map((r) => [r.source, r.attributes['note']])).toEqual([
      ['Berlin', 'closed"trailing'],
      ['Paris', 'n'],
    ]);
    expect(summary(result.issues)).toEqual(['2 note warning malformed-quote']);
    expect(result.issues.detailed[0]!.message).toBe(
      "edges.csv line 2, column 'note': a quoted field has text after its closing quote, read as 'closed\"trailing'; the row was kept",
    );
  });

  test("readEdges(text) drops a record that a malformed quote merged from several lines, with a 'merged-lines' error", () => {
    // Line 3 (Paris–Consul) was swallowed by the stray quote on line 2: an error, never a warning.
    const result = read('source,target,note\nBerlin,Decidim,"a"b,c\nParis,"Consul",n\nRome,Signalen,n\n');
    expect(result.rows.map((r) => [r.line, r.source, r.target])).toEqual([[4, 'Rome', 'Signalen']]);
    expect(summary(result.issues)).toEqual(['2 note error merged-lines']);
    expect(result.issues.detailed[0]!.endLine).toBe(3);
    expect(result.issues.detailed[0]!.message).toBe(
      "edges.csv lines 2–3, column 'note': a quoted field has text after its closing quote (line 2), so lines 2–3 were read as one record, " +
        'read as \'a"b,c\\nParis,"Consul\'; the record was dropped, and with it any row those lines held; check the quotes there',
    );
  });

  test("readEdges(text) reports text after a quote with no later quote as 'unbalanced-quote'", () => {
    const result = read('source,target,note\nBerlin,Decidim,"closed"trailing\nParis,Consul,n\n');
    expect(result.rows).toEqual([]);
    expect(summary(result.issues)).toEqual(['2 note error unbalanced-quote']);
    expect(result.issues.detailed[0]!.message).toContain(
      'the quote opened on line 2 is never closed (text follows a quote inside it); lines 2–3 were read as one field',
    );
  });
});

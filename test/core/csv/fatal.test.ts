import { describe, expect, test } from 'vitest';
import { readEdges, readNodes } from '../../../src/core/csv';
import { fatal, fixture } from './helpers';

const edges = (text: string) => () => readEdges(text, { file: 'edges.csv' });
const nodes = (text: string) => () => readNodes(text, { file: 'nodes.csv' });

describe('readEdges / readNodes fatal errors', () => {
  test("readEdges('') throws 'empty-file'", () => {
    const e = fatal(edges(''));
    expect([e.code, e.file]).toEqual(['empty-file', 'edges.csv']);
    expect(e.message).toBe('edges.csv is empty; expected a CSV with one row per link under source,target,…');
  });

  test("readEdges(text) throws 'empty-file' on a BOM and blank lines only", () => {
    expect(fatal(edges('\uFEFF\r\n  \n\n')).code).toBe('empty-file');
    expect(fatal(nodes('\n')).code).toBe('empty-file');
  });

  test("readEdges(text) throws 'no-rows' on a header alone", () => {
    const e = fatal(edges('source,target,weight\n\n'));
    expect(e.code).toBe('no-rows');
    expect(e.message).toBe('edges.csv has a header but no rows; expected one row per link under source,target,…');
    expect(fatal(nodes('id,label')).message).toBe('nodes.csv has a header but no rows; expected one row per node under id,label,type,…');
  });

  test("readEdges(text) throws 'not-text' on binary content", () => {
    const e = fatal(edges('PK\u0003\u0004\u0000\u0000binary'));
    expect(e.code).toBe('not-text');
    expect(e.message).toMatch(/^edges\.csv is not a text file \(it holds binary data\)/);
  });

  test("readEdges(text) throws 'not-csv' of kind 'html' on an HTML page", () => {
    const e = fatal(edges(fixture('login-page.csv')));
    expect(e.code).toBe('not-csv');
    expect(e.message).toBe(
      'edges.csv looks like an HTML page, maybe a login or error page instead of the file; expected a CSV with one row per link under source,target,…',
    );
    expect(e.kind).toBe('html');
    const page = fatal(nodes('  \n<html lang="en"><body></body></html>'));
    expect([page.code, page.kind]).toEqual(['not-csv', 'html']);
  });

  test("readEdges(text) throws 'not-csv' of kind 'json' on JSON", () => {
    const e = fatal(edges(fixture('edges-as-json.csv')));
    expect(e.code).toBe('not-csv');
    expect(e.message).toBe('edges.csv looks like JSON, not CSV; expected a CSV with one row per link under source,target,…');
    expect(e.kind).toBe('json');
    const json = fatal(nodes('{"nodes": []}'));
    expect([json.code, json.kind]).toEqual(['not-csv', 'json']);
  });

  test("readEdges(text) throws 'one-column' when no delimiter splits the header", () => {
    const e = fatal(edges('source|target\nBerlin|Decidim\n'));
    expect(e.code).toBe('one-column');
    expect(e.message).toBe(
      "edges.csv has only one column, 'source|target': no comma, semicolon or tab splits the header; expected a CSV with one row per link under source,target,…, the columns separated by commas (or semicolons, or tabs)",
    );
  });

  test("readNodes(text) throws 'one-column' on a single column that is not an id", () => {
    expect(fatal(nodes('id|label\nDecidim|Decidim\n')).code).toBe('one-column');
  });

  test('readNodes(text) accepts a single id column (a bare list of nodes)', () => {
    const result = readNodes('id\nDecidim\nBerlin\n', { file: 'nodes.csv' });
    expect(result.rows.map((r) => r.id)).toEqual(['Decidim', 'Berlin']);
    expect(result.issues.total).toBe(0);
  });

  test("readEdges(text) throws 'missing-column' naming the found columns and the flag", () => {
    const e = fatal(edges('Source,Partner B,Year\nBerlin,Decidim,2020\n'));
    expect(e.code).toBe('missing-column');
    expect(e.message).toBe("edges.csv: no 'target' column; found columns: Source, Partner B, Year. Map one with --target");
    expect(fatal(edges('Partner A,Partner B,Year\nBerlin,Decidim,2020\n')).message).toBe(
      "edges.csv: no 'source' and no 'target' column; found columns: Partner A, Partner B, Year. Map them with --source and --target",
    );
  });

  test("readNodes(text) throws 'missing-column' without an id column", () => {
    const e = fatal(nodes('label,type\nDecidim,project\n'));
    expect(e.code).toBe('missing-column');
    expect(e.message).toBe("nodes.csv: no 'id' column; found columns: label, type. Map one with --node-id");
  });

  test("readEdges(text, {mapping}) throws 'unknown-column' for a mapped header the file lacks", () => {
    const e = fatal(() => readEdges('Partner A,Partner B\nBerlin,Decidim\n', { file: 'edges.csv', mapping: { source: 'Partner A', target: 'Partner C' } }));
    expect(e.code).toBe('unknown-column');
    expect(e.message).toBe("edges.csv: the mapping gives 'Partner C' for target, but there is no such column; found columns: Partner A, Partner B");
  });

  test("readEdges(text) throws 'unbalanced-quote' when the header's quote never closes", () => {
    const e = fatal(edges('source,"target\nBerlin,Decidim\nParis,Consul\n'));
    expect(e.code).toBe('unbalanced-quote');
    expect(e.message).toMatch(/^edges\.csv line 1: the quote opened in the header is never closed; lines 1–3 were read as one field/);
  });
});

import { describe, expect, test } from 'vitest';
import { detectColumns, EDGE_FIELDS, NODE_FIELDS, normalizeHeader, readEdges, readNodes } from '../../../src/core/csv';
import { summary } from './helpers';

describe('column detection', () => {
  test('normalizeHeader(header) lower-cases, trims and unifies separators', () => {
    expect(['  Source ID ', 'source-type', 'Source.Type', 'TARGET__ID'].map(normalizeHeader)).toEqual(['source_id', 'source_type', 'source_type', 'target_id']);
  });

  test('detectColumns(headers, EDGE_FIELDS) finds aliases case-insensitively', () => {
    const headers = ['From', 'To', 'Source Type', 'type_target', 'Relationship', 'Strength', 'YEAR', 'Citation', 'Notes'];
    const { mapping } = detectColumns(headers, EDGE_FIELDS, 'edges.csv');
    expect(mapping).toEqual({
      source: 'From',
      target: 'To',
      source_type: 'Source Type',
      target_type: 'type_target',
      relation: 'Relationship',
      weight: 'Strength',
      year: 'YEAR',
      evidence: 'Citation',
    });
  });

  test('detectColumns(headers, EDGE_FIELDS) prefers the exact name over an alias', () => {
    expect(detectColumns(['from', 'source', 'target', 'url', 'evidence'], EDGE_FIELDS, 'e.csv').mapping).toEqual({
      source: 'source',
      target: 'target',
      evidence: 'evidence',
    });
    expect(detectColumns(['node1', 'node2', 'w'], EDGE_FIELDS, 'e.csv').mapping).toEqual({
      source: 'node1',
      target: 'node2',
      weight: 'w',
    });
    expect(detectColumns(['Source_ID', 'Target ID', 'source_url'], EDGE_FIELDS, 'e.csv').mapping).toEqual({
      source: 'Source_ID',
      target: 'Target ID',
      evidence: 'source_url',
    });
  });

  test('detectColumns(headers, EDGE_FIELDS) leaves *_kind columns alone (they are attributes)', () => {
    const { mapping } = detectColumns(['source', 'target', 'source_kind', 'target_kind'], EDGE_FIELDS, 'e.csv');
    expect(mapping).toEqual({ source: 'source', target: 'target' });
  });

  test('detectColumns(headers, NODE_FIELDS) reads name as the id when alone, as the label beside an id', () => {
    expect(detectColumns(['Name', 'Category'], NODE_FIELDS, 'n.csv').mapping).toEqual({ id: 'Name', type: 'Category' });
    expect(detectColumns(['name', 'id', 'lng', 'Latitude', 'website'], NODE_FIELDS, 'n.csv').mapping).toEqual({
      id: 'id',
      label: 'name',
      lon: 'lng',
      lat: 'Latitude',
      url: 'website',
    });
    expect(detectColumns(['node_id', 'title', 'name', 'node_type', 'long'], NODE_FIELDS, 'n.csv').mapping).toEqual({
      id: 'node_id',
      label: 'title',
      type: 'node_type',
      lon: 'long',
    });
  });

  test("readEdges(text) reads a bare 'type' column as the relation and warns 'ambiguous-column'", () => {
    const result = readEdges('source,target,type\nA,B,Funds\n', { file: 'edges.csv' });
    expect(result.mapping.relation).toBe('type');
    expect(result.rows[0]!.relation).toBe('funds');
    expect(summary(result.issues)).toEqual(['1 type warning ambiguous-column']);
    expect(result.mappingReport[4]).toBe("relation ← 'type' (guess: a bare 'type' column read as the relation)");
  });

  test("readEdges(text) keeps a bare 'type' column as an attribute when a relation column exists", () => {
    const result = readEdges('source,target,relation,type\nA,B,uses,grant\n', { file: 'edges.csv' });
    expect(result.rows[0]!.relation).toBe('uses');
    expect(result.rows[0]!.attributes).toEqual({ type: 'grant' });
    expect(result.issues.total).toBe(0);
  });

  test('readEdges(text, {mapping}) uses the given mapping over detection', () => {
    const result = readEdges('Partner A,Partner B,source,Amount\nBerlin,Decidim,x,2\n', {
      file: 'edges.csv',
      mapping: { source: 'Partner A', target: 'partner b', weight: 'Amount' },
    });
    expect(result.mapping).toEqual({ source: 'Partner A', target: 'Partner B', weight: 'Amount' });
    expect(result.rows[0]).toMatchObject({ source: 'Berlin', target: 'Decidim', weight: 2, attributes: { source: 'x' } });
    expect(result.mappingReport.slice(0, 2)).toEqual(["source ← 'Partner A' (given)", "target ← 'Partner B' (given)"]);
  });

  test('readEdges(text) reports one line per field, then the attribute columns', () => {
    const result = readEdges('From,to,Year,note,extra\nA,B,2020,n,e\n', { file: 'edges.csv' });
    expect(result.mappingReport).toEqual([
      "source ← 'From' (alias)",
      "target ← 'to' (alias)",
      'source_type: no column, source types come from the nodes file',
      'target_type: no column, target types come from the nodes file',
      'relation: no column, edges have no relation',
      'weight: no column, every edge weighs 1',
      "year ← 'Year' (name)",
      'evidence: no column, edges have no evidence',
      "attributes ← 'note', 'extra'",
    ]);
  });

  test('readNodes(text) reports its mapping, no other columns included', () => {
    const result = readNodes('id,label\nA,Alpha\n', { file: 'nodes.csv' });
    expect(result.mappingReport).toEqual([
      "id ← 'id' (name)",
      "label ← 'label' (name)",
      'type: no column, types come from the edges file',
      'country: no column',
      'lat: no column, nodes have no coordinates',
      'lon: no column, nodes have no coordinates',
      'url: no column',
      'kind: no column',
      'attributes: no other columns',
    ]);
  });

  test("readEdges(text) renames repeated headers with a 'duplicate-column' warning, and names empty ones", () => {
    const result = readEdges(' source , target ,note,Note,note,\nA,B,x,y,z,w\n', { file: 'edges.csv' });
    expect(result.mapping).toEqual({ source: 'source', target: 'target' });
    expect(result.rows[0]!.attributes).toEqual({ note: 'x', Note: 'y', note_2: 'z', column_6: 'w' });
    expect(summary(result.issues)).toEqual(['1 note warning duplicate-column']);
    expect(result.issues.detailed[0]!.message).toBe("edges.csv line 1, column 'note': the header 'note' appears 2 times; column 5 was read as 'note_2'");
  });
});

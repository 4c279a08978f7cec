/**
 * Ids, types, relations and column names are user strings: names of
 * Object.prototype members (`__proto__`, `constructor`, `toString`…) are read
 * back exactly, as values and as attribute keys, never as inherited members.
 */
import { describe, expect, test } from 'vitest';
import { detectColumns, EDGE_FIELDS, readEdges, readNodes } from '../../../src/core/csv';
import { getOwn } from '../../../src/core/util/dict';
import { fatal } from './helpers';

const NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];

describe('user strings that name Object.prototype members', () => {
  test('readEdges(text) keeps columns constructor, __proto__, toString as attributes and reads such ids, types and relations back', () => {
    const text =
      'source,target,source_type,target_type,relation,constructor,__proto__,toString\n' +
      '__proto__,constructor,toString,__proto__,constructor,c1,p1,t1\n' +
      'toString,valueOf,constructor,hasOwnProperty,__proto__,c2,p2,t2\n';
    const result = readEdges(text, { file: 'edges.csv' });
    expect(result.issues.total).toBe(0);
    expect(result.rows.map((r) => [r.source, r.target, r.sourceType, r.targetType, r.relation])).toEqual([
      ['__proto__', 'constructor', 'tostring', '__proto__', 'constructor'],
      ['toString', 'valueOf', 'constructor', 'hasownproperty', '__proto__'],
    ]);
    for (const [i, row] of result.rows.entries()) {
      expect(Object.keys(row.attributes)).toEqual(['constructor', '__proto__', 'toString']);
      expect(getOwn(row.attributes, '__proto__')).toBe(`p${i + 1}`);
      expect(getOwn(row.attributes, 'constructor')).toBe(`c${i + 1}`);
      expect(getOwn(row.attributes, 'toString')).toBe(`t${i + 1}`);
      // The record has no prototype: nothing is inherited, nothing replaced it.
      expect(Object.getPrototypeOf(row.attributes)).toBeNull();
    }
    // It still goes through JSON (worker messages, snapshots) with every key.
    expect(JSON.parse(JSON.stringify(result.rows[0]!.attributes))).toEqual(JSON.parse('{"constructor":"c1","__proto__":"p1","toString":"t1"}'));
  });

  test('readEdges(text) reads every prototype member name back exactly as an id', () => {
    const text = 'source,target\n' + NAMES.map((n, i) => `${n},${NAMES[(i + 1) % NAMES.length]}`).join('\n') + '\n';
    const result = readEdges(text, { file: 'edges.csv' });
    expect(result.issues.total).toBe(0);
    expect(result.rows.map((r) => r.source)).toEqual(NAMES);
  });

  test('readNodes(text) keeps prototype-named columns of a duplicate id, merged without loss', () => {
    const result = readNodes('id,__proto__,constructor\nconstructor,a,\nconstructor,b,c\n__proto__,x,y\n', { file: 'nodes.csv' });
    expect(result.rows.map((r) => [r.id, getOwn(r.attributes, '__proto__'), getOwn(r.attributes, 'constructor')])).toEqual([
      ['constructor', 'a', 'c'],
      ['__proto__', 'x', 'y'],
    ]);
    expect(result.issues.detailed.map((i) => i.message)).toEqual([
      "nodes.csv line 3, column 'id': 'constructor' already appeared on line 2; the rows were merged; " +
        "empty fields filled from this row: constructor; conflicting values kept from line 2: __proto__ 'a' (this row: 'b')",
    ]);
  });

  test('readNodes(text) keeps a bad coordinate as lat_raw beside a column named __proto__', () => {
    const result = readNodes('id,lat,__proto__\nA,north,p\n', { file: 'nodes.csv' });
    expect(Object.entries(result.rows[0]!.attributes)).toEqual([
      ['__proto__', 'p'],
      ['lat_raw', 'north'],
    ]);
  });

  test('detectColumns(headers) matches no field to a header named after a prototype member', () => {
    const e = fatal(() => detectColumns(['constructor', 'toString', '__proto__'], EDGE_FIELDS, 'e.csv'));
    expect(e.code).toBe('missing-column');
    expect(e.message).toBe("e.csv: no 'source' and no 'target' column; found columns: constructor, toString, __proto__. Map them with --source and --target");
  });

  test("detectColumns(headers, fields, file, mapping) reads only the mapping's own entries", () => {
    // A mapping whose prototype says source = 'b' (as a polluted or class-made object would).
    const mapping = Object.create({ source: 'b' }) as Record<string, string>;
    mapping['target'] = 'constructor';
    const { index } = detectColumns(['source', 'b', 'constructor'], EDGE_FIELDS, 'e.csv', mapping);
    expect([index.source, index.target]).toEqual([0, 2]);
  });

  test('readEdges(text, {mapping}) maps source and target to columns named __proto__ and toString', () => {
    const result = readEdges('__proto__,toString\nconstructor,valueOf\n', {
      file: 'edges.csv',
      mapping: { source: '__proto__', target: 'toString' },
    });
    expect(result.rows.map((r) => [r.source, r.target])).toEqual([['constructor', 'valueOf']]);
  });

  test('IssueLog.toJSON() counts by code in a prototype-free record', () => {
    const { byCode } = readEdges('source,target\nA,A\n', { file: 'edges.csv' }).issues.toJSON();
    expect(Object.getPrototypeOf(byCode)).toBeNull();
    expect(byCode).toEqual({ 'self-loop': { severity: 'error', count: 1 } });
  });
});

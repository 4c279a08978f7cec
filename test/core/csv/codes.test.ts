import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ISSUE_CODES, readEdges, readNodes } from '../../../src/core/csv';

const SOURCE = new URL('../../../src/core/csv/', import.meta.url);

describe('ISSUE_CODES', () => {
  test('ISSUE_CODES names every code in kebab-case with a one-line description', () => {
    for (const [code, info] of Object.entries(ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(info.description).not.toContain('\n');
      expect(['fatal', 'error', 'warning']).toContain(info.severity);
    }
  });

  test('ISSUE_CODES covers every fatal code thrown in src/core/csv', () => {
    const thrown = new Set<string>();
    for (const name of readdirSync(SOURCE)) {
      const text = readFileSync(new URL(name, SOURCE), 'utf8');
      for (const m of text.matchAll(/new FatalInputError\(\s*file,\s*'([a-z-]+)'/g)) thrown.add(m[1]!);
    }
    expect([...thrown].sort()).toEqual([
      'empty-file',
      'field-too-long',
      'line-too-long',
      'missing-column',
      'no-rows',
      'not-csv',
      'not-text',
      'one-column',
      'too-many-columns',
      'unbalanced-quote',
      'unknown-column',
    ]);
    for (const code of thrown) expect(ISSUE_CODES).toHaveProperty([code]);
  });

  test('readEdges / readNodes emit issues with the severity ISSUE_CODES gives them', () => {
    const edges = readEdges(
      'source,target,type,weight,year,note,note\n' +
        ' A,B,x,1,1800,,\n,B,,,,,\nA,,,,,,\nA,A,,,,,\nA,B,,zero,,,\nA,B,,-1,,,\n,,,,,,\nA,B,,,2019.5,,,,\nA,B,"x"y",,,,\n',
      { file: 'edges.csv', now: 2025 },
    );
    const nodes = readNodes('id,lat,lon\nA,x,200\nA,,\n,,\n', { file: 'nodes.csv' });
    const seen = new Map<string, string>();
    for (const log of [edges.issues, nodes.issues]) for (const [code, { severity }] of log.countsByCode) seen.set(code, severity);
    for (const [code, severity] of seen) expect([code, ISSUE_CODES[code as keyof typeof ISSUE_CODES]?.severity]).toEqual([code, severity]);
    expect(seen.size).toBe(16);
  });
});

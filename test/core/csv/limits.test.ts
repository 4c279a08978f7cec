/**
 * Very wide or long input is refused clearly, or read in bounded work: the
 * reproducers of issue 9 (10,000 columns, a 5 MB header cell, a 50 MB line
 * without a break, a 200,000-column header), generated at a size that keeps
 * each test short; the README gives the figures measured at full size.
 */
import { describe, expect, test } from 'vitest';
import { MAX_DETAILED_ISSUES, readEdges, readNodes } from '../../../src/core/csv';
import { capMessage, MAX_MESSAGE_LENGTH } from '../../../src/core/csv/types';
import { fatal, summary } from './helpers';

const read = (text: string) => readEdges(text, { file: 'edges.csv', now: 2025 });
const columns = (n: number): string => ['source', 'target', ...Array.from({ length: n - 2 }, (_, i) => `c${i + 3}`)].join(',');
const rows = (n: number): string => Array.from({ length: n }, (_, i) => `A${i},B${i}`).join('\n');

describe('column limit (1,000)', () => {
  test("readEdges(text) refuses a 10,000-column header with 'too-many-columns', naming line, column and limit", () => {
    const e = fatal(() => read(`${columns(10_000)}\n${rows(2_000)}\n`));
    expect(e.code).toBe('too-many-columns');
    expect(e.message).toMatch(/^edges\.csv line 1, column 1001: the header has 10,000 columns, more than the 1,000 a file may have; expected one row per link/);
  });

  test('readEdges(text) refuses a 200,000-column header in a short message', () => {
    const e = fatal(() => read(`source,target,${'x,'.repeat(199_997)}x\n${rows(2_000)}\n`));
    expect([e.code, e.message.length < 400]).toEqual(['too-many-columns', true]);
    // With longer names the header line passes 1,000,000 characters first.
    expect(fatal(() => read(`${columns(200_000)}\n${rows(2_000)}\n`)).code).toBe('line-too-long');
  });

  test('readEdges(text) reads a 1,000-column header, its short rows warned in bounded messages', () => {
    const result = read(`${columns(1_000)}\n${rows(3_000)}\n`);
    expect(result.rows).toHaveLength(3_000);
    expect(result.issues.toJSON().byCode).toEqual({ 'field-count': { severity: 'warning', count: 3_000 } });
    expect(result.issues.detailed).toHaveLength(MAX_DETAILED_ISSUES);
    expect(result.issues.detailed[0]!.message).toBe(
      "edges.csv line 2, column 'c3': the row has 2 fields but the header has 1,000; " +
        "'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12' and 988 more read as empty",
    );
    // Before: 89,000 characters per message, 89 MB of issues as JSON for 1,000 kept.
    expect(JSON.stringify(result.issues).length).toBeLessThan(300_000);
  });

  test("readEdges(text) drops a row of more than 1,000 fields with 'too-many-fields' and reads the others", () => {
    const result = read(`source,target,note\nA,B,${'x,'.repeat(1_500)}y\nC,D,n\n`);
    expect(result.rows.map((r) => r.line)).toEqual([3]);
    expect(summary(result.issues)).toEqual(['2 extra_998 error too-many-fields']);
    expect(result.issues.detailed[0]!.message).toBe(
      "edges.csv line 2, column 'extra_998': the row has 1,503 fields, more than the 1,000 a row may have; the row was dropped",
    );
  });

  test('readEdges(text) names at most the first extra fields of a wide row', () => {
    const result = read(`source,target\nA,B,${'x,'.repeat(50)}y\n`);
    expect(result.issues.detailed[0]!.message).toBe(
      "edges.csv line 2, column 'extra_1': the row has 53 fields but the header has 2; the extra fields were kept as extra_1 … extra_51",
    );
    expect(Object.keys(result.rows[0]!.attributes)).toHaveLength(51);
  });

  test('readEdges(text) lists at most 20 found columns when one is missing', () => {
    const headers = ['source', ...Array.from({ length: 999 }, (_, i) => `h${i}`)].join(',');
    const e = fatal(() => read(`${headers}\nA,B\n`));
    expect(e.code).toBe('missing-column');
    expect(e.message).toBe(
      `edges.csv: no 'target' column; found columns: source, ${Array.from({ length: 19 }, (_, i) => `h${i}`).join(', ')} and 980 more. Map one with --target`,
    );
  });
});

describe('line, field and column-name limits', () => {
  test("readEdges(text) refuses a line over 1,000,000 characters with 'line-too-long' (a 5 MB header cell)", () => {
    const e = fatal(() => read(`source,target,${'x'.repeat(5_000_000)}\n${rows(2_000)}\n`));
    expect(e.code).toBe('line-too-long');
    expect(e.message).toBe(
      'edges.csv line 1, column 3: the line has more than 1,000,000 characters, the most a line may have; ' +
        'expected a CSV with one row per line: check that this is the right file and that its line breaks survived',
    );
  });

  test('readEdges(text) refuses a file of one long line without a break, naming the column where the limit falls', () => {
    const e = fatal(() => read('a,'.repeat(1_500_000)));
    expect(e.code).toBe('line-too-long');
    expect(e.message).toMatch(
      /^edges\.csv line 1, column 500001: the line has more than 1,000,000 characters, the most a line may have \(the file has no line break\)/,
    );
  });

  test('readEdges(text) names the header of the column a long data line overflows in', () => {
    const e = fatal(() => read(`source,target,note\nA,B,n\n\nC,${'x'.repeat(2_000_000)}\n`));
    expect(e.message).toMatch(/^edges\.csv line 4, column 2 \('target'\): the line has more than 1,000,000 characters/);
  });

  test('readEdges(text) accepts a line of 1,000,000 characters (the limit)', () => {
    const cell = 'x'.repeat(1_000_000 - 'A,'.length);
    const result = read(`source,target\nA,${cell}\n`);
    expect(result.rows[0]!.target.length).toBe(cell.length);
    expect(summary(result.issues)).toEqual(['2 target warning field-very-long']);
  });

  test("readEdges(text) refuses a quoted field over 1,000,000 characters spanning lines with 'field-too-long'", () => {
    const note = `${'x'.repeat(999)}\n`.repeat(1_100);
    const e = fatal(() => read(`source,target,note\nA,B,"${note}"\nC,D,e\n`));
    expect(e.code).toBe('field-too-long');
    expect(e.message).toBe(
      "edges.csv lines 2–1102, column 'note': the field has 1,100,000 characters, more than the 1,000,000 a field may have, " +
        `starting '${'x'.repeat(40)}'; a quote that is never meant to close may have joined many lines into this field: check the quotes there`,
    );
  });

  test("readNodes(text) refuses a column name over 1,000 characters with 'field-too-long'", () => {
    const e = fatal(() => readNodes(`id,${'n'.repeat(1_001)}\nA,b\n`, { file: 'nodes.csv' }));
    expect(e.code).toBe('field-too-long');
    expect(e.message).toMatch(/^nodes\.csv line 1, column 2: the column name has 1,001 characters, more than the 1,000 a column name may have/);
  });
});

describe('message limits', () => {
  test('capMessage(text) cuts a message to 4,000 characters ending with …', () => {
    expect(capMessage('short')).toBe('short');
    const cut = capMessage('m'.repeat(10_000));
    expect([cut.length, cut.endsWith('m…')]).toEqual([MAX_MESSAGE_LENGTH, true]);
  });

  test('readEdges(text) cuts a long column name in messages to 60 characters', () => {
    const name = 'w'.repeat(900);
    const result = readEdges(`source,target,${name}\nA,B,-1\n`, { file: 'edges.csv', mapping: { weight: name } });
    expect(result.issues.detailed[0]!.message).toBe(`edges.csv line 2, column '${'w'.repeat(60)}…': '-1' is not a positive number; the row was dropped`);
    expect(result.issues.detailed[0]!.column).toBe(name);
  });

  test('readNodes(text) lists at most 10 conflicts of a duplicate node with 1,000 columns', () => {
    const header = ['id', ...Array.from({ length: 999 }, (_, i) => `a${i}`)].join(',');
    const row = (v: string) => ['N', ...Array.from({ length: 999 }, () => v)].join(',');
    const result = readNodes(`${header}\n${row('x')}\n${row('y')}\n`, { file: 'nodes.csv' });
    const message = result.issues.detailed[0]!.message;
    expect(message).toMatch(
      /^nodes\.csv line 3, column 'id': 'N' already appeared on line 2; the rows were merged; conflicting values kept from line 2: a0 'x' \(this row: 'y'\); a1 /,
    );
    expect(message).toMatch(/; a9 'x' \(this row: 'y'\) and 989 more$/);
  });
});

/**
 * Nothing lost without an error: a lone CR is a line break, a stray quote
 * that joins lines is an error naming them, a NUL anywhere refuses the file.
 */
import { describe, expect, test } from 'vitest';
import { readEdges, readNodes } from '../../../src/core/csv';
import { fatal, summary } from './helpers';

const read = (text: string) => readEdges(text, { file: 'edges.csv', now: 2025 });
const pairs = (text: string) => read(text).rows.map((r) => [r.line, r.source, r.target]);

describe('line breaks', () => {
  test('readEdges(text) reads a lone CR inside a CRLF file as a line break', () => {
    const result = read('source,target\r\nA,B\rC,D\r\nE,F\r\n');
    expect(result.rows.map((r) => [r.line, r.source, r.target])).toEqual([
      [2, 'A', 'B'],
      [3, 'C', 'D'],
      [4, 'E', 'F'],
    ]);
    expect(result.issues.total).toBe(0);
  });

  test('readEdges(text) reads CR-only, LF and mixed line ends alike, and keeps line numbers', () => {
    expect(pairs('source,target\rA,B\rC,D\r')).toEqual([
      [2, 'A', 'B'],
      [3, 'C', 'D'],
    ]);
    expect(pairs('source,target\nA,B\r\nC,D\rE,F\n\rG,H')).toEqual([
      [2, 'A', 'B'],
      [3, 'C', 'D'],
      [4, 'E', 'F'],
      [6, 'G', 'H'],
    ]);
    expect(summary(read('source,target\r\nA,B\rC,C\r\n').issues)).toEqual(['3 target error self-loop']);
  });

  test('readEdges(text) keeps CRLF inside a quoted field of a CRLF file, and removes no CR from values', () => {
    const result = read('source,target,note\r\nA,B,"one\r\ntwo"\r\nC,"D",x\r\n');
    expect(result.rows.map((r) => [r.line, r.target, r.attributes['note']])).toEqual([
      [2, 'B', 'one\r\ntwo'],
      [4, 'D', 'x'],
    ]);
    expect(result.issues.total).toBe(0);
  });
});

describe('stray quotes that join lines', () => {
  /** 200 lines: a header, rows n2…, and on line 38 a quote that closes only on line 157. */
  function swallowed(): string {
    const lines = ['source,target,year'];
    for (let n = 2; n <= 200; n++) lines.push(`s${n},t${n},2020`);
    lines[37] = 's38,"abc,2020';
    lines[156] = 's157,t157",2021';
    return lines.join('\n') + '\n';
  }

  test("readEdges(text) drops a record whose id swallowed lines 38–157 with a 'merged-lines' error naming them", () => {
    const result = read(swallowed());
    expect(result.issues.errors).toBe(1);
    expect(summary(result.issues)).toEqual(['38 target error merged-lines']);
    const issue = result.issues.detailed[0]!;
    expect(issue.endLine).toBe(157);
    expect(issue.message).toMatch(/^edges\.csv lines 38–157, column 'target': the value spans lines 38–157 \('abc,2020\\ns39,t39,2020\\n/);
    expect(issue.message).toContain('so the quote opened on line 38 is probably stray and lines 38–157 were read as one record');
    // Every line outside 38–157 is a row: nothing else lost.
    expect(result.rows.map((r) => r.line)).toEqual([...range(2, 37), ...range(158, 200)]);
    expect(result.rows.every((r) => !r.target.includes('\n'))).toBe(true);
  });

  test("readNodes(text) drops a record whose id or type holds a line break ('merged-lines')", () => {
    const result = readNodes('id,type,label\n"A\nB",city,x\nC,"cit\ny",z\nD,city,"two\nlines"\n', { file: 'nodes.csv' });
    expect(result.rows.map((r) => [r.line, r.id, r.label])).toEqual([[6, 'D', 'two\nlines']]);
    expect(summary(result.issues)).toEqual(['2 id error merged-lines', '4 type error merged-lines']);
  });

  test("readEdges(text) drops a multi-line record with more or fewer fields than the header ('merged-lines')", () => {
    const result = read('source,target,note,year\nA,B,"abc\nC,D,e"\nF,G,h,2020\n');
    expect(pairs('source,target,note,year\nA,B,"abc\nC,D,e"\nF,G,h,2020\n')).toEqual([[4, 'F', 'G']]);
    expect(summary(result.issues)).toEqual(['2 note error merged-lines']);
    expect(result.issues.detailed[0]!.message).toContain(
      'a quoted field spans lines and the record has 3 fields where the header has 4, so lines 2–3 were read as one record',
    );
  });

  test('readEdges(text) still loads quoted multi-line text in an ordinary column without an issue', () => {
    const result = read('source,target,description\nA,B,"first line\nsecond, with a comma\n""quoted"" third"\nC,D,plain\n');
    expect(result.rows.map((r) => [r.line, r.attributes['description']])).toEqual([
      [2, 'first line\nsecond, with a comma\n"quoted" third'],
      [5, 'plain'],
    ]);
    expect(result.issues.total).toBe(0);
  });

  test('readEdges(text) keeps a single-line malformed quote as a warning (nothing was joined)', () => {
    const result = read('source,target,note\nA,B,"x"y"\nC,D,e\n');
    expect(result.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(summary(result.issues)).toEqual(['2 note warning malformed-quote']);
  });
});

describe('NUL characters', () => {
  test("readEdges(text) refuses a NUL after the first 64k characters with 'not-text', naming line and column", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `node${i},other${i}`);
    const text = 'source,target\n' + rows.join('\n') + '\n\0NaN,B\n';
    expect(text.indexOf('\0')).toBeGreaterThan(65_536);
    const e = fatal(() => read(text));
    expect(e.code).toBe('not-text');
    expect(e.message).toBe(
      "edges.csv line 5002, column 1 ('source'): a NUL character (byte 0), which a text file never holds; the file is damaged or partly binary data. Save it again as CSV text (UTF-8)",
    );
  });

  test('readNodes(text) refuses a NUL inside a later field, naming its column', () => {
    const text = 'id,label\n' + 'a,b\n'.repeat(20_000) + 'x,ok\0\n';
    expect(fatal(() => readNodes(text, { file: 'nodes.csv' })).message).toMatch(/^nodes\.csv line 20002, column 2 \('label'\): a NUL character/);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

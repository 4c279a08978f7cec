import { describe, expect, test } from 'vitest';
import { previewTable } from '../../../src/core/csv';
import { toCsv } from '../../../src/core/export/csv';

describe('previewTable', () => {
  test('previewTable(text) skips our quoted comment lines and removes our leading quote, as the readers do', () => {
    const text = toCsv(['source', 'target', '@note'], [['@Firm GmbH', 'B', "'x"]], ['Partnership Atlas 0.1.0, exported 2026']);
    expect(previewTable(text)).toEqual({ delimiter: ',', headers: ['source', 'target', '@note'], rows: [['@Firm GmbH', 'B', "'x"]] });
  });

  test('previewTable(text, 1) finds the header and one row after several comment lines (the CLI writes two before an aliases header)', () => {
    const text = toCsv(
      ['alias', 'canonical', 'score'],
      [['Comune di Parma', 'Parma', 1]],
      ['Partnership Atlas duplicates: aliases (alias,canonical)', 'threshold 0.8; 77 pairs'],
    );
    expect(previewTable(text, 1)).toEqual({ delimiter: ',', headers: ['alias', 'canonical', 'score'], rows: [['Comune di Parma', 'Parma', '1']] });
    expect(previewTable('# a\n# b\n\n# c\nsource,target\nA,B\nC,D\n', 1)).toEqual({ delimiter: ',', headers: ['source', 'target'], rows: [['A', 'B']] });
  });

  test('previewTable(text, rows) reads lone CRs as line breaks, and at most `rows` rows', () => {
    expect(previewTable('\uFEFFa;b\r\n1;2\r3;4\r\n5;6\r\n', 2)).toEqual({
      delimiter: ';',
      headers: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    });
  });

  test('previewTable(text) looks at the first 2,000,000 characters only', () => {
    const preview = previewTable(`source,target\nA,${'x'.repeat(30_000_000)}`);
    expect(preview.headers).toEqual(['source', 'target']);
    expect(preview.rows[0]![1]!.length).toBe(2_000_000 - 'source,target\nA,'.length);
  });
});

/** Tests of CSV cell escaping and formula neutralisation (OWASP CSV injection). */
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, neutraliseFormula, toCsv } from '../../../src/ui/panels/csv-cells';

describe('ui/panels/csv-cells', () => {
  it('neutraliseFormula(text) prefixes a quote to text a spreadsheet would run (= + - @ tab CR)', () => {
    for (const s of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    expect(neutraliseFormula('Decidim')).toBe('Decidim');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('escapeCsvCell(value) quotes commas, quotes, line breaks and edge spaces, doubling quotes', () => {
    expect(escapeCsvCell('plain')).toBe('plain');
    expect(escapeCsvCell('a,b')).toBe('"a,b"');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvCell(' padded')).toBe('" padded"');
    expect(escapeCsvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(escapeCsvCell('-1,5')).toBe('"\'-1,5"');
  });

  it('escapeCsvCell(value) writes numbers as JavaScript does and missing values empty', () => {
    expect(escapeCsvCell(0.125)).toBe('0.125');
    expect(escapeCsvCell(-3)).toBe('-3');
    expect(escapeCsvCell(NaN)).toBe('');
    expect(escapeCsvCell(null)).toBe('');
    expect(escapeCsvCell(undefined)).toBe('');
  });

  it('toCsv(header, rows) writes a header and CRLF-terminated lines', () => {
    expect(
      toCsv(
        ['id', 'label', 'degree'],
        [
          ['München', 'Landeshauptstadt München', 3],
          ['x', '@evil', NaN],
        ],
      ),
    ).toBe("id,label,degree\r\nMünchen,Landeshauptstadt München,3\r\nx,'@evil,\r\n");
  });
});

import { describe, expect, test } from 'vitest';
import { decodeBytes, readEdges } from '../../../src/core/csv';
import { fatal, fixtureBytes } from './helpers';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  test('decodeBytes(bytes, file) decodes UTF-8 and strips a BOM', () => {
    const text = decodeBytes(fixtureBytes('bom-crlf-edges.csv'), 'edges.csv');
    expect(text.startsWith('source,target')).toBe(true);
    expect(decodeBytes(utf8('id\nMünchen\n'), 'n.csv')).toBe('id\nMünchen\n');
  });

  test('decodeBytes(bytes, file) turns invalid UTF-8 into U+FFFD without throwing', () => {
    const bytes = new Uint8Array([...utf8('id\nM'), 0xfc, ...utf8('nchen\n')]); // Latin-1 ü
    expect(decodeBytes(bytes, 'n.csv')).toBe('id\nM\uFFFDnchen\n');
  });

  test("decodeBytes(bytes, file) throws 'not-text' on a NUL byte", () => {
    const e = fatal(() => decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14]), 'edges.xlsx'));
    expect(e.code).toBe('not-text');
    expect(e.file).toBe('edges.xlsx');
    expect(e.message).toMatch(/^edges\.xlsx is not a text file/);
  });

  test("decodeBytes(bytes, file) throws 'not-text' when many characters are invalid UTF-8", () => {
    const bytes = new Uint8Array(200);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 4 === 0 ? 0xff : 0x41;
    expect(fatal(() => decodeBytes(bytes, 'img.csv')).code).toBe('not-text');
  });

  test('decodeBytes(bytes, file) accepts a few stray invalid bytes in a long text', () => {
    const bytes = new Uint8Array([...utf8('source,target\n' + 'Berlin,Decidim\n'.repeat(20)), 0xff]);
    expect(decodeBytes(bytes, 'e.csv').endsWith('Decidim\n\uFFFD')).toBe(true);
  });
});

/** UTF-16 code units of `text` as bytes, little- or big-endian, after a BOM. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** Code points of `text` as 32-bit units, little- or big-endian, after a BOM. */
function utf32(text: string, littleEndian: boolean): Uint8Array {
  const points = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
  const bytes = new Uint8Array(points.length * 4);
  const view = new DataView(bytes.buffer);
  points.forEach((p, i) => view.setUint32(4 * i, p, littleEndian));
  return bytes;
}

describe('decodeBytes with a byte-order mark', () => {
  // Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated, CRLF.
  const TEXT = 'source\ttarget\tnote\r\nMünchen\tDecidim\tÜber 😀\r\nŁódź\t東京\t\r\n';

  test('decodeBytes(bytes, file) decodes UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(utf16(TEXT, true), 'e.txt')).toBe(TEXT);
    expect(decodeBytes(utf16(TEXT, false), 'e.txt')).toBe(TEXT);
  });

  test('decodeBytes(bytes, file) decodes UTF-32 LE and BE with a BOM (by hand: TextDecoder has no UTF-32)', () => {
    expect(decodeBytes(utf32(TEXT, true), 'e.txt')).toBe(TEXT);
    expect(decodeBytes(utf32(TEXT, false), 'e.txt')).toBe(TEXT);
  });

  test('decodeBytes(bytes, file) turns invalid UTF-32 units and a short tail into U+FFFD', () => {
    const bytes = new Uint8Array([...utf32('id\nA', true), 0x00, 0xd8, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00, 0x42, 0x00]);
    expect(decodeBytes(bytes, 'n.csv')).toBe('id\nA\uFFFD\uFFFD\uFFFD');
  });

  test('readEdges(decodeBytes(bytes)) reads an Excel Unicode-text file as tab-separated rows', () => {
    const result = readEdges(decodeBytes(utf16(TEXT, true), 'e.txt'), { file: 'e.txt' });
    expect(result.delimiter).toBe('\t');
    expect(result.rows.map((r) => [r.source, r.target, r.attributes['note']])).toEqual([
      ['München', 'Decidim', 'Über 😀'],
      ['Łódź', '東京', undefined],
    ]);
    expect(result.issues.total).toBe(0);
  });

  test("decodeBytes(bytes, file) still throws 'not-text' on binary files (zip, PNG, PDF stream)", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(fatal(() => decodeBytes(png, 'map.png')).code).toBe('not-text');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...new Uint8Array(40)]);
    expect(fatal(() => decodeBytes(zip, 'edges.xlsx')).code).toBe('not-text');
  });

  test('decodeBytes(bytes, file) reads UTF-16 without a BOM as UTF-8, which is binary-looking: not-text', () => {
    const bytes = utf16('source,target\r\nA,B\r\n', true).subarray(2);
    expect(fatal(() => decodeBytes(bytes, 'e.csv')).code).toBe('not-text');
  });
});

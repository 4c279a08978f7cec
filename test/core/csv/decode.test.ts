import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../../../src/core/csv';
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

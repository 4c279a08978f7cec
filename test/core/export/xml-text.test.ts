/**
 * The reversible encoding of characters XML 1.0 cannot hold (xml-text.ts):
 * fixed cases written by hand from the rule, then every string over a small
 * alphabet of the tricky characters (`_`, `x`, hex digits, controls, lone
 * surrogates, U+FFFF) up to length 7: encoding then decoding gives the
 * original, a document holding every encoded string parses as XML, and no
 * two strings encode alike.
 */
import { describe, expect, it } from 'vitest';
import { decodeXmlText, encodeXmlText, escapeXml, jsonForXml } from '../../../src/core/export/xml-text';
import { readXml } from './xml-reader';

describe('export/xml-text', () => {
  it('encodeXmlText writes each disallowed code unit as _xHHHH_ and protects _xHHHH look-alikes', () => {
    expect(encodeXmlText('Proj\u0002ctl')).toBe('Proj_x0002_ctl');
    expect(encodeXmlText('Ctrl\u0001Char')).toBe('Ctrl_x0001_Char');
    expect(encodeXmlText('CtrlChar')).toBe('CtrlChar');
    expect(encodeXmlText('\u0000\u0008\u000b\u000c\u000e\u001f')).toBe('_x0000__x0008__x000B__x000C__x000E__x001F_');
    expect(encodeXmlText('tab\tlf\ncr\r\u007f\u0085')).toBe('tab\tlf\ncr\r\u007f\u0085'); // allowed by XML 1.0: unchanged
    expect(encodeXmlText('a\ud800b\udc00c')).toBe('a_xD800_b_xDC00_c');
    expect(encodeXmlText('pair \ud83d\ude00 ok')).toBe('pair \ud83d\ude00 ok');
    expect(encodeXmlText('\ufffe\uffff\ufffd')).toBe('_xFFFE__xFFFF_\ufffd');
    expect(encodeXmlText('a_x0041_')).toBe('a_x005F_x0041_');
    expect(encodeXmlText('_x00e9')).toBe('_x005F_x00e9');
    expect(encodeXmlText('snake_case_x1')).toBe('snake_case_x1'); // not four hex digits: unchanged
    expect(encodeXmlText('_x0041\u0001')).toBe('_x005F_x0041_x0001_');
  });

  it('decodeXmlText(encodeXmlText(s)) is s, the encoding is injective and well-formed, for every string over a tricky alphabet (length ≤ 5)', () => {
    const alphabet = ['_', 'x', '0', 'F', 'a', '\u0001', '\ud800', '\udc00', '\uffff'];
    const seen = new Map<string, string>();
    const failures: string[] = [];
    let strings = [''];
    for (let length = 1; length <= 5; length++) {
      strings = strings.flatMap((s) => alphabet.map((c) => s + c));
      for (const s of strings) {
        const encoded = encodeXmlText(s);
        if (decodeXmlText(encoded) !== s) failures.push(`${JSON.stringify(s)} decodes to ${JSON.stringify(decodeXmlText(encoded))}`);
        if (seen.has(encoded)) failures.push(`${JSON.stringify(s)} and ${JSON.stringify(seen.get(encoded))} both encode as ${encoded}`);
        seen.set(encoded, s);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(seen.size).toBe((9 ** 6 - 1) / 8 - 1); // every non-empty string of length ≤ 5
    // A document with every such string as an attribute and as text is well-formed (the parser rejects any disallowed character).
    const sample = [...seen.values()];
    const doc = `<r>${sample.map((s) => `<v a="${escapeXml(s, true)}">${escapeXml(s)}</v>`).join('')}</r>`;
    const root = readXml(doc);
    expect(root.children).toHaveLength(sample.length);
    const wrong = root.children.filter((v, i) => decodeXmlText(v.attributes.get('a')!) !== sample[i] || decodeXmlText(v.text) !== sample[i]);
    expect(wrong).toHaveLength(0);
  });

  it('escapeXml keeps CR, and in attributes tab and LF, as character references', () => {
    expect(escapeXml('a\r\nb\t<&>"')).toBe('a&#xD;\nb\t&lt;&amp;&gt;&quot;');
    expect(escapeXml('a\r\nb\t', true)).toBe('a&#xD;&#xA;b&#x9;');
    const root = readXml(`<r a="${escapeXml('x\r\n\ty', true)}">${escapeXml('x\r\n\ty')}</r>`);
    expect(root.attributes.get('a')).toBe('x\r\n\ty');
    expect(root.text).toBe('x\r\n\ty');
  });

  it('jsonForXml gives JSON that encodeXmlText leaves unchanged and JSON.parse reads back exactly', () => {
    const value = { s: 'a\u0001\ud800\uffff_x0041_]]>', k: ['\ufffe'] };
    const json = jsonForXml(value);
    expect(encodeXmlText(json)).toBe(json);
    expect(JSON.parse(json)).toEqual(value);
  });
});

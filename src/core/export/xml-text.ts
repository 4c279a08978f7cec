/**
 * Text for the XML exports (GEXF, GraphML, SVG). XML 1.0 cannot carry the C0
 * control characters other than tab, line feed and carriage return
 * (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), unpaired surrogates or the
 * non-characters U+FFFE/U+FFFF — not even as character references — yet a CSV
 * cell can hold any of them. Dropping them would merge ids (`Ctrl\x01Char` and
 * `CtrlChar`), so they are encoded instead, reversibly:
 *
 * - each such UTF-16 code unit is written `_xHHHH_` (four upper-case hex
 *   digits): `Proj\x02ctl` → `Proj_x0002_ctl`, a lone U+D800 → `_xD800_`;
 * - an underscore followed by `x` and four hex digits (either case) is written
 *   `_x005F_`, so text that already looks like an escape stays itself:
 *   `a_x0041_` → `a_x005F_x0041_`;
 * - nothing else changes.
 *
 * This is the escaped-string form of Office Open XML (ECMA-376 Part 1,
 * ST_Xstring), with the underscore rule widened to every `_xHHHH` so the
 * mapping is a bijection: {@link decodeXmlText} (replace every `_xHHHH_`,
 * left to right, by the code unit HHHH) gives back exactly the original, and
 * two different texts never encode alike. Carriage returns, and in attributes
 * tabs and line feeds, become character references, which parsers do not
 * normalise away.
 */

/** UTF-16 code units XML 1.0 cannot hold, and the underscore that starts something read as an escape. */
const TO_ENCODE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML 1.0 cannot hold are what this matches
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9A-Fa-f]{4})/g;
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
/**
 * Whether a text may hold something {@link TO_ENCODE} matches: a quick test
 * without look-arounds, so the common text (none of them) skips the slow
 * pattern, which the exports meet millions of times.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML 1.0 cannot hold are what this matches
const MAY_ENCODE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]|_x/;
/** Whether a text needs anything of {@link escapeXml}: a character to encode, markup, a quote or white space written as a reference. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const MAY_ESCAPE = /[\u0000-\u001f&<>"\ud800-\udfff\ufffe\uffff]|_x/;

const hex4 = (unit: number) => unit.toString(16).toUpperCase().padStart(4, '0');

/** `text` with every character XML 1.0 cannot hold written `_xHHHH_` (and `_xHHHH` literals protected); see the file header. */
export function encodeXmlText(text: string): string {
  if (!MAY_ENCODE.test(text)) return text;
  return text.replace(TO_ENCODE, (c) => `_x${hex4(c.charCodeAt(0))}_`);
}

/** Inverse of {@link encodeXmlText}: the text as the user gave it, from an attribute value or element text as parsed. */
export function decodeXmlText(text: string): string {
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * `text` encoded ({@link encodeXmlText}) and escaped for XML element content
 * or a double-quoted attribute value.
 */
export function escapeXml(text: string, attribute = false): string {
  if (!MAY_ESCAPE.test(text)) return text;
  const out = encodeXmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#xD;');
  return attribute ? out.replace(/\n/g, '&#xA;').replace(/\t/g, '&#x9;') : out;
}

/**
 * `JSON.stringify(value)` whose text {@link encodeXmlText} leaves unchanged, so
 * it can sit in XML and be read back with `JSON.parse` alone: JSON already
 * escapes control characters and lone surrogates; U+FFFE, U+FFFF and an
 * underscore before `x` and four hex digits (both only inside strings) are
 * written as `\uXXXX` escapes too.
 */
export function jsonForXml(value: unknown, space?: number): string {
  return (JSON.stringify(value, null, space) ?? 'null').replace(/[\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4})/g, (c) => `\\u${hex4(c.charCodeAt(0)).toLowerCase()}`);
}

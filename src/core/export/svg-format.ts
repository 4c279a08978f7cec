/**
 * Small text helpers of the SVG writer: numbers rounded to two decimals (so
 * the output is stable across platforms and small), XML escaping (with the
 * reversible `_xHHHH_` encoding of characters XML cannot hold, see
 * xml-text.ts), and the shape of a node as an SVG element.
 */
import type { NodeShape } from '../style';
import { formatLegendValue } from '../style/format';
import { encodeXmlText, escapeXml as escapeXmlText } from './xml-text';

/** `x` rounded to 2 decimals, without trailing zeros or a negative zero. */
export function num(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** Encodes and escapes text for element content and attribute values (quoted with `"` or `'`). */
export function escapeXml(text: string): string {
  return escapeXmlText(text, true).replace(/'/g, '&apos;');
}

/** Wraps text, encoded, in CDATA, splitting any `]]>` it contains. */
export function cdata(text: string): string {
  return `<![CDATA[${encodeXmlText(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Share of a ring's radius taken by its coloured border (as the map's ring program: 0.38). */
export const RING_BORDER = 0.38;

/**
 * A node glyph centred on (x, y) with radius r: a disc, a square of side 2r,
 * or a ring (a white disc in a coloured border of 0.38 r, as on the map).
 */
export function shapeElement(shape: NodeShape, x: number, y: number, r: number, color: string, extra = ''): string {
  const attrs = extra ? ` ${extra}` : '';
  const fill = escapeXml(color);
  if (shape === 'square') return `<rect x="${num(x - r)}" y="${num(y - r)}" width="${num(2 * r)}" height="${num(2 * r)}" fill="${fill}"${attrs}/>`;
  if (shape === 'ring') {
    const border = r * RING_BORDER;
    return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r - border / 2)}" fill="#ffffff" stroke="${fill}" stroke-width="${num(border)}"${attrs}/>`;
  }
  return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" fill="${fill}"${attrs}/>`;
}

/** A short value for a legend: the legend format of core/style/format.ts, as on the page. */
export const formatValue = formatLegendValue;

/**
 * The legend of an exported figure as an SVG group: colour classes with
 * swatches in the node's shape and counts, node shapes (when colour is not
 * the type; a numeric figure's bins low to high, then its nodes without a
 * value), size samples at their true radius, and the link note. Row by
 * row, so its height is known before the document is laid out.
 */
import { UNIFORM_SIZE } from '../style';
import { NO_VALUE } from '../style/color-mapping';
import { figureLabel } from '../style/figures';
import type { Scene } from './scene';
import { escapeXml, formatValue, num, shapeElement } from './svg-format';

/** Width of the legend column to the right of the map. */
export const LEGEND_WIDTH = 220;

const HEADING = 'font-weight="600" font-size="13"';
/** Characters of a 13 px bold heading that fit the legend's width; longer headings wrap at spaces. */
const HEADING_CHARACTERS = 28;

/** `text` in lines of at most {@link HEADING_CHARACTERS} characters, broken at spaces (a longer word keeps its own line). */
export function wrapHeading(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > HEADING_CHARACTERS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}
const MUTED = '#5b6475';

/** The legend group's rows, and its height; drawn with its top-left corner at (0, 0). */
export function legendSvg(scene: Scene): { svg: string; height: number } {
  const { legend } = scene;
  const rows: string[] = [];
  let y = 0;
  const heading = (text: string) => {
    wrapHeading(text).forEach((line, i) => {
      y += i > 0 ? 16 : y === 0 ? 14 : 24;
      rows.push(`<text x="0" y="${num(y)}" ${HEADING}>${escapeXml(line)}</text>`);
    });
    y += 8;
  };
  const row = (glyph: (cy: number) => string, label: string, count: string, height = 18, textX = 26) => {
    const cy = y + height / 2;
    rows.push(
      `<g>${glyph(cy)}<text x="${textX}" y="${num(cy + 4)}">${escapeXml(label)}${count ? ` <tspan fill="${MUTED}">${escapeXml(count)}</tspan>` : ''}</text></g>`,
    );
    y += height;
  };

  const shapeOfType = new Map(legend.shape.items.map((i) => [i.type, i.shape]));
  heading(`Colour: ${legend.color.title}`);
  for (const item of legend.color.items) {
    const shape = scene.colorByType ? (shapeOfType.get(item.key) ?? 'circle') : 'circle';
    const count = item.count.toLocaleString('en-US');
    const noValue = legend.color.figure && item.key === NO_VALUE;
    row((cy) => shapeElement(shape, 9, cy, 6, item.color), item.label, noValue ? `(${count} node${item.count === 1 ? '' : 's'})` : count);
  }
  if (!scene.colorByType && legend.shape.items.length > 0) {
    heading('Shape: node type');
    for (const item of legend.shape.items) row((cy) => shapeElement(item.shape, 9, cy, 6, MUTED), item.label, '');
  }
  if (legend.size.measure !== UNIFORM_SIZE && legend.size.samples.length > 0) {
    heading(`Size: ${figureLabel(legend.size.measure)}`);
    for (const s of legend.size.samples)
      row((cy) => shapeElement('circle', 19, cy, s.radius, '#8a93a3'), formatValue(s.value), '', Math.max(18, 2 * s.radius + 4), 46);
  }
  y += 18;
  rows.push(`<text x="0" y="${num(y)}" fill="${MUTED}" font-size="11">Link thickness: weight</text>`);
  return { svg: `<g class="legend" font-size="12">${rows.join('')}</g>`, height: y + 6 };
}

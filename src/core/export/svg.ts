/**
 * Writes a Scene as a standalone SVG document: links as lines under the
 * nodes, nodes as vector shapes (disc, square, ring), labels as text with a
 * white halo, the legend in a column to the right, an optional title above
 * and caption below, and the provenance as JSON in <metadata>. Every text
 * is escaped and encoded (xml-text.ts), so the document stays well-formed
 * whatever the labels hold; `data-id` is the node's id. Numbers are
 * rounded to two decimals and everything is written in the scene's order, so
 * the same scene always gives the same bytes (snapshot-tested).
 */
import { nodeId } from '../graph/node-key';
import type { Scene } from './scene';
import { LEGEND_WIDTH, legendSvg } from './svg-legend';
import { cdata, escapeXml, num, shapeElement } from './svg-format';
import { jsonForXml } from './xml-text';

export interface SvgOptions {
  /** Any JSON-serialisable record of where the figure came from (files, hashes, parameters, the command to re-run). */
  provenance?: unknown;
  /** Background colour; default white. */
  background?: string;
  /** Font family of every text. */
  font?: string;
}

export const SVG_DEFAULTS = { background: '#ffffff', font: 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif' } as const;

const TITLE_HEIGHT = 40;
const CAPTION_HEIGHT = 28;
const LEGEND_TOP = 16;

/** The SVG text of `scene`. */
export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const background = options.background ?? SVG_DEFAULTS.background;
  const font = options.font ?? SVG_DEFAULTS.font;
  const top = scene.title ? TITLE_HEIGHT : 0;
  const legend = legendSvg(scene);
  const mapBottom = top + Math.max(scene.height, LEGEND_TOP + legend.height);
  const width = scene.width + LEGEND_WIDTH;
  const height = mapBottom + (scene.caption ? CAPTION_HEIGHT : 0);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="${escapeXml(font)}" font-size="12">`,
  ];
  if (scene.title) out.push(`<title>${escapeXml(scene.title)}</title>`);
  if (options.provenance !== undefined) out.push(`<metadata id="provenance">${cdata(jsonForXml(options.provenance, 1))}</metadata>`);
  out.push(
    `<defs><clipPath id="map-area"><rect x="0" y="0" width="${num(scene.width)}" height="${num(scene.height)}"/></clipPath></defs>`,
    `<rect width="100%" height="100%" fill="${escapeXml(background)}"/>`,
  );
  if (scene.title) out.push(`<text x="16" y="27" font-size="18" font-weight="600">${escapeXml(scene.title)}</text>`);

  out.push(`<g class="map" transform="translate(0 ${num(top)})" clip-path="url(#map-area)">`);
  if (scene.basemap?.length) {
    const d = scene.basemap.filter((line) => line.length > 1).map((line) => line.map((p, i) => `${i ? 'L' : 'M'}${num(p.x)} ${num(p.y)}`).join(''));
    out.push(`<path class="basemap" d="${d.join('')}" fill="none" stroke="#d5dae2" stroke-width="0.8"/>`);
  }
  out.push('<g class="edges" stroke-linecap="round">');
  for (const e of scene.edges)
    out.push(`<line x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(e.x2)}" y2="${num(e.y2)}" stroke="${escapeXml(e.color)}" stroke-width="${num(e.width)}"/>`);
  out.push('</g>', '<g class="nodes">');
  for (const n of scene.nodes) {
    out.push(shapeElement(n.shape, n.x, n.y, n.r, n.color, `data-id="${escapeXml(nodeId(n.id))}"`));
    // An aggregated star carries the map's white ring inside its rim (ui/map/aggregate-program.ts: rim 0.16 r, ring 0.14 r).
    if (n.aggregate)
      out.push(`<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r * 0.77)}" fill="none" stroke="#ffffff" stroke-width="${num(n.r * 0.14)}"/>`);
  }
  // Labels at the scene's size (the root's 12 px unless set); a cut label carries the whole one as its <title>.
  const size = scene.labelSize;
  const fontSize = size === 12 ? '' : ` font-size="${num(size)}"`;
  out.push('</g>', `<g class="labels" fill="#1d2330" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"${fontSize}>`);
  for (const n of scene.nodes) {
    if (!n.showLabel) continue;
    const text = n.labelText === undefined ? escapeXml(n.label) : `${escapeXml(n.labelText)}<title>${escapeXml(n.label)}</title>`;
    const y = num(n.y + size / 3);
    out.push(
      n.labelLeft ? `<text x="${num(n.x - n.r - 3)}" y="${y}" text-anchor="end">${text}</text>` : `<text x="${num(n.x + n.r + 3)}" y="${y}">${text}</text>`,
    );
  }
  out.push('</g>', '</g>');

  out.push(`<g transform="translate(${num(scene.width + 16)} ${num(top + LEGEND_TOP)})">${legend.svg}</g>`);
  if (scene.caption) out.push(`<text x="16" y="${num(mapBottom + 18)}" font-size="11" fill="#5b6475">${escapeXml(scene.caption)}</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

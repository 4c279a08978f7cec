/**
 * The legend drawn on a 2D canvas (for PNG figures), row for row as the SVG
 * legend of core/export/svg-legend.ts: colour classes with swatches in the
 * node's shape and counts, shapes when colour is not the type, size samples
 * at their radius, the link note.
 */
import { allOutputs } from '../../core/metrics/registry';
import { UNIFORM_SIZE, type Legend, type NodeShape } from '../../core/style';
import { formatLegendValue } from '../../core/style/format';

export const LEGEND_CANVAS_WIDTH = 220;
const LABELS = new Map(allOutputs().map((o) => [o.id, o.label]));
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const MUTED = '#5b6475';

function glyph(ctx: CanvasRenderingContext2D, shape: NodeShape, x: number, y: number, r: number, color: string): void {
  ctx.beginPath();
  if (shape === 'square') {
    ctx.fillStyle = color;
    ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
    return;
  }
  const border = shape === 'ring' ? r * 0.38 : 0;
  ctx.arc(x, y, r - border / 2, 0, 2 * Math.PI);
  ctx.fillStyle = shape === 'ring' ? '#ffffff' : color;
  ctx.fill();
  if (shape === 'ring') {
    ctx.lineWidth = border;
    ctx.strokeStyle = color;
    ctx.stroke();
  }
}

/** Draws the legend at (0, 0) of `ctx` (or only measures it when `ctx` is null); returns its height. */
export function drawLegend(ctx: CanvasRenderingContext2D | null, legend: Legend, colorByType: boolean): number {
  let y = 0;
  const heading = (text: string) => {
    y += y === 0 ? 14 : 24;
    if (ctx) {
      ctx.font = `600 13px ${FONT}`;
      ctx.fillStyle = '#1d2330';
      ctx.fillText(text, 0, y);
    }
    y += 8;
  };
  const row = (draw: (cy: number) => void, label: string, count: string, height = 18, textX = 26) => {
    const cy = y + height / 2;
    if (ctx) {
      draw(cy);
      ctx.font = `12px ${FONT}`;
      ctx.fillStyle = '#1d2330';
      ctx.fillText(label, textX, cy + 4);
      if (count) {
        ctx.fillStyle = MUTED;
        ctx.fillText(` ${count}`, textX + ctx.measureText(label).width, cy + 4);
      }
    }
    y += height;
  };
  const shapeOfType = new Map(legend.shape.items.map((i) => [i.type, i.shape]));
  heading(`Colour: ${legend.color.title}`);
  for (const item of legend.color.items) {
    const shape = colorByType ? (shapeOfType.get(item.key) ?? 'circle') : 'circle';
    row((cy) => glyph(ctx!, shape, 9, cy, 6, item.color), item.label, item.count.toLocaleString('en-US'));
  }
  if (!colorByType && legend.shape.items.length > 0) {
    heading('Shape: node type');
    for (const item of legend.shape.items) row((cy) => glyph(ctx!, item.shape, 9, cy, 6, MUTED), item.label, '');
  }
  if (legend.size.measure !== UNIFORM_SIZE && legend.size.samples.length > 0) {
    heading(`Size: ${LABELS.get(legend.size.measure) ?? legend.size.measure}`);
    for (const s of legend.size.samples) {
      const label = formatLegendValue(s.value);
      row((cy) => glyph(ctx!, 'circle', 19, cy, s.radius, '#8a93a3'), label, '', Math.max(18, 2 * s.radius + 4), 46);
    }
  }
  y += 18;
  if (ctx) {
    ctx.font = `11px ${FONT}`;
    ctx.fillStyle = MUTED;
    ctx.fillText('Link thickness: weight', 0, y);
  }
  return y + 6;
}

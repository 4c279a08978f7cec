/**
 * PNG of the map at 1×, 2× or 4× the screen's pixels: sigma's layers drawn
 * by `@sigma/export-image` at that pixel ratio (the same picture, sharper —
 * not a wider view with smaller nodes; the labels the screen drew, at the
 * same places), the geographic outline under them,
 * and, when asked, a title above, the legend to the right and a caption line
 * below, drawn on a 2D canvas from the same Legend data as the page.
 */
import { viewMeasures } from '../state/view-figures';
import { drawOnCanvas } from '@sigma/export-image';
import { buildLegend } from '../../core/style';
import { sizeFit } from '../../core/style/link-length';
import type { MapView } from '../map/map-view';
import type { FigureContext } from './figure-context';
import { drawLegend, LEGEND_CANVAS_WIDTH } from './legend-canvas';

export interface MapPngOptions {
  scale: 1 | 2 | 4;
  /** Title, legend and caption around the map. Default true. */
  decorate?: boolean;
  title?: string;
  /** The canvas drawn under the map (geographic outline), if any. */
  basemap?: HTMLCanvasElement | null;
}

/** Runs `render` with `window.devicePixelRatio` set to `ratio` (sigma and export-image read it). */
async function withPixelRatio<T>(ratio: number, render: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return await render();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** The map as a canvas of (width × scale) × (height × scale) pixels, or larger when decorated. */
export async function mapCanvas(context: FigureContext, mapView: MapView, options: MapPngOptions): Promise<HTMLCanvasElement> {
  // A large map fills its links in slices (map/progressive-links.ts): the picture waits for all of them.
  await mapView.linksComplete;
  const k = options.scale;
  const sigma = mapView.sigma;
  const { width, height } = sigma.getDimensions();
  // The export's own sigma draws no labels of its own: it gets the screen's (placed without overlaps, the same text), after the stars' places.
  const withTempRenderer = (renderer: typeof sigma) => {
    mapView.placeOn(renderer);
    mapView.labels.drawOn(renderer);
  };
  const map = await withPixelRatio(k, () => drawOnCanvas(sigma, { backgroundColor: 'transparent', sigmaSettings: { renderLabels: false }, withTempRenderer }));
  const decorate = options.decorate ?? true;
  const top = decorate && options.title ? 40 : 0;
  const legend = decorate ? LEGEND_CANVAS_WIDTH : 0;
  const bottom = decorate ? 28 : 0;
  const { state, view, shown } = context;
  const legendData = buildLegend({
    colorBy: state.colorBy,
    sizeBy: state.sizeBy,
    graph: view.graph,
    measures: viewMeasures(view, context.dataset),
    visible: shown.nodes,
    // The radii the map draws with, fitted to its size (core/style/size.ts).
    size: { fit: sizeFit(width, height, state.layout) },
  });

  const canvas = document.createElement('canvas');
  // The legend can be taller than a small map.
  const legendHeight = decorate ? drawLegend(null, legendData, state.colorBy.kind === 'type') + 16 : 0;
  canvas.width = Math.round((width + legend) * k);
  canvas.height = Math.round((top + Math.max(height, legendHeight) + bottom) * k);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  if (options.basemap && options.basemap.width > 0) ctx.drawImage(options.basemap, 0, top * k, width * k, height * k);
  ctx.drawImage(map, 0, top * k, width * k, height * k);
  if (!decorate) return canvas;
  ctx.scale(k, k);
  ctx.fillStyle = '#1d2330';
  const font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  if (options.title) {
    ctx.font = `600 18px ${font}`;
    ctx.fillText(options.title, 16, 27);
  }
  ctx.save();
  ctx.translate(width + 16, top + 16);
  drawLegend(ctx, legendData, state.colorBy.kind === 'type');
  ctx.restore();
  ctx.font = `11px ${font}`;
  ctx.fillStyle = '#5b6475';
  ctx.fillText(context.caption, 16, canvas.height / k - 10);
  return canvas;
}

/** The canvas as a PNG blob. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('export: the browser could not encode the PNG'))), 'image/png'),
  );
}

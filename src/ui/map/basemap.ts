/**
 * The light country outline drawn behind the graph in the geographic layout,
 * and the labelled box of the strip of nodes without coordinates beside it.
 * The outline (world-atlas, 1:110m) is projected with the same projection as
 * the nodes into graph coordinates once, then mapped to the viewport with
 * sigma's own `graphToViewport` after every render, so it pans and zooms with
 * the map. Loaded lazily: other layouts never fetch it. The canvas says
 * where it is in `data-basemap` (`loading`, `drawn`, `failed`, or absent
 * when hidden), for tests and for print; a failed load is reported as a page
 * error and leaves the graph as it is. The PNG export and print copy this
 * canvas under the map, so they show the outline and the strip's label too.
 */
import type Sigma from 'sigma';
import type { Topology } from 'topojson-specification';
import { geoLayout } from '../../core/layout';
import type { GeoProjection2D } from '../../core/layout/geo-projection';
import type { GeoStrip } from '../../core/layout/geo-strip';
import type { ReadGraph } from '../../core/graph/types';
import { formatNumber } from '../../core/style/format';

type Polyline = Array<[number, number]>;

/** The label of the strip, e.g. "No coordinates: 94 nodes". */
export function stripLabel(count: number): string {
  return `No coordinates: ${formatNumber(count)} node${count === 1 ? '' : 's'}`;
}

/** Font size of the strip's label. */
const STRIP_FONT_PX = 12;

/** Room the strip's label may take in pixels, drawn above the box when its header band is too thin (a generous estimate of the text's width). */
export function stripLabelSize(count: number): { width: number; height: number } {
  return { width: Math.ceil(0.62 * STRIP_FONT_PX * stripLabel(count).length) + 6, height: 18 };
}

export class Basemap {
  private projection: GeoProjection2D | null = null;
  private strip: GeoStrip | null = null;
  private lines: Polyline[] = [];
  private topology: Promise<Topology> | null = null;

  constructor(private readonly canvas: HTMLCanvasElement) {}

  /** Geographic positions for the graph (the strip on the side that suits a screen of width/height `aspect`), the projection and the strip. */
  layout(graph: ReadGraph, seed: number, aspect: number) {
    return geoLayout(graph, { seed, aspect });
  }

  /**
   * Shows the outline for a projection and the box of `strip`, or hides both
   * (null); `redraw` is called once the outline is ready.
   */
  setProjection(projection: GeoProjection2D | null, redraw: () => void = () => {}, strip: GeoStrip | null = null): void {
    this.projection = projection;
    this.strip = projection ? strip : null;
    this.lines = [];
    this.clear();
    if (!projection) {
      delete this.canvas.dataset['basemap'];
      return;
    }
    this.canvas.dataset['basemap'] = 'loading';
    this.topology ??= import('world-atlas/countries-110m.json').then((m) => (m.default ?? m) as unknown as Topology);
    this.topology.then(
      (topology) => {
        if (this.projection !== projection) return;
        this.lines = projection.outlinePaths(topology);
        redraw();
      },
      (error: unknown) => {
        this.topology = null; // the next geographic layout tries again
        if (this.projection === projection) this.canvas.dataset['basemap'] = 'failed';
        reportError(error);
      },
    );
  }

  private clear(): void {
    const ctx = this.canvas.getContext('2d');
    ctx?.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  /** Redraws the outline under the current camera. */
  draw(sigma: Sigma | null): void {
    if (!sigma || !this.projection) return;
    const { width, height } = this.canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.strokeStyle = '#b9c0cc';
    ctx.fillStyle = '#eef1f5';
    ctx.lineWidth = 0.8;
    ctx.beginPath();
    for (const line of this.lines) {
      line.forEach(([x, y], i) => {
        const p = sigma.graphToViewport({ x, y });
        if (i === 0) ctx.moveTo(p.x, p.y);
        else ctx.lineTo(p.x, p.y);
      });
    }
    ctx.stroke();
    if (this.strip) this.drawStrip(ctx, sigma, this.strip);
    if (this.lines.length > 0 && this.canvas.dataset['basemap'] !== 'drawn') this.canvas.dataset['basemap'] = 'drawn';
  }

  /** The strip's box over the outline (it may lie over land far from the nodes) and its label in the header band. */
  private drawStrip(ctx: CanvasRenderingContext2D, sigma: Sigma, strip: GeoStrip): void {
    const { box, header } = strip;
    const a = sigma.graphToViewport({ x: box.minX, y: box.maxY });
    const b = sigma.graphToViewport({ x: box.maxX, y: box.minY });
    const headerPx = Math.abs(sigma.graphToViewport({ x: box.minX, y: box.maxY - header }).y - a.y);
    ctx.fillStyle = 'rgba(250, 251, 252, 0.92)';
    ctx.strokeStyle = '#c9cfd8';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.roundRect(a.x, a.y, b.x - a.x, b.y - a.y, 6);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = '#4b5563';
    ctx.font = `${STRIP_FONT_PX}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
    ctx.textBaseline = 'middle';
    // In the header band when it is tall enough for the text, else just above the box.
    const y = headerPx >= 16 ? a.y + headerPx / 2 : a.y - 9;
    ctx.fillText(stripLabel(strip.count), a.x + 6, y);
  }
}

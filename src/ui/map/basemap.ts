/**
 * The light country outline drawn behind the graph in the geographic layout.
 * The outline (world-atlas, 1:110m) is projected with the same projection as
 * the nodes into graph coordinates once, then mapped to the viewport with
 * sigma's own `graphToViewport` after every render, so it pans and zooms with
 * the map. Loaded lazily: other layouts never fetch it. The canvas says
 * where it is in `data-basemap` (`loading`, `drawn`, `failed`, or absent
 * when hidden), for tests and for print; a failed load is reported as a page
 * error and leaves the graph as it is.
 */
import type Sigma from 'sigma';
import type { Topology } from 'topojson-specification';
import { createGeoProjection, geoLayout } from '../../core/layout';
import type { AtlasGraph } from '../../core/graph/types';

type GeoProjection = ReturnType<typeof createGeoProjection>;
type Polyline = Array<[number, number]>;

export class Basemap {
  private projection: GeoProjection | null = null;
  private lines: Polyline[] = [];
  private topology: Promise<Topology> | null = null;

  constructor(private readonly canvas: HTMLCanvasElement) {}

  /** Geographic positions for the graph and the projection that made them. */
  layout(graph: AtlasGraph, seed: number) {
    const { positions, placed } = geoLayout(graph, { seed });
    return { positions, placed, projection: createGeoProjection(graph) };
  }

  /** Shows the outline for a projection, or hides it (null); `redraw` is called once the outline is ready. */
  setProjection(projection: GeoProjection | null, redraw: () => void = () => {}): void {
    this.projection = projection;
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
    if (!sigma || !this.projection || this.lines.length === 0) return;
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
    if (this.canvas.dataset['basemap'] !== 'drawn') this.canvas.dataset['basemap'] = 'drawn';
  }
}

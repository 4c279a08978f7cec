/**
 * Printing the map. Sigma draws with WebGL, whose picture is gone once it is
 * on screen (no preserveDrawingBuffer), so a print would show an empty map.
 * Before printing, the map is redrawn and its layers (basemap, edges, nodes,
 * labels) are copied at once into one 2D canvas that print.css shows instead
 * of the live layers; the table tab is opened so the page's top rows print
 * under the map. Everything is put back after printing.
 */
import { describeFilters } from '../../core/filter';
import type { App } from '../app';
import type { MapController } from '../map/map-controller';

/** Sigma's layers in drawing order (the mouse layer catches events and is empty). */
const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes'];

/** Redraws the map and copies it, basemap first, into a new 2D canvas; null when no map is shown. */
export function captureMap(map: MapController, basemap: HTMLCanvasElement | null): HTMLCanvasElement | null {
  const sigma = map.mapView?.sigma;
  if (!sigma) return null;
  sigma.refresh();
  const canvases = sigma.getCanvases();
  const first = canvases['nodes'];
  if (!first) return null;
  const out = document.createElement('canvas');
  out.width = first.width;
  out.height = first.height;
  out.className = 'print-map';
  const context = out.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  if (basemap && basemap.width > 0) context.drawImage(basemap, 0, 0, out.width, out.height);
  for (const layer of LAYERS) {
    const canvas = canvases[layer];
    if (canvas && canvas.width > 0) context.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

/** One line under the printed title: the data, the view, the filters and the address to find it again. */
function printCaption(app: App): HTMLElement | null {
  const s = app.store.get();
  if (!s.dataset) return null;
  const filters = describeFilters(s.filters);
  const p = document.createElement('p');
  p.className = 'print-caption';
  p.textContent = `${s.dataset.source.title} · view: ${s.view} · ${filters.length ? `filters: ${filters.join('; ')}` : 'no filter'} · ${location.href}`;
  return p;
}

/** Watches the page's print events; returns the function that stops watching. */
export function watchPrint(app: App, map: MapController, mapWrap: HTMLElement, basemap: HTMLCanvasElement | null): () => void {
  let image: HTMLCanvasElement | null = null;
  let openedDrawer = false;
  let caption: HTMLElement | null = null;
  const before = () => {
    image?.remove();
    caption?.remove();
    caption = printCaption(app);
    if (caption) document.querySelector('.topbar')?.append(caption);
    image = captureMap(map, basemap);
    if (image) mapWrap.append(image);
    const s = app.store.get();
    if (!s.dataset) return;
    if (s.drawer === null) {
      openedDrawer = true;
      app.store.set({ drawer: 'table' });
    }
    // The table draws only its visible rows: scroll it to the top and have it draw them now (print comes before the next frame).
    const scroller = document.querySelector<HTMLElement>('#pane-table .table-scroll');
    if (app.store.get().drawer === 'table' && scroller) {
      scroller.scrollTop = 0;
      app.store.set({ filters: { ...app.store.get().filters } });
    }
  };
  const after = () => {
    caption?.remove();
    caption = null;
    image?.remove();
    image = null;
    if (openedDrawer) app.store.set({ drawer: null });
    openedDrawer = false;
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    after();
  };
}

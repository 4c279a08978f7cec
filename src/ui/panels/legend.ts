/**
 * The legend: what colour, size and shape mean, built by core/style's
 * `buildLegend` from the same mapping the map's reducers use, over the nodes
 * currently shown (so its counts follow the filters). It sits over a corner
 * of the map (legend.css) and folds to its title with a button: open by
 * default, folded from the start when the map is smaller than
 * {@link FOLD_BELOW} (a small embed), so it never hides most of the map; a
 * camera fitted to nodes keeps its area free (map/fit-camera.ts).
 */
import { windowMeasuresNote } from './timeline-measures';
import { buildLegend, type Legend } from '../../core/style';
import { NO_VALUE } from '../../core/style/color-mapping';
import { figureLabel } from '../../core/style/figures';
import { formatLegendValue, formatNumber } from '../../core/style/format';
import { sizeFit } from '../../core/style/link-length';
import type { App } from '../app';
import { MAP_OVERLAY_ATTRIBUTE } from '../map/fit-camera';
import type { AppState } from '../state/app-state';
import { markFromFile, type WithFileMeasures } from './measure-labels';
import { h, type Panel } from './panel';
import { afterMap, drawsAfterMap } from './after-map';
import { viewMeasures } from '../state/view-figures';
import './legend.css';

const SVG = 'http://www.w3.org/2000/svg';

/** A small swatch in the node's shape: circle, square or ring. */
export function swatch(shape: 'circle' | 'square' | 'ring', color: string, radius = 6): SVGSVGElement {
  const size = radius * 2 + 2;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  const c = radius + 1;
  const el = document.createElementNS(SVG, shape === 'square' ? 'rect' : 'circle');
  if (shape === 'square') {
    el.setAttribute('x', '1');
    el.setAttribute('y', '1');
    el.setAttribute('width', String(radius * 2));
    el.setAttribute('height', String(radius * 2));
  } else {
    el.setAttribute('cx', String(c));
    el.setAttribute('cy', String(c));
    el.setAttribute('r', String(shape === 'ring' ? radius * 0.7 : radius));
  }
  if (shape === 'ring') {
    el.setAttribute('fill', '#ffffff');
    el.setAttribute('stroke', color);
    el.setAttribute('stroke-width', String(radius * 0.6));
  } else el.setAttribute('fill', color);
  svg.append(el);
  return svg;
}

/** The legend's lists; a colour or size by a measure the nodes file gave says "from file" in its title. */
export function renderLegend(legend: Legend, s: AppState, view?: WithFileMeasures): HTMLElement[] {
  // A measure's figure id is the measure id (indicators and columns are `ind:`/`attr:` ids, never a file measure's).
  const colorMeasure = s.colorBy.kind === 'community' ? 'community' : s.colorBy.kind === 'figure' ? s.colorBy.figure : undefined;
  const colorTitle = colorMeasure ? markFromFile(legend.color.title, view, colorMeasure) : legend.color.title;
  const shapeOfType = new Map(legend.shape.items.map((i) => [i.type, i.shape]));
  // A numeric figure's nodes without a value say so: "no value (12 nodes)".
  const count = (item: Legend['color']['items'][number]) =>
    legend.color.figure && item.key === NO_VALUE ? `(${formatNumber(item.count)} node${item.count === 1 ? '' : 's'})` : formatNumber(item.count);
  const colorItems = legend.color.items.map((item) =>
    h(
      'li',
      {},
      swatch(s.colorBy.kind === 'type' ? (shapeOfType.get(item.key) ?? 'circle') : 'circle', item.color),
      ` ${item.label} `,
      h('span', { className: 'muted', text: count(item) }),
    ),
  );
  const out: HTMLElement[] = [h('h3', { text: `Colour: ${colorTitle}` }), h('ul', { className: 'legend-list' }, ...colorItems)];
  if (s.colorBy.kind !== 'type') {
    out.push(
      h('h3', { text: 'Shape: node type' }),
      h('ul', { className: 'legend-list' }, ...legend.shape.items.map((i) => h('li', {}, swatch(i.shape, '#5b6475'), ` ${i.label}`))),
    );
  }
  if (legend.size.measure !== 'uniform' && legend.size.samples.length > 0) {
    out.push(
      h('h3', { text: `Size: ${markFromFile(figureLabel(legend.size.measure), view, legend.size.measure)}` }),
      h(
        'ul',
        { className: 'legend-sizes' },
        ...legend.size.samples.map((x) => h('li', {}, swatch('circle', '#8a93a3', Math.max(2, x.radius / 1.5)), ` ${formatLegendValue(x.value)}`)),
      ),
    );
  }
  if (s.edgeColorBy === 'relation') out.push(h('p', { className: 'muted', text: 'Link colour: relation (see the Relations filter)' }));
  out.push(h('p', { className: 'muted legend-note', text: 'Link thickness: weight (rows merged into the link).' }));
  const note = s.view === 'network' ? windowMeasuresNote(s.dataset) : null;
  if (note) out.push(h('p', { className: 'legend-note legend-window', text: `Measures and indicators ${note} (timeline).` }));
  return out;
}

/** A map smaller than this (CSS pixels) starts with its legend folded. */
export const FOLD_BELOW = Object.freeze({ width: 600, height: 450 });

let legendIds = 0;

/** Options of {@link mountLegend}. */
export interface LegendOptions {
  /** Start folded; by default, folded when the map under the legend is smaller than {@link FOLD_BELOW}. */
  collapsed?: boolean;
}

/** Whether the map around `container` is smaller than {@link FOLD_BELOW}. */
function smallMap(container: HTMLElement): boolean {
  const box = (container.parentElement ?? container).getBoundingClientRect();
  return box.width > 0 && (box.width < FOLD_BELOW.width || box.height < FOLD_BELOW.height);
}

/** The map element beside the legend (the app's and an embed's), whose size the node radii are fitted to. */
function mapOf(legend: HTMLElement): HTMLElement | null {
  return legend.parentElement?.querySelector<HTMLElement>('.map') ?? null;
}

/** Mounts the legend into `container` (over the map), with its fold button; see the file header. */
export function mountLegend(container: HTMLElement, app: App, options: LegendOptions = {}): Panel {
  const n = ++legendIds;
  const heading = container.querySelector('h2') ?? h('h2', { attrs: { id: `legend-heading-${n}` } });
  const body = h('div', { className: 'legend-body', attrs: { id: `legend-body-${n}` } });
  const toggle = h('button', {
    className: 'legend-toggle',
    text: heading.textContent?.trim() || 'Legend',
    attrs: { type: 'button', 'aria-controls': body.id, 'aria-expanded': 'true', title: 'Show or hide the legend' },
  });
  heading.replaceChildren(toggle);
  heading.classList.add('legend-heading');
  container.classList.add('legend-overlay');
  // Fitting the camera keeps the legend's area free of nodes (map/fit-camera.ts).
  container.setAttribute(MAP_OVERLAY_ATTRIBUTE, '');
  container.replaceChildren(heading, body);
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
    container.classList.toggle('collapsed', !open);
  };
  setOpen(!(options.collapsed ?? smallMap(container)));
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  let killed = false;
  const draw = () => {
    if (killed) return;
    const s = app.store.get();
    const view = app.derived.view(s);
    const shown = app.derived.shown(s);
    if (!view || !shown) return;
    // Size samples at the radii the map draws: fitted to the map's size, as the map fits them (core/style/size.ts).
    const map = mapOf(container);
    const legend = buildLegend({
      colorBy: s.colorBy,
      sizeBy: s.sizeBy,
      graph: view.graph,
      measures: viewMeasures(view, s.dataset),
      visible: shown.nodes,
      ...(map && map.clientWidth > 0 && map.clientHeight > 0 ? { size: { fit: sizeFit(map.clientWidth, map.clientHeight, s.layout) } } : {}),
    });
    body.replaceChildren(...renderLegend(legend, s, view));
  };
  // The map's size sets the radii: a real change redraws the legend.
  let mapSize = '';
  const resized = new ResizeObserver(() => {
    const map = mapOf(container);
    const now = map ? `${map.clientWidth}x${map.clientHeight}` : '';
    if (now === mapSize) return;
    mapSize = now;
    // A large graph's legend waits for its own task (the map's resize comes in the task that builds a new map).
    if (drawing.pending) return;
    if (drawsAfterMap(app.derived, app.store.get())) drawing.later();
    else draw();
  });
  const drawing = afterMap(draw, container);
  const map = mapOf(container);
  if (map) resized.observe(map);
  const unsubscribe = app.store.subscribe((s, prev) => {
    // A large new graph: drawn in a task of its own, after the map's (which places the nodes the radii depend on).
    if ((s.dataset !== prev.dataset || s.view !== prev.view) && drawsAfterMap(app.derived, s)) return drawing.later();
    if (
      s.dataset !== prev.dataset ||
      s.view !== prev.view ||
      s.filters !== prev.filters ||
      s.focus !== prev.focus ||
      s.colorBy !== prev.colorBy ||
      s.sizeBy !== prev.sizeBy ||
      s.edgeColorBy !== prev.edgeColorBy
    )
      drawing.now();
    // Radii keep links visible at the nodes' positions, which the map places in its own listener: again once it has.
    if (s.layout !== prev.layout || s.dataset !== prev.dataset || s.view !== prev.view) queueMicrotask(draw);
  });
  draw();
  return {
    kill() {
      killed = true;
      drawing.cancel();
      unsubscribe();
      resized.disconnect();
      container.replaceChildren();
      container.removeAttribute(MAP_OVERLAY_ATTRIBUTE);
    },
  };
}

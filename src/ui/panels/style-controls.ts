/**
 * Map controls: what colour, size and edge colour mean, and which layout
 * places the nodes (ForceAtlas2 with Start/Stop, by type, geographic). Writes
 * `colorBy`, `sizeBy`, `edgeColorBy` and `layout` to the store; the map
 * controller does the rest.
 */
import type { App } from '../app';
import type { AppState, ColorBy, LayoutKind } from '../state/app-state';
import type { ViewData } from '../state/dataset';
import { measureLabel, numericMeasures } from './measure-labels';
import { h, type Panel } from './panel';

/** Node attributes that colour well: categorical, 2–40 distinct values. */
export function colourableAttributes(view: ViewData): string[] {
  const values = new Map<string, Set<string>>();
  view.graph.forEachNode((_n, a) => {
    // Column names are data (`constructor`, `__proto__`…): a Map, and the node's own columns only.
    const fields = new Map<string, unknown>([['country', a.country], ['kind', a.kind], ...Object.entries(a.extra)]);
    for (const [k, v] of fields) {
      if (typeof v !== 'string' || v === '') continue;
      let set = values.get(k);
      if (!set) values.set(k, (set = new Set()));
      if (set.size <= 40) set.add(v);
    }
  });
  return [...values].filter(([, set]) => set.size >= 2 && set.size <= 40).map(([k]) => k).sort();
}

const LAYOUTS: { id: LayoutKind; label: string }[] = [
  { id: 'force', label: 'Force-directed (ForceAtlas2)' },
  { id: 'type-columns', label: 'By type: columns' },
  { id: 'type-rings', label: 'By type: rings' },
  { id: 'geo', label: 'Geographic (lat/lon)' },
];

function select(label: string, options: { value: string; label: string }[], value: string, onChange: (v: string) => void): HTMLElement {
  const s = h('select', {}, ...options.map((o) => h('option', { text: o.label, attrs: { value: o.value } })));
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return h('label', { className: 'field' }, h('span', { text: label }), s);
}

const colorKey = (c: ColorBy) => (c.kind === 'attribute' ? `attr:${c.attribute}` : c.kind);

export interface StyleControlsHooks {
  /** Starts or stops ForceAtlas2; returns whether it now runs. */
  toggleForce(): boolean;
  isForceRunning(): boolean;
  resetCamera(): void;
}

export function mountStyleControls(container: HTMLElement, app: App, hooks: StyleControlsHooks): Panel & { setRunning(running: boolean): void } {
  let forceButton: HTMLButtonElement | null = null;
  const draw = (s: AppState) => {
    const view = app.derived.view(s);
    const heading = container.querySelector('h2');
    if (!view) return;
    const colorOptions = [
      { value: 'type', label: 'Node type' },
      { value: 'community', label: 'Community (Louvain)' },
      ...colourableAttributes(view).map((a) => ({ value: `attr:${a}`, label: `Attribute: ${a}` })),
    ];
    const color = select('Colour', colorOptions, colorKey(s.colorBy), (v) =>
      app.store.set({ colorBy: v.startsWith('attr:') ? { kind: 'attribute', attribute: v.slice(5) } : { kind: v as 'type' | 'community' } }),
    );
    const sizes = [{ value: 'uniform', label: 'Same size' }, ...numericMeasures(view.measures).map((m) => ({ value: m, label: measureLabel(m) }))];
    const size = select('Size', sizes, s.sizeBy, (v) => app.store.set({ sizeBy: v }));
    const edges = select('Link colour', [{ value: 'plain', label: 'Plain' }, { value: 'relation', label: 'By relation' }], s.edgeColorBy, (v) =>
      app.store.set({ edgeColorBy: v as AppState['edgeColorBy'] }),
    );
    const layout = select('Layout', LAYOUTS.map((l) => ({ value: l.id, label: l.label })), s.layout, (v) => app.store.set({ layout: v as LayoutKind }));
    forceButton = h('button', { text: hooks.isForceRunning() ? 'Stop layout' : 'Run layout', attrs: { type: 'button', 'aria-pressed': String(hooks.isForceRunning()) } });
    forceButton.disabled = s.layout !== 'force';
    forceButton.addEventListener('click', () => hooks.toggleForce());
    const reset = h('button', { text: 'Fit to screen', attrs: { type: 'button' } });
    reset.addEventListener('click', () => hooks.resetCamera());
    container.replaceChildren(...(heading ? [heading] : []), color, size, edges, layout, h('div', { className: 'button-row' }, forceButton, reset));
  };
  const unwatch = app.store.subscribe((s, prev) => {
    if (s.dataset !== prev.dataset || s.view !== prev.view || s.colorBy !== prev.colorBy || s.sizeBy !== prev.sizeBy || s.edgeColorBy !== prev.edgeColorBy || s.layout !== prev.layout) draw(s);
  });
  draw(app.store.get());
  return {
    kill: () => unwatch(),
    setRunning(running: boolean) {
      if (!forceButton) return;
      forceButton.textContent = running ? 'Stop layout' : 'Run layout';
      forceButton.setAttribute('aria-pressed', String(running));
    },
  };
}

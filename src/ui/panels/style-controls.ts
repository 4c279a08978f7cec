/**
 * Map controls: what colour, size and edge colour mean, and which layout
 * places the nodes (ForceAtlas2 with Start/Stop, by type, geographic). Writes
 * `colorBy`, `sizeBy`, `edgeColorBy` and `layout` to the store; the map
 * controller does the rest. The options, their labels and their values'
 * text (`attr:<column>`…) come from core/view-settings.
 */
import type { App } from '../app';
import { colorModeLabel, decodeColor, encodeColor, LAYOUTS, LINK_COLORS, parseViewSetting, UNIFORM_SIZE, UNIFORM_SIZE_LABEL } from '../../core/view-settings';
import type { AppState } from '../state/app-state';
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
  return [...values]
    .filter(([, set]) => set.size >= 2 && set.size <= 40)
    .map(([k]) => k)
    .sort();
}

function select(label: string, options: { value: string; label: string }[], value: string, onChange: (v: string) => void): HTMLElement {
  const s = h('select', {}, ...options.map((o) => h('option', { text: o.label, attrs: { value: o.value } })));
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return h('label', { className: 'field' }, h('span', { text: label }), s);
}

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
    const colorModes = [
      { kind: 'type' } as const,
      { kind: 'community' } as const,
      ...colourableAttributes(view).map((attribute) => ({ kind: 'attribute' as const, attribute })),
    ];
    const colorOptions = colorModes.map((c) => ({ value: encodeColor(c), label: colorModeLabel(c) }));
    const color = select('Colour', colorOptions, encodeColor(s.colorBy), (v) => {
      const colorBy = decodeColor(v);
      if (colorBy) app.store.set({ colorBy });
    });
    const sizes = [{ value: UNIFORM_SIZE, label: UNIFORM_SIZE_LABEL }, ...numericMeasures(view.measures).map((m) => ({ value: m, label: measureLabel(m) }))];
    const size = select('Size', sizes, s.sizeBy, (v) => app.store.set({ sizeBy: v }));
    const edges = select(
      'Link colour',
      LINK_COLORS.map((l) => ({ value: l.id, label: l.label })),
      s.edgeColorBy,
      (v) => {
        const parsed = parseViewSetting('linkColor', v);
        if (parsed.ok) app.store.set({ edgeColorBy: parsed.value });
      },
    );
    const layout = select(
      'Layout',
      LAYOUTS.map((l) => ({ value: l.id, label: l.label })),
      s.layout,
      (v) => {
        const parsed = parseViewSetting('layout', v);
        if (parsed.ok) app.store.set({ layout: parsed.value });
      },
    );
    forceButton = h('button', {
      text: hooks.isForceRunning() ? 'Stop layout' : 'Run layout',
      attrs: { type: 'button', 'aria-pressed': String(hooks.isForceRunning()) },
    });
    forceButton.disabled = s.layout !== 'force';
    forceButton.addEventListener('click', () => hooks.toggleForce());
    const reset = h('button', { text: 'Fit to screen', attrs: { type: 'button' } });
    reset.addEventListener('click', () => hooks.resetCamera());
    container.replaceChildren(...(heading ? [heading] : []), color, size, edges, layout, h('div', { className: 'button-row' }, forceButton, reset));
  };
  const unwatch = app.store.subscribe((s, prev) => {
    if (
      s.dataset !== prev.dataset ||
      s.view !== prev.view ||
      s.colorBy !== prev.colorBy ||
      s.sizeBy !== prev.sizeBy ||
      s.edgeColorBy !== prev.edgeColorBy ||
      s.layout !== prev.layout
    )
      draw(s);
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

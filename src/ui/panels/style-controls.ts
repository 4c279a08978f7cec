/**
 * Map controls: what colour, size and edge colour mean, which method finds
 * the communities (Louvain or Leiden: the app re-runs that step alone in
 * the worker, `App.setCommunityMethod`), which layout
 * places the nodes (ForceAtlas2 with Start/Stop, by type, geographic), how
 * densely and how large nodes are labelled, and whether the leaves of big
 * hubs are grouped. Writes `colorBy`, `sizeBy`, `edgeColorBy`, `layout`,
 * `labelDensity`, `labelSize` and `stars` to the store; the map does the rest. The options, their labels and their values'
 * text (`attr:<column>`, `figure:ind:vendorHhi`…) come from core/view-settings;
 * the numeric figures (measures, indicators, numeric columns) that colour
 * and size nodes from the view's figure list (view-figures.ts).
 */
import type { App } from '../app';
import { COMMUNITY_METHODS } from '../../core/analysis/options';
import { COMMUNITY_METHOD_TEXT, communityRunOf, describeCommunityRun, parseCommunityMethod } from '../../core/communities/methods';
import {
  colorModeLabel,
  decodeColor,
  DEFAULT_VIEW_SETTINGS,
  DISPLAY_SETTING_TEXT,
  encodeColor,
  LABEL_DENSITIES,
  LABEL_SIZE_RANGE,
  LAYOUTS,
  LINK_COLORS,
  parseViewSetting,
  STARS_OFF,
  UNIFORM_SIZE,
  UNIFORM_SIZE_LABEL,
} from '../../core/view-settings';
import type { AppState } from '../state/app-state';
import type { ViewData } from '../state/dataset';
import { figureLabel } from '../../core/style/figures';
import { h, type Panel } from './panel';
import { viewFigures } from '../state/view-figures';
import { afterMap, drawsAfterMap } from './after-map';

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

interface Option {
  value: string;
  label: string;
  /** Options with a group go into an `<optgroup>` of that name, in order. */
  group?: string;
  /** The option's tooltip, for what does not fit the narrow panel (a method's citation). */
  title?: string;
}

function select(label: string, options: Option[], value: string, onChange: (v: string) => void): HTMLElement {
  const children: HTMLElement[] = [];
  const groups = new Map<string, HTMLElement>();
  for (const o of options) {
    const option = h('option', { text: o.label, attrs: o.title ? { value: o.value, title: o.title } : { value: o.value } });
    if (!o.group) children.push(option);
    else {
      let group = groups.get(o.group);
      if (!group) {
        group = h('optgroup', { attrs: { label: o.group } });
        groups.set(o.group, group);
        children.push(group);
      }
      group.append(option);
    }
  }
  const s = h('select', {}, ...children);
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return h('label', { className: 'field' }, h('span', { text: label }), s);
}

/** The Communities menu's value for communities read from the nodes file (no method's id). */
const FROM_FILE_VALUE = 'file';

/**
 * The "Communities" menu: the method whose communities colour, filter and
 * group the nodes, showing the one the view's communities were found with;
 * its title says how ("Leiden (Traag et al. 2019), seed 42, modularity 0.432").
 */
function communityControl(app: App, view: ViewData): HTMLElement {
  const run = communityRunOf(view.params, view.stats);
  // Short names fit the 215-px panel; the citation is each option's tooltip and in the menu's title once a run is shown.
  const options: Option[] = COMMUNITY_METHODS.map((m) => {
    const { name, citation } = COMMUNITY_METHOD_TEXT[m];
    return { value: m, label: name, title: `${name} (${citation})` };
  });
  // Communities without a method's run came from a column of the nodes file: named so, and either method replaces them.
  const fromFile = !run && Object.hasOwn(view.measures, 'community');
  if (fromFile) options.unshift({ value: FROM_FILE_VALUE, label: 'From the nodes file' });
  const shown = fromFile ? FROM_FILE_VALUE : (run?.method ?? app.options.communities);
  const field = select('Communities', options, shown, (v) => {
    const method = parseCommunityMethod(v);
    // A run that is cancelled or fails changes nothing: the menu shows the communities shown again.
    if (!method) return;
    void app.setCommunityMethod(method).finally(() => {
      if (app.store.get().dataset === dataset) menu.value = shown;
    });
  });
  const menu = field.querySelector('select')!;
  const dataset = app.store.get().dataset;
  field.title = run
    ? `Communities found by ${describeCommunityRun(run)}`
    : fromFile
      ? 'Communities read from the nodes file'
      : 'Communities were not computed for this view';
  return field;
}

/** The "Labels" row (density and font size) and the "Group leaves of big hubs" switch. */
function labelControls(app: App, s: AppState): HTMLElement[] {
  const density = select(
    'Density',
    LABEL_DENSITIES.map((d) => ({ value: d.id, label: d.label })),
    s.labelDensity,
    (v) => {
      const parsed = parseViewSetting('labelDensity', v);
      if (parsed.ok) app.store.set({ labelDensity: parsed.value });
    },
  );
  density.title = DISPLAY_SETTING_TEXT.labelDensity.help;
  const { min, max } = LABEL_SIZE_RANGE;
  const sizeInput = h('input', { attrs: { type: 'number', min: String(min), max: String(max), step: '1', value: String(s.labelSize), name: 'label-size' } });
  // Only a whole number in range is taken; anything else is left in the box until it is one.
  sizeInput.addEventListener('change', () => {
    const parsed = parseViewSetting('labelSize', sizeInput.value);
    if (parsed.ok) app.store.set({ labelSize: parsed.value });
    else sizeInput.value = String(app.store.get().labelSize);
  });
  const size = h('label', { className: 'field' }, h('span', { text: 'Size (px)' }), sizeInput);
  size.title = DISPLAY_SETTING_TEXT.labelSize.help;
  const labels = h('fieldset', { className: 'range' }, h('legend', { text: 'Labels' }), density, size);
  const box = h('input', { attrs: { type: 'checkbox', name: 'stars' } });
  box.checked = s.stars !== STARS_OFF;
  // On: the default threshold (a link may carry another); off: 0.
  box.addEventListener('change', () => app.store.set({ stars: box.checked ? DEFAULT_VIEW_SETTINGS.stars : STARS_OFF }));
  const stars = h('label', { className: 'toggle' }, box, ` ${DISPLAY_SETTING_TEXT.stars.label}`);
  stars.title = `Draws a hub's degree-1 neighbours of one type as one node when they are more than ${s.stars === STARS_OFF ? DEFAULT_VIEW_SETTINGS.stars : s.stars}`;
  return [labels, stars];
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
    const communities = communityRunOf(view.params, view.stats)?.method;
    const colorModes = [
      { kind: 'type' } as const,
      { kind: 'community' } as const,
      ...colourableAttributes(view).map((attribute) => ({ kind: 'attribute' as const, attribute })),
    ];
    const figures = viewFigures(view, s.dataset).figures;
    const GROUPS = { measure: 'Measures', indicator: 'Indicators', attribute: 'Numeric columns' } as const;
    const figureOptions = figures.map((f) => ({ value: f.id, label: f.label, group: GROUPS[f.source] }));
    const colorOptions: Option[] = [
      ...colorModes.map((c) => ({ value: encodeColor(c), label: colorModeLabel(c, communities) })),
      ...figureOptions.map((o) => ({ ...o, value: encodeColor({ kind: 'figure', figure: o.value }) })),
    ];
    // A figure this view lacks (vendor HHI in the firm–firm view) stays named in its menu, its nodes drawn as "no value".
    const missing = (options: Option[], value: string, label: string) =>
      options.some((o) => o.value === value) ? options : [...options, { value, label: `${label} (not in this view)` }];
    const colorValue = encodeColor(s.colorBy);
    const color = select('Colour', missing(colorOptions, colorValue, colorModeLabel(s.colorBy, communities)), colorValue, (v) => {
      const colorBy = decodeColor(v);
      if (colorBy) app.store.set({ colorBy });
    });
    const sizes: Option[] = [{ value: UNIFORM_SIZE, label: UNIFORM_SIZE_LABEL }, ...figureOptions];
    const size = select('Size', missing(sizes, s.sizeBy, figureLabel(s.sizeBy)), s.sizeBy, (v) => app.store.set({ sizeBy: v }));
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
    container.replaceChildren(
      ...(heading ? [heading] : []),
      color,
      communityControl(app, view),
      size,
      edges,
      layout,
      h('div', { className: 'button-row' }, forceButton, reset),
      ...labelControls(app, s),
    );
  };
  const drawing = afterMap(() => draw(app.store.get()), container);
  const unwatch = app.store.subscribe((s, prev) => {
    // A large new graph: its menus (every figure of the view) in a task of their own, after the map's.
    if ((s.dataset !== prev.dataset || s.view !== prev.view) && drawsAfterMap(app.derived, s)) return drawing.later();
    if (
      s.dataset !== prev.dataset ||
      s.view !== prev.view ||
      s.colorBy !== prev.colorBy ||
      s.sizeBy !== prev.sizeBy ||
      s.edgeColorBy !== prev.edgeColorBy ||
      s.layout !== prev.layout ||
      s.labelDensity !== prev.labelDensity ||
      s.labelSize !== prev.labelSize ||
      s.stars !== prev.stars
    )
      drawing.now();
  });
  draw(app.store.get());
  return {
    kill: () => {
      drawing.cancel();
      unwatch();
    },
    setRunning(running: boolean) {
      if (!forceButton) return;
      forceButton.textContent = running ? 'Stop layout' : 'Run layout';
      forceButton.setAttribute('aria-pressed', String(running));
    },
  };
}

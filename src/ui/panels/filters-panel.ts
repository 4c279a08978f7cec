/**
 * The filters of the map: node types, relations, communities (every one,
 * named and searchable: community-filter.ts), minimum degree, a range on
 * any numeric figure (a measure, an indicator such as vendor HHI, a numeric
 * column), hide isolates, largest component only; the years are the
 * timeline bar's (timeline.ts). They combine; every change goes to
 * `state.filters` and the map, legend, counts, table and charts follow.
 */
import { DEFAULT_FILTERS, NO_RELATION, describeFilters, isDefaultFilters, type FilterState } from '../../core/filter';
import { formatNumber } from '../../core/style/format';
import { getOwn } from '../../core/util/dict';
import type { App } from '../app';
import type { ViewData } from '../state/dataset';
import { communityFilter } from './community-filter';
import { h, type Panel } from './panel';
import { viewFigures } from '../state/view-figures';
import { afterMap, drawsAfterMap } from './after-map';

function counts<T>(values: Iterable<T>): Map<T, number> {
  const out = new Map<T, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

function checkboxGroup(
  legend: string,
  items: { value: string; label: string; count: number }[],
  selected: string[] | null,
  onChange: (values: string[] | null) => void,
): HTMLElement {
  const fieldset = h('fieldset', { className: 'checks' }, h('legend', { text: legend }));
  const boxes = items.map((item) => {
    const box = h('input', { attrs: { type: 'checkbox', value: item.value } });
    box.checked = selected === null || selected.includes(item.value);
    fieldset.append(h('label', {}, box, ` ${item.label} `, h('span', { className: 'muted', text: `(${item.count})` })));
    return box;
  });
  fieldset.addEventListener('change', () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    onChange(chosen.length === boxes.length ? null : chosen);
  });
  return fieldset;
}

function numberInput(label: string, value: number | '', attrs: Record<string, string>, onChange: (v: number | null) => void): HTMLElement {
  const input = h('input', { attrs: { type: 'number', ...attrs } });
  input.value = String(value);
  input.addEventListener('change', () => onChange(input.value === '' ? null : Number(input.value)));
  return h('label', { className: 'field' }, h('span', { text: label }), input);
}

function render(container: HTMLElement, app: App, view: ViewData, filters: FilterState): void {
  const set = (patch: Partial<FilterState>) => app.store.set({ filters: { ...app.store.get().filters, ...patch } });
  const { graph, measures } = view;
  const body: HTMLElement[] = [];

  const types = counts(graph.mapNodes((_n, a) => a.type));
  if (types.size > 1)
    body.push(
      checkboxGroup(
        'Node types',
        [...types].sort((a, b) => b[1] - a[1]).map(([t, c]) => ({ value: t, label: t, count: c })),
        filters.types,
        (types) => set({ types }),
      ),
    );

  // Each link's relations alone: the page's graph makes a link's attributes when asked (graph/column-graph.ts).
  const relations = counts(
    graph.edges().flatMap((edge) => {
      const r = graph.getEdgeAttribute(edge, 'relations');
      return r.length ? r : [NO_RELATION];
    }),
  );
  if (relations.size > 1)
    body.push(
      checkboxGroup(
        'Relations',
        [...relations].sort((a, b) => b[1] - a[1]).map(([r, c]) => ({ value: r, label: r.replace(/_/g, ' '), count: c })),
        filters.relations,
        (relations) => set({ relations }),
      ),
    );

  // Every community, named and searchable (community-filter.ts).
  const communities = getOwn(measures, 'community') ? communityFilter(view, filters.communities, (communities) => set({ communities })) : null;
  if (communities) body.push(communities);

  // Years: the timeline bar under the map (timeline.ts), one control for the window.

  body.push(numberInput('Minimum degree', filters.minDegree || '', { min: '0', step: '1', placeholder: '0' }, (v) => set({ minDegree: Math.max(0, v ?? 0) })));

  // Every numeric figure of the view; ids are Map keys (a column named in an address may be anything).
  const figures = viewFigures(view, app.store.get().dataset);
  const measureSelect = h(
    'select',
    { attrs: { 'aria-label': 'Measure to filter on' } },
    h('option', { text: '(no measure range)', attrs: { value: '' } }),
    ...figures.figures.map((f) => h('option', { text: f.label, attrs: { value: f.id } })),
  );
  measureSelect.value = filters.measureRange?.measure ?? '';
  /** Finite range of figure `m`. */
  const rangeOf = (m: string) => {
    const v = figures.byId.get(m)?.values ?? [];
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of v) {
      if (!Number.isFinite(x)) continue;
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    return [lo, hi] as const;
  };
  measureSelect.addEventListener('change', () => {
    const m = measureSelect.value;
    if (!m) return set({ measureRange: null });
    const [min, max] = rangeOf(m);
    set({ measureRange: { measure: m, min, max } });
  });
  const measureFields = h('fieldset', { className: 'range' }, h('legend', { text: 'Range of a measure' }), measureSelect);
  if (filters.measureRange && figures.byId.has(filters.measureRange.measure)) {
    const r = filters.measureRange;
    const [lo, hi] = rangeOf(r.measure);
    const step = String((hi - lo) / 100 || 1);
    measureFields.append(
      numberInput(`Min (${formatNumber(lo)})`, r.min, { step }, (v) => set({ measureRange: { ...r, min: v ?? lo } })),
      numberInput(`Max (${formatNumber(hi)})`, r.max, { step }, (v) => set({ measureRange: { ...r, max: v ?? hi } })),
    );
  }
  body.push(measureFields);

  const toggle = (label: string, key: 'hideIsolates' | 'largestComponentOnly') => {
    const box = h('input', { attrs: { type: 'checkbox' } });
    box.checked = filters[key];
    box.addEventListener('change', () => set({ [key]: box.checked }));
    return h('label', { className: 'toggle' }, box, ` ${label}`);
  };
  body.push(toggle('Hide isolated nodes', 'hideIsolates'), toggle('Largest connected component only', 'largestComponentOnly'));

  const active = describeFilters(filters);
  const reset = h('button', { text: 'Reset filters', attrs: { type: 'button' } });
  reset.disabled = isDefaultFilters(filters);
  reset.addEventListener('click', () => app.store.set({ filters: DEFAULT_FILTERS }));
  body.push(h('p', { className: 'muted active-filters', text: active.length ? `Active: ${active.join('; ')}` : 'No filter: everything is shown.' }), reset);

  const heading = container.querySelector('h2');
  container.replaceChildren(...(heading ? [heading] : []), ...body);
}

export function mountFiltersPanel(container: HTMLElement, app: App): Panel {
  let focusedId: string | null = null;
  const drawing = afterMap(() => draw(), container);
  const unwatch = app.store.subscribe((s, prev) => {
    if (s.dataset === prev.dataset && s.view === prev.view && s.filters === prev.filters) return;
    // A large new graph: drawn in a task of its own, after the map's.
    if ((s.dataset !== prev.dataset || s.view !== prev.view) && drawsAfterMap(app.derived, s)) drawing.later();
    else drawing.now();
  });
  function draw(): void {
    const s = app.store.get();
    const view = app.derived.view(s);
    if (!view) return;
    // Keep keyboard focus on the control being used across re-renders.
    const active = document.activeElement;
    focusedId = active && container.contains(active) ? pathOf(container, active) : null;
    render(container, app, view, s.filters);
    if (focusedId) (container.querySelectorAll('input, select, button')[Number(focusedId)] as HTMLElement | undefined)?.focus();
  }
  draw();
  return {
    kill: () => {
      drawing.cancel();
      unwatch();
    },
  };
}

function pathOf(container: HTMLElement, element: Element): string | null {
  const i = [...container.querySelectorAll('input, select, button')].indexOf(element);
  return i < 0 ? null : String(i);
}

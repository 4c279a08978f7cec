/**
 * Measures for a time window, on request: the timeline's "Recompute measures
 * for 2016–2021" sends the window to the analysis worker, which analyses the
 * network restricted to the links active in it (core/time/window-graph.ts,
 * the same measures and indicators), and the dataset then shows those in
 * place of the all-years ones — details, legend, table, colour and size read
 * them from the dataset — with `dataset.window` saying for which years.
 * "Back to all years" restores the all-years measures kept there. Graph,
 * positions and filters are untouched (a community filter is cleared: its
 * numbers named the other communities).
 */
import { describeWindow, type WindowRequest } from '../../core/time/window-graph';
import type { App } from '../app';
import type { Dataset, ViewData } from '../state/dataset';

/** What the measures shown are for: `for 2016–2021` (with ` and undated links` when they were kept), or null for all years. */
export function windowMeasuresNote(dataset: Dataset | null): string | null {
  const w = dataset?.window;
  if (!w) return null;
  return `for ${describeWindow(w)}${w.keepUndated ? ' (and undated links)' : ''}`;
}

/**
 * Recomputes the network's measures and indicators for `window` in the
 * worker and shows them; a load, view change or Cancel meanwhile wins.
 */
export async function recomputeWindowMeasures(app: App, window: WindowRequest): Promise<void> {
  const dataset = app.store.get().dataset;
  if (!dataset) return;
  const base = dataset.window?.allYears ?? { network: dataset.network, indicators: dataset.indicators };
  const busy = (stage: string, fraction: number) => app.store.set({ busy: { stage, fraction, cancellable: true } });
  busy(`Measures for ${describeWindow(window)}`, 0);
  const current = () => app.store.get().dataset === dataset;
  try {
    const outcome = await app.client.measureWindow(base.network.encoded, app.optionsOf(dataset), window, busy);
    if (!current()) return;
    if (outcome.status === 'done') {
      const p = outcome.payload;
      if (p.keys.length !== base.network.keys.length || p.keys.some((k, i) => k !== base.network.keys[i]))
        throw new Error('the window measures do not follow the network nodes');
      const network: ViewData = { ...base.network, measures: p.measures, stats: p.stats, params: p.params, notes: p.notes };
      const filters = app.store.get().filters;
      app.store.set({ busy: null });
      app.store.set({
        dataset: { ...dataset, network, indicators: p.indicators, window: { ...window, allYears: base } },
        ...(filters.communities ? { filters: { ...filters, communities: null } } : {}),
      });
    } else if (outcome.status === 'failed' || outcome.status === 'fatal')
      app.store.set({ message: { kind: 'error', text: `Could not compute the measures for ${describeWindow(window)}: ${outcome.message}` } });
  } catch (error) {
    if (current())
      app.store.set({ message: { kind: 'error', text: `Could not show the window measures: ${error instanceof Error ? error.message : String(error)}` } });
  } finally {
    if (current()) app.store.set({ busy: null });
  }
}

/** Shows the all-years measures again (nothing to do when they are shown). */
export function showAllYearsMeasures(app: App): void {
  const dataset = app.store.get().dataset;
  if (!dataset?.window) return;
  const { window, ...rest } = dataset;
  const filters = app.store.get().filters;
  app.store.set({
    dataset: { ...rest, network: window.allYears.network, indicators: window.allYears.indicators },
    ...(filters.communities ? { filters: { ...filters, communities: null } } : {}),
  });
}

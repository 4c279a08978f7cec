/**
 * Values derived from the app state, memoised on the identity of their
 * inputs: the current view's data, what the filters and the focus leave
 * shown, and the shortest path. Every panel reads these, so the map, legend,
 * counts, table and charts always agree.
 */
import { viewMeasures } from './view-figures';
import { applyFilters, type FilterResult } from '../../core/filter';
import { neighborhood } from '../../core/graph/neighborhood';
import { measureLinkLengths } from '../../core/style/link-length';
import type { AppState } from './app-state';
import { viewData, type ViewData } from './dataset';

/** Caches the last result of `compute` for the last inputs (compared by identity). */
export function memo<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => Object.is(a, lastArgs![i]))) return lastResult;
    lastArgs = args;
    lastResult = compute(...args);
    return lastResult;
  };
}

/** What is shown: filters, then the focus neighbourhood; `filter` is what the filters alone leave. */
export interface Shown extends FilterResult {
  filter: FilterResult;
}

export class Derived {
  /** The data of the current view, if loaded. */
  readonly view = (s: AppState): ViewData | undefined => (s.dataset ? viewData(s.dataset, s.view) : undefined);

  /** What a state not set yet filters to ({@link prepare}), taken by the first call that asks for it. */
  private prepared: { view: ViewData; dataset: AppState['dataset']; filters: AppState['filters']; result: FilterResult } | null = null;

  // The range filter may name an indicator (`ind:vendorHhi`): the view's measures come with the dataset's indicators.
  private readonly filtered = memo((view: ViewData, dataset: AppState['dataset'], filters: AppState['filters']) => {
    const p = this.prepared;
    if (p && p.view === view && p.dataset === dataset && p.filters === filters) {
      this.prepared = null;
      return p.result;
    }
    return applyFilters(view.graph, viewMeasures(view, dataset), filters);
  });

  /**
   * Filters the view of `s`, a state about to be set, now (a load's first state: App.load does it in a task of its
   * own), and measures its links' lengths for the map's sizes. Kept aside, not in the memo, which every listener's reading of the current state replaces meanwhile; the
   * state's first reader takes it. {@link dropPrepared} lets it go if that state is never set.
   */
  prepare(s: AppState): void {
    const view = this.view(s);
    this.prepared = view ? { view, dataset: s.dataset, filters: s.filters, result: applyFilters(view.graph, viewMeasures(view, s.dataset), s.filters) } : null;
    // The map's first style fits its sizes to the links' median length (link-length.ts): measured here, not in the state's task.
    if (view) measureLinkLengths(view.graph);
  }

  /** Forgets what {@link prepare} computed for `dataset` and nobody took. */
  dropPrepared(dataset: AppState['dataset']): void {
    if (this.prepared?.dataset === dataset) this.prepared = null;
  }

  private readonly focused = memo((view: ViewData, filter: FilterResult, focus: AppState['focus']): Shown => {
    if (!focus || !view.graph.hasNode(focus.node)) return { ...filter, filter };
    const around = neighborhood(view.graph, focus.node, focus.hops);
    const nodes = new Set([...filter.nodes].filter((n) => around.has(n)));
    const edges = new Set([...filter.edges].filter((e) => nodes.has(view.graph.source(e)) && nodes.has(view.graph.target(e))));
    return { ...filter, nodes, edges, shownNodes: nodes.size, shownEdges: edges.size, filter };
  });

  /** Nodes and edges shown on the map, in the table and in the charts. */
  shown(s: AppState): Shown | undefined {
    const view = this.view(s);
    if (!view) return undefined;
    return this.focused(view, this.filtered(view, s.dataset, s.filters), s.focus);
  }
}

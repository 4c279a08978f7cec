/**
 * The whole display state of the app in one object, with its defaults. Every
 * control writes here and every view (map, legend, table, charts, panels)
 * derives what it shows from here; the graph data is never changed for
 * display.
 */
import { DEFAULT_FILTERS, type FilterState } from '../../core/filter';
import type { Dataset, ViewId } from './dataset';
import { Store } from './store';

export type ColorBy = { kind: 'type' } | { kind: 'community' } | { kind: 'attribute'; attribute: string };
export type LayoutKind = 'force' | 'type-columns' | 'type-rings' | 'geo';

export interface Message {
  kind: 'error' | 'info' | 'warning';
  text: string;
  /** Optional action the message offers (e.g. "Leave out hubs"). */
  action?: { label: string; run: () => void };
}

export interface AppState {
  dataset: Dataset | null;
  view: ViewId;
  filters: FilterState;
  colorBy: ColorBy;
  /** Measure id for node size, or `uniform`. */
  sizeBy: string;
  edgeColorBy: 'plain' | 'relation';
  /** Node whose details are shown. */
  selected: string | null;
  hovered: string | null;
  /** Show only this node's neighbourhood. */
  focus: { node: string; hops: 1 | 2 } | null;
  /** Shortest path between two nodes, highlighted. */
  path: { from: string; to: string; nodes: string[] | null } | null;
  layout: LayoutKind;
  /** A running job (worker or layout) the page shows with a progress line. */
  busy: { stage: string; fraction: number; cancellable: boolean } | null;
  message: Message | null;
  /** The bottom drawer's open tab. */
  drawer: 'table' | 'charts' | 'issues' | null;
}

export const DEFAULT_STATE: AppState = {
  dataset: null,
  view: 'network',
  filters: DEFAULT_FILTERS,
  colorBy: { kind: 'type' },
  sizeBy: 'degree',
  edgeColorBy: 'plain',
  selected: null,
  hovered: null,
  focus: null,
  path: null,
  layout: 'force',
  busy: null,
  message: null,
  drawer: null,
};

export type AppStore = Store<AppState>;

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return new Store<AppState>({ ...DEFAULT_STATE, ...initial });
}

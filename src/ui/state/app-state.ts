/**
 * The whole display state of the app in one object, with its defaults. Every
 * control writes here and every view (map, legend, table, charts, panels)
 * derives what it shows from here; the graph data is never changed for
 * display. The view settings (view, colour, size, link colour, layout) are
 * typed and defaulted by core/view-settings.
 */
import { DEFAULT_FILTERS, type FilterState } from '../../core/filter';
import {
  DEFAULT_VIEW_SETTINGS,
  type ColorMode,
  type LayoutKind,
  type LinkColor,
  type SizeMode,
  type ViewId,
  type ViewSettings,
} from '../../core/view-settings';
import type { Dataset } from './dataset';
import { Store } from './store';

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
  colorBy: ColorMode;
  /** Measure id for node size, or `uniform`. */
  sizeBy: SizeMode;
  edgeColorBy: LinkColor;
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
  view: DEFAULT_VIEW_SETTINGS.view,
  filters: DEFAULT_FILTERS,
  colorBy: DEFAULT_VIEW_SETTINGS.color,
  sizeBy: DEFAULT_VIEW_SETTINGS.size,
  edgeColorBy: DEFAULT_VIEW_SETTINGS.linkColor,
  selected: null,
  hovered: null,
  focus: null,
  path: null,
  layout: DEFAULT_VIEW_SETTINGS.layout,
  busy: null,
  message: null,
  drawer: null,
};

export type AppStore = Store<AppState>;

/** The view settings of the app as it is now (labels: the figures' default count). */
export function viewSettingsOf(s: AppState): ViewSettings {
  return { view: s.view, layout: s.layout, color: s.colorBy, size: s.sizeBy, linkColor: s.edgeColorBy, labels: DEFAULT_VIEW_SETTINGS.labels };
}

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return new Store<AppState>({ ...DEFAULT_STATE, ...initial });
}

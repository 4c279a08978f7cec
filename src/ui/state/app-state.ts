/**
 * The whole display state of the app in one object, with its defaults. Every
 * control writes here and every view (map, legend, table, charts, panels)
 * derives what it shows from here; the graph data is never changed for
 * display. The view settings (view, colour, size, link colour, layout, label
 * density and size, star threshold) are typed and defaulted by
 * core/view-settings. A node and a link are never selected together, and
 * expanded stars and link keys belong to one view (`selectionRule`).
 */
import { DEFAULT_FILTERS, type FilterState } from '../../core/filter';
import {
  DEFAULT_VIEW_SETTINGS,
  type ColorMode,
  type LabelDensity,
  type LayoutKind,
  type LinkColor,
  type SizeMode,
  type ViewId,
  type ViewSettings,
} from '../../core/view-settings';
import type { QuestionId } from '../../core/questions';
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
  /** The question whose list the Questions panel shows (it set the colour, size and filters when chosen). */
  question: QuestionId | null;
  filters: FilterState;
  colorBy: ColorMode;
  /** Measure id for node size, or `uniform`. */
  sizeBy: SizeMode;
  edgeColorBy: LinkColor;
  /** Node whose details are shown. */
  selected: string | null;
  hovered: string | null;
  /** Link (graph edge key of the current view) whose details are shown; never set together with `selected`. */
  selectedEdge: string | null;
  /** Link under the pointer (its tooltip is shown). */
  hoveredEdge: string | null;
  /** Show only this node's neighbourhood. */
  focus: { node: string; hops: 1 | 2 } | null;
  /** Shortest path between two nodes, highlighted. */
  path: { from: string; to: string; nodes: string[] | null } | null;
  layout: LayoutKind;
  /** How many labels the map tries to place (they never overlap). */
  labelDensity: LabelDensity;
  /** Label font size in CSS pixels. */
  labelSize: number;
  /** Star threshold: a hub's degree-1 neighbours of one type are drawn as one aggregate node when more than this; 0 = never. */
  stars: number;
  /** Ids of the aggregates the user expanded (`${hubKey}\u0000${type}`); emptied when the dataset or view changes. */
  expandedStars: ReadonlySet<string>;
  /** A running job (worker or layout) the page shows with a progress line. */
  busy: { stage: string; fraction: number; cancellable: boolean } | null;
  message: Message | null;
  /** The bottom drawer's open tab. */
  drawer: 'table' | 'charts' | 'issues' | null;
}

/** No expanded aggregate (shared, never mutated). */
const NO_STARS: ReadonlySet<string> = new Set<string>();

export const DEFAULT_STATE: AppState = {
  dataset: null,
  view: DEFAULT_VIEW_SETTINGS.view,
  question: null,
  filters: DEFAULT_FILTERS,
  colorBy: DEFAULT_VIEW_SETTINGS.color,
  sizeBy: DEFAULT_VIEW_SETTINGS.size,
  edgeColorBy: DEFAULT_VIEW_SETTINGS.linkColor,
  selected: null,
  hovered: null,
  selectedEdge: null,
  hoveredEdge: null,
  focus: null,
  path: null,
  layout: DEFAULT_VIEW_SETTINGS.layout,
  labelDensity: DEFAULT_VIEW_SETTINGS.labelDensity,
  labelSize: DEFAULT_VIEW_SETTINGS.labelSize,
  stars: DEFAULT_VIEW_SETTINGS.stars,
  expandedStars: NO_STARS,
  busy: null,
  message: null,
  drawer: null,
};

export type AppStore = Store<AppState>;

/** The view settings of the app as it is now (labels: the figures' default count). */
export function viewSettingsOf(s: AppState): ViewSettings {
  return {
    view: s.view,
    layout: s.layout,
    color: s.colorBy,
    size: s.sizeBy,
    linkColor: s.edgeColorBy,
    labels: DEFAULT_VIEW_SETTINGS.labels,
    labelDensity: s.labelDensity,
    labelSize: s.labelSize,
    stars: s.stars,
  };
}

/**
 * The rules between selection fields, applied to every update: selecting a
 * node clears the selected link and selecting a link clears the node (the
 * newer wins; a link and a node given in one update keep the link); a link
 * key and an expanded aggregate belong to one view's graph, so another
 * dataset or view clears both link fields and `expandedStars`.
 */
export function selectionRule(next: AppState, previous: AppState): AppState {
  if (next.dataset !== previous.dataset || next.view !== previous.view) {
    const clean = next.selectedEdge === null && next.hoveredEdge === null && next.expandedStars.size === 0;
    return clean ? next : { ...next, selectedEdge: null, hoveredEdge: null, expandedStars: NO_STARS };
  }
  if (next.selectedEdge !== null && next.selectedEdge !== previous.selectedEdge && next.selected !== null) return { ...next, selected: null };
  if (next.selected !== null && next.selected !== previous.selected && next.selectedEdge !== null) return { ...next, selectedEdge: null };
  return next;
}

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return new Store<AppState>({ ...DEFAULT_STATE, ...initial }, selectionRule);
}

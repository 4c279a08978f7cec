/**
 * What a share link carries: the data's addresses (when it was loaded from
 * URLs: edges, nodes and the aliases file that merged ids), the view, the filters, how the map is styled, what is selected and
 * where the camera looks. Plain data with its defaults, so the URL layer
 * stays pure (no DOM) and testable in Node. Nodes are held by graph key
 * (`nodeKey(id)`) and written in links as their ids. The names of measures
 * and nodes are checked against the loaded data by `checkNames`. The view
 * settings it carries (view, colour, size, link colour, layout, label
 * density and size, the star threshold) are typed,
 * defaulted and written as text by core/view-settings.
 */
import { ANALYSIS_DEFAULTS, type CommunityMethod } from '../analysis/options';
import { DEFAULT_FILTERS, type FilterState } from '../filter';
import type { QuestionId } from '../questions';
import { DEFAULT_VIEW_SETTINGS as V, type ColorMode, type LabelDensity, type LayoutKind, type LinkColor, type SizeMode, type ViewId } from '../view-settings';

export interface ShareCamera {
  x: number;
  y: number;
  ratio: number;
}

/** Where data loaded from the web came from: the edges file, and the nodes and aliases files when given. */
export interface DataAddresses {
  edges: string;
  nodes?: string;
  /** The aliases file (`alias,canonical`) applied while reading: a web address, or a `data:` address of merges made in the app. */
  aliases?: string;
}

export interface ShareState {
  /** Address of the edges CSV (only when the data was loaded from URLs). */
  edges?: string;
  nodes?: string;
  /** Address of the aliases file (only with `edges`). */
  aliases?: string;
  view: ViewId;
  /**
   * A projection computed without its hubs: shared nodes with more than this
   * many members were left out (the "Leave out hubs" choice), or null.
   */
  maxvia: number | null;
  /** The community method whose communities are shown (an analysis option: core/communities/methods.ts). */
  communities: CommunityMethod;
  /** The question of the Questions panel whose list is shown (core/questions), or null. */
  question: QuestionId | null;
  filters: FilterState;
  color: ColorMode;
  /** Measure id for node size, or `uniform`. */
  size: SizeMode;
  edgecolor: LinkColor;
  /** Graph key of the selected node. */
  selected: string | null;
  /** Graph key of the focused node and how many hops around it are shown. */
  focus: { node: string; hops: 1 | 2 } | null;
  /** Graph keys of a shortest path's ends. */
  path: { from: string; to: string } | null;
  layout: LayoutKind;
  /** How many labels the map tries to place. */
  labeldensity: LabelDensity;
  /** Label font size in pixels. */
  labelsize: number;
  /** Star threshold (0 = hubs' leaves are never grouped). */
  stars: number;
  camera: ShareCamera | null;
}

/** The state of a fresh app: a parameter equal to its default is left out of the link. */
export const DEFAULT_SHARE_STATE: ShareState = Object.freeze({
  view: V.view,
  maxvia: null,
  communities: ANALYSIS_DEFAULTS.communities,
  question: null,
  filters: DEFAULT_FILTERS,
  color: V.color,
  size: V.size,
  edgecolor: V.linkColor,
  selected: null,
  focus: null,
  path: null,
  layout: V.layout,
  labeldensity: V.labelDensity,
  labelsize: V.labelSize,
  stars: V.stars,
  camera: null,
}) as ShareState;

/** Every parameter name the share layer reads or writes, in the order written. */
export const SHARE_PARAMS = [
  'edges',
  'nodes',
  'aliases',
  'view',
  'maxvia',
  'communities',
  'question',
  'types',
  'rel',
  'comm',
  'years',
  'undated',
  'mindeg',
  'range',
  'iso',
  'lcc',
  'color',
  'size',
  'edgecolor',
  'selected',
  'focus',
  'path',
  'layout',
  'labeldensity',
  'labelsize',
  'stars',
  'camera',
] as const;

/** Rounds a camera coordinate to 4 decimals, so links stay short and stable. */
export function roundCamera(camera: ShareCamera): ShareCamera {
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return { x: r(camera.x), y: r(camera.y), ratio: r(camera.ratio) };
}

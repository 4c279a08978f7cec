/**
 * What a share link carries: the data's addresses (when it was loaded from
 * URLs), the view, the filters, how the map is styled, what is selected and
 * where the camera looks. Plain data with its defaults, so the URL layer
 * stays pure (no DOM) and testable in Node. Nodes are held by graph key
 * (`nodeKey(id)`) and written in links as their ids. The names of measures
 * and nodes are checked against the loaded data by `checkNames`.
 */
import { DEFAULT_FILTERS, type FilterState } from '../filter';

export const SHARE_VIEWS = ['network', 'city', 'firm', 'project'] as const;
export type ShareView = (typeof SHARE_VIEWS)[number];

export const SHARE_LAYOUTS = ['force', 'type-columns', 'type-rings', 'geo'] as const;
export type ShareLayout = (typeof SHARE_LAYOUTS)[number];

/** Node colour: by type, by community, or by a categorical attribute. */
export type ShareColor = { kind: 'type' } | { kind: 'community' } | { kind: 'attribute'; attribute: string };

export interface ShareCamera {
  x: number;
  y: number;
  ratio: number;
}

export interface ShareState {
  /** Address of the edges CSV (only when the data was loaded from URLs). */
  edges?: string;
  nodes?: string;
  view: ShareView;
  filters: FilterState;
  color: ShareColor;
  /** Measure id for node size, or `uniform`. */
  size: string;
  edgecolor: 'plain' | 'relation';
  /** Graph key of the selected node. */
  selected: string | null;
  /** Graph key of the focused node and how many hops around it are shown. */
  focus: { node: string; hops: 1 | 2 } | null;
  /** Graph keys of a shortest path's ends. */
  path: { from: string; to: string } | null;
  layout: ShareLayout;
  camera: ShareCamera | null;
}

/** The state of a fresh app: a parameter equal to its default is left out of the link. */
export const DEFAULT_SHARE_STATE: ShareState = Object.freeze({
  view: 'network',
  filters: DEFAULT_FILTERS,
  color: { kind: 'type' },
  size: 'degree',
  edgecolor: 'plain',
  selected: null,
  focus: null,
  path: null,
  layout: 'force',
  camera: null,
}) as ShareState;

/** Every parameter name the share layer reads or writes, in the order written. */
export const SHARE_PARAMS = [
  'edges', 'nodes', 'view',
  'types', 'rel', 'comm', 'years', 'undated', 'mindeg', 'range', 'iso', 'lcc',
  'color', 'size', 'edgecolor', 'selected', 'focus', 'path', 'layout', 'camera',
] as const;

/** Rounds a camera coordinate to 4 decimals, so links stay short and stable. */
export function roundCamera(camera: ShareCamera): ShareCamera {
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return { x: r(camera.x), y: r(camera.y), ratio: r(camera.ratio) };
}

/**
 * What a view of the atlas shows and how, in one place (sigma's
 * `settings.ts` pattern): which graph (the network or a one-mode
 * projection), which layout places the nodes, what colours and sizes them,
 * how links are coloured, how many labels a figure carries, how densely
 * and how large the map labels its nodes, and when a hub's leaves are drawn
 * as one aggregate node — the
 * interface, its defaults and the human labels that the page's menus and the
 * CLI's help show. Parsing, the URL/CLI text of each field (codec.ts) and
 * validation against loaded data (validate.ts) sit beside it.
 *
 * Every user of these concepts imports them from here: the app state, the
 * style controls, the share-link state, the scene that draws figures, the
 * link style and the CLI's `snapshot`. Pure data, no DOM.
 */
import type { CommunityMethod } from '../analysis/options';
import { communityMethodName } from '../communities/methods';
import { figureLabel } from '../style/figures';
import { UNIFORM_SIZE } from '../style/legend';

/** The views: the whole typed network and three one-mode projections, in menu order. */
export const VIEWS = [
  { id: 'network', label: 'Network', description: 'Cities, projects and firms with every link' },
  { id: 'city', label: 'City–city', description: 'Cities linked when they use the same project' },
  { id: 'firm', label: 'Firm–firm', description: 'Firms linked when they work on the same project' },
  { id: 'project', label: 'Project–project', description: 'Projects linked when the same city uses both' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];
/** View ids in menu order. */
export const VIEW_IDS: readonly ViewId[] = VIEWS.map((v) => v.id);

/** The layouts, in menu order. */
export const LAYOUTS = [
  { id: 'force', label: 'Force-directed (ForceAtlas2)', help: 'community start positions, then seeded ForceAtlas2 (the first picture)' },
  { id: 'type-columns', label: 'By type: columns', help: 'one column per node type' },
  { id: 'type-rings', label: 'By type: rings', help: 'one ring per node type' },
  { id: 'geo', label: 'Geographic (lat/lon)', help: 'nodes at their coordinates over a world outline' },
] as const;
export type LayoutKind = (typeof LAYOUTS)[number]['id'];
/** Layout kinds in menu order. */
export const LAYOUT_KINDS: readonly LayoutKind[] = LAYOUTS.map((l) => l.id);

/** The placement `typeLayout` makes for a by-type layout kind; null for the others. */
export function typeLayoutMode(kind: LayoutKind): 'columns' | 'rings' | null {
  return kind === 'type-columns' ? 'columns' : kind === 'type-rings' ? 'rings' : null;
}

/**
 * Node colour: by type, by community, by a categorical attribute (a node
 * field such as `country`, or a column of the nodes file — a user string:
 * a column called `constructor` is an ordinary name), or by a numeric
 * figure on a sequential scale (a measure `degree`, an indicator
 * `ind:vendorHhi` or a numeric column `attr:<column>`; core/style/figures.ts).
 */
export type ColorMode = { kind: 'type' } | { kind: 'community' } | { kind: 'attribute'; attribute: string } | { kind: 'figure'; figure: string };

/** Human name of a colour mode, as the Colour menu shows it; communities are named with the method that found them, when given. */
export function colorModeLabel(color: ColorMode, communities?: CommunityMethod): string {
  if (color.kind === 'type') return 'Node type';
  if (color.kind === 'community') return communities ? `Community (${communityMethodName(communities)})` : 'Community';
  if (color.kind === 'figure') return figureLabel(color.figure);
  return `Attribute: ${color.attribute}`;
}

/** Node size: a figure id (a measure `degree`, an indicator `ind:vendorHhi`, a numeric column `attr:<column>`) or `uniform` ({@link UNIFORM_SIZE}, every node the same size). */
export type SizeMode = string;
export { UNIFORM_SIZE };
/** Human name of the uniform size (measures are named by their descriptors). */
export const UNIFORM_SIZE_LABEL = 'Same size';

/** Link colours, in menu order. */
export const LINK_COLORS = [
  { id: 'plain', label: 'Plain' },
  { id: 'relation', label: 'By relation' },
] as const;
export type LinkColor = (typeof LINK_COLORS)[number]['id'];
/** Link colour ids in menu order. */
export const LINK_COLOR_IDS: readonly LinkColor[] = LINK_COLORS.map((c) => c.id);

/** Labels of a figure. */
export interface LabelOptions {
  /** How many of the largest shown nodes get a label (the selection and a path's ends always do). */
  count: number;
}

/**
 * How many labels the map tries to place, in menu order: the size of sigma's
 * label grid cell and how many labels a cell holds. Whatever the density,
 * labels never overlap (colliding ones are left out).
 */
export const LABEL_DENSITIES = [
  { id: 'sparse', label: 'Sparse', help: 'few labels: the largest nodes of each region of the screen' },
  { id: 'normal', label: 'Normal', help: 'a label for the larger nodes wherever there is room' },
  { id: 'dense', label: 'Dense', help: 'as many labels as fit without overlapping' },
] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number]['id'];
/** Label densities in menu order. */
export const LABEL_DENSITY_IDS: readonly LabelDensity[] = LABEL_DENSITIES.map((d) => d.id);

/** The label font sizes, in CSS pixels (whole numbers). */
export const LABEL_SIZE_RANGE = Object.freeze({ min: 8, max: 24 });

/**
 * The star threshold: a hub with more than this many degree-1 neighbours of
 * one type draws them as one aggregate node. {@link STARS_OFF} turns it off;
 * otherwise a whole number of at least `min`.
 */
export const STARS_RANGE = Object.freeze({ min: 2 });
/** The `stars` value that never aggregates. */
export const STARS_OFF = 0;

/** Human names and help lines of the label and star settings, as the style controls and the CLI's help show them. */
export const DISPLAY_SETTING_TEXT = Object.freeze({
  labelDensity: { label: 'Label density', help: 'how many labels the map tries to place; labels never overlap' },
  labelSize: { label: 'Label size', help: `label font size in pixels, ${LABEL_SIZE_RANGE.min} to ${LABEL_SIZE_RANGE.max}` },
  stars: {
    label: 'Group leaves of big hubs',
    help: `draw a hub's degree-1 neighbours of one type as one node when they are more than N (N ≥ ${STARS_RANGE.min}; ${STARS_OFF} = never)`,
  },
});

/** What a view shows and how it is drawn. */
export interface ViewSettings {
  view: ViewId;
  layout: LayoutKind;
  color: ColorMode;
  size: SizeMode;
  linkColor: LinkColor;
  labels: LabelOptions;
  /** How many labels the map tries to place (collisions are always removed). */
  labelDensity: LabelDensity;
  /** Label font size in CSS pixels, a whole number in {@link LABEL_SIZE_RANGE}. */
  labelSize: number;
  /** Aggregate a hub's degree-1 neighbours of one type when they are more than this many; {@link STARS_OFF} (0) = never. */
  stars: number;
}

/** A fresh app, a link without parameters and a CLI snapshot without figure flags all show this. */
export const DEFAULT_VIEW_SETTINGS: Readonly<ViewSettings> = Object.freeze({
  view: 'network',
  layout: 'force',
  color: Object.freeze({ kind: 'type' }),
  size: 'degree',
  linkColor: 'plain',
  labels: Object.freeze({ count: 15 }),
  labelDensity: 'normal',
  labelSize: 12,
  stars: 30,
});

/** `partial` over the defaults (a new object; the defaults stay frozen). */
export function resolveViewSettings(partial: Partial<ViewSettings> = {}): ViewSettings {
  return { ...DEFAULT_VIEW_SETTINGS, ...partial };
}

/** Whether two colour modes are the same (they are small objects, compared by value). */
export function sameColorMode(a: ColorMode, b: ColorMode): boolean {
  if (a.kind === 'attribute') return b.kind === 'attribute' && a.attribute === b.attribute;
  if (a.kind === 'figure') return b.kind === 'figure' && a.figure === b.figure;
  return a.kind === b.kind;
}

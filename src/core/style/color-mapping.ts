/**
 * The one mapping from nodes to colours that both the map and its legend use,
 * so they cannot disagree: by type, by community, by the values of a node
 * attribute, or by a numeric figure in viridis bins (figure-colors.ts).
 * Colours are assigned over the FULL graph, so a node keeps its colour while
 * filters change what is shown.
 */
import type { CommunityMethod } from '../analysis/options';
import { communityMethodName } from '../communities/methods';
import type { ColorMode } from '../view-settings';
import { UNKNOWN_TYPE, type ReadGraph, type AtlasNodeAttributes } from '../graph/types';
import { getOwn } from '../util/dict';
import { binOf, figureBins, NO_FIGURE_COLOR } from './figure-colors';
import { figureList, unitLabel, type FigureInput, type FigureUnit } from './figures';
import { categoricalColors, OTHER_COLOR, TYPE_COLORS, typeColors, UNKNOWN_TYPE_COLOR } from './palette';

/** What colours the nodes: the view settings' colour mode (`attribute` names a node field such as `country`, or a column of the nodes file). */
export type ColorBy = ColorMode;

/** Measures as the analysis gives them: arrays aligned with `keys`, and the indicators by graph key where the view has them (figures.ts). */
export interface NodeMeasures extends FigureInput {
  keys: string[];
  values: Record<string, Float64Array>;
  /** The method that found `values.community` (the legend names it: "Community (Leiden)"). */
  communities?: CommunityMethod;
}

/** One colour class: a type, a community, an attribute value, "other" or "no value". */
export interface ColorClass {
  key: string;
  label: string;
  color: string;
}

export interface ColorMapping {
  title: string;
  /** For a numeric figure: its unit, and the classes are bins from low to high ("no value" last). */
  figure?: { id: string; unit: FigureUnit };
  /** Every class, in legend order (largest first; "other" and "no value" last). */
  classes: ColorClass[];
  /** Class key of each node, aligned with `graph.nodes()`. */
  classOf: Map<string, string>;
}

/** Key of the class of nodes without a value. */
export const NO_VALUE = '(none)';
/** Key of the class gathering categories beyond the palette. */
export const OTHER = '(other)';

const FIELDS = ['label', 'type', 'country', 'url', 'kind'] as const;

/** A node's value for `attribute`: a named field, else a column kept in `extra` (own keys only: `constructor` is a column like any other); '' when absent. */
export function attributeValue(attr: AtlasNodeAttributes, attribute: string): string {
  const field = (FIELDS as readonly string[]).includes(attribute) ? attr[attribute as (typeof FIELDS)[number]] : getOwn(attr.extra, attribute);
  return field === undefined ? '' : String(field).trim();
}

/** Sorts category counts largest first, ties by `tie`. */
function bySize<K>(counts: Map<K, number>, tie: (a: K, b: K) => number): K[] {
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || tie(a, b));
}

const alphabetical = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the colour mapping of `graph` for `colorBy`.
 *
 * - `type`: city, project, firm, then the other types sorted, "other types"
 *   beyond the palette, `unknown` last (colours of {@link typeColors}).
 * - `community`: communities (measure `community`) sorted by size, largest
 *   first (ties by id), the i-th gets the i-th palette colour; the rest are
 *   "other". Nodes without a community value form "no value".
 * - `attribute`: values sorted by frequency (ties alphabetical), the palette
 *   in turn, the rest "other"; empty values form "no value".
 */
export function colorMapping(graph: ReadGraph, measures: NodeMeasures, colorBy: ColorBy): ColorMapping {
  const classOf = new Map<string, string>();
  if (colorBy.kind === 'type') {
    const types = new Set<string>();
    graph.forEachNode((node, attr) => {
      types.add(attr.type);
      classOf.set(node, attr.type);
    });
    const colors = typeColors(types);
    const named = [...TYPE_COLORS.keys()];
    const rank = (t: string) => (TYPE_COLORS.has(t) ? named.indexOf(t) : t === UNKNOWN_TYPE ? 2e9 : 1e9);
    const order = [...types].sort((a, b) => rank(a) - rank(b) || alphabetical(a, b));
    const classes: ColorClass[] = order.filter((t) => colors.get(t) !== OTHER_COLOR).map((t) => ({ key: t, label: t, color: colors.get(t)! }));
    if (order.some((t) => colors.get(t) === OTHER_COLOR)) {
      for (const [node, t] of classOf) if (colors.get(t) === OTHER_COLOR) classOf.set(node, OTHER);
      classes.splice(types.has(UNKNOWN_TYPE) ? classes.length - 1 : classes.length, 0, { key: OTHER, label: 'other types', color: OTHER_COLOR });
    }
    return { title: 'Type', classOf, classes };
  }

  if (colorBy.kind === 'figure') return figureColorMapping(graph, measures, colorBy.figure);

  let values: (node: string, attr: AtlasNodeAttributes, i: number) => string;
  let title: string;
  let label: (key: string) => string;
  let tie: (a: string, b: string) => number;
  if (colorBy.kind === 'community') {
    const community = getOwn(measures.values, 'community');
    const position = new Map(measures.keys.map((k, i) => [k, i]));
    values = (node, _attr, i) => {
      const j = measures.keys[i] === node ? i : position.get(node);
      const v = community && j !== undefined ? community[j]! : NaN;
      return Number.isFinite(v) ? String(v) : '';
    };
    title = measures.communities ? `Community (${communityMethodName(measures.communities)})` : 'Community';
    label = (key) => `community ${key}`;
    tie = (a, b) => Number(a) - Number(b);
  } else {
    const attribute = colorBy.attribute;
    if (!attribute) throw new Error("style/colorMapping: colorBy 'attribute' needs an attribute name");
    values = (_node, attr) => attributeValue(attr, attribute);
    title = attribute;
    label = (key) => key;
    tie = alphabetical;
  }

  const counts = new Map<string, number>();
  let i = 0;
  graph.forEachNode((node, attr) => {
    const v = values(node, attr, i++);
    if (v === '') {
      classOf.set(node, NO_VALUE);
      return;
    }
    classOf.set(node, v);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  });
  const sorted = bySize(counts, tie);
  const colors = categoricalColors(sorted);
  const classes: ColorClass[] = [];
  let other = false;
  for (const key of sorted) {
    const color = colors.get(key)!;
    if (color === OTHER_COLOR) other = true;
    else classes.push({ key, label: label(key), color });
  }
  if (other) {
    const named = new Set(classes.map((c) => c.key));
    for (const [node, key] of classOf) if (key !== NO_VALUE && !named.has(key)) classOf.set(node, OTHER);
    classes.push({ key: OTHER, label: 'other', color: OTHER_COLOR });
  }
  if ([...classOf.values()].includes(NO_VALUE)) classes.push({ key: NO_VALUE, label: 'no value', color: UNKNOWN_TYPE_COLOR });
  return { title, classOf, classes };
}

/**
 * Colour by figure `id`: its bins in viridis, low to high, then "no value"
 * in neutral grey. A figure the view lacks colours every node grey.
 */
function figureColorMapping(graph: ReadGraph, measures: NodeMeasures, id: string): ColorMapping {
  const figure = figureList(graph, measures).byId.get(id);
  const unit = figure?.unit ?? 'number';
  const bins = figure ? figureBins(figure.values, unit) : [];
  const position = new Map(measures.keys.map((k, i) => [k, i]));
  const classOf = new Map<string, string>();
  let i = 0;
  graph.forEachNode((node) => {
    const j = measures.keys[i] === node ? i : position.get(node);
    i++;
    const bin = figure && j !== undefined ? binOf(bins, figure.values[j]!) : -1;
    classOf.set(node, bin < 0 ? NO_VALUE : `bin:${bin}`);
  });
  const classes: ColorClass[] = bins.map((b, k) => ({ key: `bin:${k}`, label: b.label, color: b.color }));
  classes.push({ key: NO_VALUE, label: 'no value', color: NO_FIGURE_COLOR });
  const words = unitLabel(unit);
  const label = figure?.label ?? id;
  return { title: words ? `${label} (${words})` : label, figure: { id, unit }, classOf, classes };
}

/** Colour of every node of `graph` under `colorBy`, from {@link colorMapping}. */
export function nodeColors(graph: ReadGraph, measures: NodeMeasures, colorBy: ColorBy): Map<string, string> {
  const mapping = colorMapping(graph, measures, colorBy);
  const color = new Map(mapping.classes.map((c) => [c.key, c.color]));
  const out = new Map<string, string>();
  for (const [node, key] of mapping.classOf) out.set(node, color.get(key)!);
  return out;
}

/**
 * The map's legend as data (colour classes with counts, size samples, type
 * shapes), generated from the same functions the map draws with, so the two
 * cannot disagree. The UI only renders it; exports (SVG, report) can too.
 */
import type { ReadGraph } from '../graph/types';
import { colorMapping, type ColorBy, type NodeMeasures } from './color-mapping';
import { figureLabel, figureValues, type FigureUnit } from './figures';
import { medianLinkLength } from './link-length';
import { sizeScale, type SizeScale, type SizeScaleOptions } from './size';

/** Glyph of a node type on the map: cities circles, projects squares, firms rings. */
export type NodeShape = 'circle' | 'square' | 'ring';

const SHAPES: ReadonlyMap<string, NodeShape> = new Map<string, NodeShape>([
  ['city', 'circle'],
  ['project', 'square'],
  ['firm', 'ring'],
]);

/** Shape of a node type (any type but project and firm is a circle). */
export function typeShape(type: string): NodeShape {
  return SHAPES.get(type) ?? 'circle';
}

/** `sizeBy` value that gives every node the same size. */
export const UNIFORM_SIZE = 'uniform';

export interface LegendInput {
  colorBy: ColorBy;
  /** Figure id (`pagerank`, `ind:vendorHhi`, `attr:<column>`…) or {@link UNIFORM_SIZE}. */
  sizeBy: string;
  graph: ReadGraph;
  measures: NodeMeasures;
  /** Nodes shown (e.g. a filter's result); counts and shapes cover only these. Default: all. */
  visible?: ReadonlySet<string>;
  /** Radius range of the size scale, fitted to the picture with `fit` (as the map and figures fit theirs). */
  size?: SizeScaleOptions;
}

export interface Legend {
  /** `figure` when colour is a numeric figure: items are its bins, low to high, then "no value" (key `(none)`). */
  color: { title: string; items: { key: string; label: string; color: string; count: number }[]; figure?: { id: string; unit: FigureUnit } };
  size: { title: string; measure: string; min: number; max: number; samples: { value: number; radius: number }[] };
  shape: { items: { type: string; shape: NodeShape; label: string }[] };
}

/** The values of figure `sizeBy` aligned with the measures' keys; undefined for {@link UNIFORM_SIZE} or a figure the view lacks. */
function sizeValues(graph: ReadGraph, measures: NodeMeasures, sizeBy: string): Float64Array | undefined {
  return sizeBy === UNIFORM_SIZE ? undefined : figureValues(graph, measures, sizeBy);
}

/**
 * The size scale of figure `sizeBy` over the FULL graph (so sizes stay put
 * while filters change), or a constant scale for {@link UNIFORM_SIZE} or a
 * missing figure. Nodes without the value get the smallest radius. A
 * fitted range (`options.fit`) also keeps the graph's links visible at its
 * current positions (the median link's on-picture length, link-length.ts),
 * unless `fit.link` is given (undefined: no such cap).
 */
export function nodeSizeScale(graph: ReadGraph, measures: NodeMeasures, sizeBy: string, options: SizeScaleOptions = {}): SizeScale {
  // A fitted range counts every node of the graph, whichever have a value.
  const fit = options.fit
    ? {
        ...options,
        fit: {
          count: graph.order,
          ...('link' in options.fit ? {} : { link: medianLinkLength(graph, options.fit.width, options.fit.height) }),
          ...options.fit,
        },
      }
    : options;
  return sizeScale(sizeValues(graph, measures, sizeBy) ?? new Float64Array(0), fit);
}

/** Radius of every node under `sizeBy`, from {@link nodeSizeScale} (`scale`: that scale, made already with the same arguments). */
export function nodeSizes(
  graph: ReadGraph,
  measures: NodeMeasures,
  sizeBy: string,
  options: SizeScaleOptions = {},
  scale: SizeScale = nodeSizeScale(graph, measures, sizeBy, options),
): Map<string, number> {
  const values = sizeValues(graph, measures, sizeBy);
  const out = new Map<string, number>();
  const position = new Map(measures.keys.map((k, i) => [k, i]));
  let i = 0;
  graph.forEachNode((node) => {
    const j = measures.keys[i] === node ? i : position.get(node);
    i++;
    out.set(node, values && j !== undefined ? scale(values[j]!) : scale.minRadius);
  });
  return out;
}

/**
 * Builds the legend: colour classes in legend order with the number of
 * visible nodes in each (classes without visible nodes are left out), the
 * size measure with a few sample values and their radii, and the shape of
 * each visible type.
 */
export function buildLegend(input: LegendInput): Legend {
  const { graph, measures, visible } = input;
  const mapping = colorMapping(graph, measures, input.colorBy);
  const counts = new Map<string, number>();
  const types = new Set<string>();
  graph.forEachNode((node, attr) => {
    if (visible && !visible.has(node)) return;
    const key = mapping.classOf.get(node)!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    types.add(attr.type);
  });
  const colorItems = mapping.classes.filter((c) => counts.has(c.key)).map((c) => ({ key: c.key, label: c.label, color: c.color, count: counts.get(c.key)! }));

  const scale = nodeSizeScale(graph, measures, input.sizeBy, input.size);
  const values = sizeValues(graph, measures, input.sizeBy);
  let min = Infinity;
  let max = -Infinity;
  if (values && input.sizeBy !== UNIFORM_SIZE)
    for (const v of values)
      if (Number.isFinite(v)) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
  const uniform = !values || input.sizeBy === UNIFORM_SIZE || min > max;
  const size = {
    title: uniform ? 'Same size for every node' : `Size: ${figureLabel(input.sizeBy)}`,
    measure: uniform ? UNIFORM_SIZE : input.sizeBy,
    min: uniform ? 0 : min,
    max: uniform ? 0 : max,
    samples: uniform ? [] : scale.ticks().map((value) => ({ value, radius: scale(value) })),
  };

  // Shapes follow the colour legend's type order when colouring by type.
  const order = ['city', 'project', 'firm'];
  const shapeItems = [...types]
    .sort((a, b) => {
      const ra = order.indexOf(a) < 0 ? 9 : order.indexOf(a);
      const rb = order.indexOf(b) < 0 ? 9 : order.indexOf(b);
      return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
    })
    .map((type) => ({ type, shape: typeShape(type), label: type }));

  const color = { title: mapping.title, items: colorItems, ...(mapping.figure ? { figure: mapping.figure } : {}) };
  return { color, size, shape: { items: shapeItems } };
}

/**
 * Every numeric figure of a view, in one list: the view's measures (degree,
 * PageRank…), the co-production indicators of its nodes (vendor HHI,
 * top-vendor share, adopting cities… — per node, absent for nodes of other
 * types) and the numeric columns of the nodes file. Colour, size, the
 * range filter, the top-N chart and the table all read figures from here.
 *
 * Ids: a measure keeps its registry id (`degree`); an indicator is
 * `ind:<name>` (`ind:vendorHhi`); a nodes-file column is `attr:<column>`,
 * so a column called `degree` or `constructor` shadows nothing. Lists are
 * Maps, columns read as own keys.
 *
 * A column is numeric when at least {@link NUMERIC_SHARE} of its non-empty
 * values parse as finite numbers (`12`, `-3.5`, `1e6`; no thousands
 * separators) and at least one does; the other values count as no value and
 * the column is listed in `partlyNumeric` so the page can say so.
 */
import type { NodeIndicators } from '../graph/indicators';
import { INDICATOR_FIGURES } from './indicator-figures';
import type { ReadGraph } from '../graph/types';
import { allOutputs } from '../metrics/registry';
import { getOwn, type Dict } from '../util/dict';
import type { DecodePacing as Pacing } from '../graph/codec';

/** How a figure's values read: counted things, a share (0–1, shown as %), an index in 0–1, a score, or a plain number. */
export type FigureUnit = 'count' | 'share' | 'index' | 'score' | 'number';

/** Where a figure comes from. */
export type FigureSource = 'measure' | 'indicator' | 'attribute';

/** Measures, indicators and attributes as a view holds them: arrays aligned with `keys`, indicators by graph key. */
export interface FigureInput {
  keys: readonly string[];
  values: Readonly<Record<string, Float64Array>>;
  /** Co-production indicators by graph key (the analysis' Map or the page's dict). */
  indicators?: ReadonlyMap<string, NodeIndicators> | Readonly<Dict<NodeIndicators>>;
}

/** One numeric figure of a view. */
export interface Figure {
  /** `degree`, `ind:vendorHhi` or `attr:<column>`. */
  id: string;
  source: FigureSource;
  /** The measure id, indicator name or column. */
  name: string;
  label: string;
  description: string;
  unit: FigureUnit;
  /** Values aligned with the input's keys; NaN = no value. */
  values: Float64Array;
  /** How many nodes have a value. */
  count: number;
}

/** A column of the nodes file that is numeric only in part. */
export interface PartlyNumeric {
  column: string;
  numeric: number;
  /** Non-empty values that are not numbers (treated as no value). */
  other: number;
}

/** Every numeric figure of a view. */
export interface FigureList {
  keys: readonly string[];
  /** Measures in the view's order, then indicators, then attributes (alphabetical). */
  figures: readonly Figure[];
  byId: ReadonlyMap<string, Figure>;
  /** The figure's value for a node key; undefined when the node has none or the figure does not exist. */
  value(id: string, key: string): number | undefined;
  partlyNumeric: readonly PartlyNumeric[];
}

/** Share of non-empty values that must be numbers for a column to be a figure. */
export const NUMERIC_SHARE = 0.9;
export const INDICATOR_PREFIX = 'ind:';
export const ATTRIBUTE_PREFIX = 'attr:';

const COUNT_MEASURES: ReadonlySet<string> = new Set(['degree', 'core']);

/** Words for a unit, as legends and menus show them ("" for a plain number). */
export function unitLabel(unit: FigureUnit): string {
  return unit === 'count' ? 'count' : unit === 'share' ? 'share' : unit === 'index' ? 'index 0–1' : unit === 'score' ? 'score' : '';
}

/** A finite number written as `12`, `-3.5` or `1e6`; null otherwise. */
export function parseFigureNumber(text: string): number | null {
  const t = text.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

function indicatorOf(input: FigureInput, key: string): NodeIndicators | undefined {
  const ind = input.indicators;
  if (!ind) return undefined;
  return ind instanceof Map ? ind.get(key) : getOwn(ind as Readonly<Dict<NodeIndicators>>, key);
}

/** Items read between two of {@link figureSteps}' yields: about a millisecond of work. */
const STRIDE = 1024;

/** Position of each graph node in `keys` (its own index when the keys follow graph order). */
function* positionSteps(graph: ReadGraph, keys: readonly string[]): Generator<void, Int32Array> {
  const at = new Int32Array(graph.order).fill(-1);
  let index: Map<string, number> | null = null;
  let i = 0;
  for (const node of graph.nodes()) {
    if (i % STRIDE === STRIDE - 1) yield;
    if (keys[i] === node) at[i] = i;
    else {
      index ??= new Map(keys.map((k, j) => [k, j]));
      at[i] = index.get(node) ?? -1;
    }
    i++;
  }
  return at;
}

function counted(values: Float64Array): number {
  let n = 0;
  for (const v of values) if (!Number.isNaN(v)) n++;
  return n;
}

/**
 * Builds the list (see the file header) as a generator that yields every {@link STRIDE} items, so that a large view's
 * list (~0.12 s at 100,000 nodes in one go) can be made in slices ({@link figureListPaced}); {@link figureList} runs
 * it in one go and caches it.
 */
function* figureSteps(graph: ReadGraph, input: FigureInput): Generator<void, FigureList> {
  const keys = input.keys;
  const specs = new Map(allOutputs().map((o) => [o.id, o]));
  const figures: Figure[] = [];
  for (const id of Object.keys(input.values)) {
    const spec = specs.get(id);
    if (spec?.kind === 'category') continue;
    const values = input.values[id]!;
    const unit: FigureUnit = COUNT_MEASURES.has(id) ? 'count' : 'score';
    figures.push({ id, source: 'measure', name: id, label: spec?.label ?? id, description: spec?.description ?? id, unit, values, count: counted(values) });
  }
  if (input.indicators) {
    // Each node's record looked up once, and read only by the figures of its type (not 11 look-ups and reads a node).
    const records = new Array<NodeIndicators | undefined>(keys.length);
    const byType = new Map<string, number[]>();
    for (let i = 0; i < keys.length; i++) {
      if (i % STRIDE === STRIDE - 1) yield;
      const ind = indicatorOf(input, keys[i]!);
      records[i] = ind;
      if (!ind) continue;
      const list = byType.get(ind.type);
      if (list) list.push(i);
      else byType.set(ind.type, [i]);
    }
    for (const spec of INDICATOR_FIGURES) {
      yield;
      const values = new Float64Array(keys.length).fill(NaN);
      for (const i of byType.get(spec.of) ?? []) {
        const v = spec.read(records[i]!);
        if (v !== undefined && Number.isFinite(v)) values[i] = v;
      }
      const count = counted(values);
      if (count > 0)
        figures.push({
          id: INDICATOR_PREFIX + spec.name,
          source: 'indicator',
          name: spec.name,
          label: spec.label,
          description: spec.description,
          unit: spec.unit,
          values,
          count,
        });
    }
  }
  // Nodes-file columns: parse every value once, keep the columns numeric enough.
  const at = yield* positionSteps(graph, keys);
  const columns = new Map<string, { values: Float64Array; numeric: number; other: number }>();
  let i = 0;
  for (const { attributes: attr } of graph.nodeEntries()) {
    if (i % STRIDE === STRIDE - 1) yield;
    const j = at[i++]!;
    if (j < 0) continue;
    for (const column of Object.keys(attr.extra)) {
      const text = getOwn(attr.extra, column);
      if (text === undefined || text.trim() === '') continue;
      let c = columns.get(column);
      if (!c) columns.set(column, (c = { values: new Float64Array(keys.length).fill(NaN), numeric: 0, other: 0 }));
      const v = parseFigureNumber(text);
      if (v === null) c.other++;
      else {
        c.values[j] = v;
        c.numeric++;
      }
    }
  }
  const partlyNumeric: PartlyNumeric[] = [];
  const names = [...columns.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const column of names) {
    const c = columns.get(column)!;
    if (c.numeric === 0 || c.numeric < NUMERIC_SHARE * (c.numeric + c.other)) continue;
    if (c.other > 0) partlyNumeric.push({ column, numeric: c.numeric, other: c.other });
    figures.push({
      id: ATTRIBUTE_PREFIX + column,
      source: 'attribute',
      name: column,
      label: column,
      description: `Column ${column} of the nodes file`,
      unit: 'number',
      values: c.values,
      count: c.numeric,
    });
  }
  const byId = new Map(figures.map((f) => [f.id, f]));
  const index = new Map<string, number>();
  for (let j = 0; j < keys.length; j++) {
    if (j % STRIDE === STRIDE - 1) yield;
    index.set(keys[j]!, j);
  }
  return {
    keys,
    figures,
    byId,
    partlyNumeric,
    value(id, key) {
      const j = index.get(key);
      const v = j === undefined ? NaN : (byId.get(id)?.values[j] ?? NaN);
      return Number.isNaN(v) ? undefined : v;
    },
  };
}

interface Cached {
  graph: ReadGraph;
  indicators: unknown;
  keys: readonly string[];
  list: FigureList;
}
const cache = new WeakMap<object, Cached[]>();
/** Lists kept per measures object (with and without indicators, a graph or two). */
const CACHED_PER_VIEW = 4;

/**
 * The numeric figures of a view: its graph, measures and (when given) its
 * indicators. Cached per measures object, graph, keys and indicators, so
 * the map, legend, filters and table of one view share one list.
 */
export function figureList(graph: ReadGraph, input: FigureInput): FigureList {
  const known = cached(graph, input);
  if (known) return known;
  const steps = figureSteps(graph, input);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return keep(graph, input, step.value);
}

/**
 * {@link figureList} made in slices, pausing when `pacing` says so (a large view's list, made ahead of the panels
 * that read it: they then find it cached). A list cached meanwhile is returned as it is.
 */
export async function figureListPaced(graph: ReadGraph, input: FigureInput, pacing: Pacing): Promise<FigureList> {
  const steps = figureSteps(graph, input);
  let step = steps.next();
  while (!step.done) {
    if (pacing.shouldPause()) {
      await pacing.pause();
      const known = cached(graph, input);
      if (known) return known;
    }
    step = steps.next();
  }
  return cached(graph, input) ?? keep(graph, input, step.value);
}

function cached(graph: ReadGraph, input: FigureInput): FigureList | undefined {
  return cache.get(input.values)?.find((e) => e.graph === graph && e.indicators === input.indicators && e.keys === input.keys)?.list;
}

function keep(graph: ReadGraph, input: FigureInput, list: FigureList): FigureList {
  const entries = cache.get(input.values) ?? [];
  cache.set(input.values, [{ graph, indicators: input.indicators, keys: input.keys, list }, ...entries].slice(0, CACHED_PER_VIEW));
  return list;
}

/**
 * The values of figure `id`, aligned with `input.keys` (NaN = no value), or
 * undefined when the view has no such figure. A measure id is read straight
 * from the measures (category measures such as `community` included, as
 * before); `ind:` and `attr:` ids from {@link figureList}.
 */
export function figureValues(graph: ReadGraph, input: FigureInput, id: string): Float64Array | undefined {
  if (!id.startsWith(INDICATOR_PREFIX) && !id.startsWith(ATTRIBUTE_PREFIX)) return getOwn(input.values, id);
  return figureList(graph, input).byId.get(id)?.values;
}

/** A figure's human name without building a list: the indicator's or measure's label, the column for an attribute. */
export function figureLabel(id: string): string {
  if (id.startsWith(INDICATOR_PREFIX)) {
    const name = id.slice(INDICATOR_PREFIX.length);
    return INDICATOR_FIGURES.find((s) => s.name === name)?.label ?? name;
  }
  if (id.startsWith(ATTRIBUTE_PREFIX)) return id.slice(ATTRIBUTE_PREFIX.length);
  return allOutputs().find((o) => o.id === id)?.label ?? id;
}

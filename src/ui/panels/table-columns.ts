/**
 * The node table's columns and cell values, derived from a view: label, type
 * and country, then every measure of the view (headers from the algorithm
 * registry), then the co-production indicators that some node of the view
 * has (vendor concentration first, then every other numeric indicator of
 * core/style/figures.ts), then the nodes file's numeric columns (`attr:<column>`).
 * Pure data (no DOM), shared by the table and its CSV export.
 */
import type { NodeIndicators } from '../../core/graph/indicators';
import { nodeId } from '../../core/graph/node-key';
import { nodeLabel } from '../../core/graph/node-label';
import { allOutputs } from '../../core/metrics/registry';
import { foldText } from '../../core/search/fold';
import { figureList, type Figure } from '../../core/style/figures';
import { formatNumber, formatShare } from '../../core/style/format';
import { INDICATOR_FIGURES } from '../../core/style/indicator-figures';
import { fileMeasureHint, fileMeasureOf, markFromFile, measureLabel } from './measure-labels';
import { getOwn, type Dict } from '../../core/util/dict';
import type { ViewData } from '../state/dataset';

/** How a column's values are compared and written. */
export type ColumnKind = 'text' | 'number' | 'category' | 'share';

export interface TableColumn {
  id: string;
  header: string;
  /** Shown as the header's tooltip. */
  description: string;
  kind: ColumnKind;
  /** Width in CSS pixels (the table has a fixed layout so virtual rows line up). */
  width: number;
}

/** A cell: text, or a number (NaN = no value). */
export type Cell = string | number;

/** One node as a table row: cells aligned with the columns, and the folded text the filter matches. */
export interface TableRow {
  /** The node's graph key (the id as written is `nodeId(id)`). */
  id: string;
  type: string;
  search: string;
  cells: Cell[];
}

/** An indicator column: which node type has it and how to read it. */
interface IndicatorColumn extends TableColumn {
  read: (ind: NodeIndicators, label: (id: string) => string) => Cell | undefined;
}

const INDICATORS: readonly IndicatorColumn[] = [
  {
    id: 'topFirm',
    header: 'Top vendor',
    description: 'Firms holding the largest share of the city’s firm links (all of them on a tie)',
    kind: 'text',
    width: 170,
    // A tie is a tie: every tied firm, never an arbitrary one.
    read: (i, label) => (i.type === 'city' && i.topFirm ? (i.topFirms ?? [i.topFirm]).map(label).join('; ') : undefined),
  },
  {
    id: 'topFirmShare',
    header: 'Vendor share',
    description: 'Share of the city’s firm links held by its top vendor',
    kind: 'share',
    width: 100,
    read: (i) => (i.type === 'city' ? i.topFirmShare : undefined),
  },
  {
    id: 'vendorHhi',
    header: 'Vendor HHI',
    description: 'Herfindahl–Hirschman index of the city’s vendors (1 = a single vendor)',
    kind: 'number',
    width: 95,
    read: (i) => (i.type === 'city' ? i.vendorHhi : undefined),
  },
  {
    id: 'adoptingCities',
    header: 'Adopting cities',
    description: 'Distinct cities linked to the project',
    kind: 'number',
    width: 115,
    read: (i) => (i.type === 'project' ? i.adoptingCities : undefined),
  },
  {
    id: 'brokerage',
    header: 'Brokerage',
    description: 'Pairs of the firm’s partners that are not linked to each other (Gould & Fernandez total brokerage)',
    kind: 'number',
    width: 95,
    read: (i) => (i.type === 'firm' ? i.brokerage : undefined),
  },
];

// Every other numeric indicator, after the five above (same ids as the indicator names).
const MORE_INDICATORS: readonly IndicatorColumn[] = INDICATOR_FIGURES.filter((f) => !INDICATORS.some((c) => c.id === f.name)).map((f) => ({
  id: f.name,
  header: f.label,
  description: f.description,
  kind: f.unit === 'share' ? 'share' : 'number',
  width: Math.max(90, Math.round(f.label.length * 8 + 40)),
  read: (i: NodeIndicators) => f.read(i),
}));
const ALL_INDICATORS: readonly IndicatorColumn[] = [...INDICATORS, ...MORE_INDICATORS];

/** The view's numeric columns of the nodes file (figures `attr:<column>`; the indicators only share the cached list with the map's). */
function attributeFigures(view: ViewData, indicators: Readonly<Dict<NodeIndicators>> | undefined): Figure[] {
  return figureList(view.graph, { keys: view.keys, values: view.measures, ...(indicators ? { indicators } : {}) }).figures.filter(
    (f) => f.source === 'attribute',
  );
}

const BASE: readonly TableColumn[] = [
  { id: 'label', header: 'Label', description: 'Node label', kind: 'text', width: 230 },
  { id: 'type', header: 'Type', description: 'Node type', kind: 'text', width: 80 },
  { id: 'country', header: 'Country', description: 'Country code', kind: 'text', width: 95 },
];

/** A header marked with the timeline's window (`PageRank for 2013–2016`), or as it is when `period` is null. */
function forPeriod(text: string, period: string | null): string {
  return period ? `${text} ${period}` : text;
}

/**
 * The columns for a view, in order. Measures come in the view's order with the
 * registry's labels ("PageRank · from file" for one the nodes file gave); indicator columns only when `indicators` is given and a
 * node has that indicator; then the numeric columns of the nodes file.
 * `period` ("for 2013–2016", timeline-measures.ts) marks the measure and
 * indicator columns when they were computed for the timeline's window; the
 * nodes file's columns are not.
 */
export function tableColumns(view: ViewData, indicators?: Readonly<Dict<NodeIndicators>>, period: string | null = null): TableColumn[] {
  const outputs = new Map(allOutputs().map((o) => [o.id, o]));
  const columns: TableColumn[] = [...BASE];
  for (const id of Object.keys(view.measures)) {
    const spec = outputs.get(id);
    const source = fileMeasureOf(view, id);
    // A measure the nodes file gave is the file's, whatever the window.
    const header = source ? markFromFile(measureLabel(id), view, id) : forPeriod(measureLabel(id), period);
    columns.push({
      id,
      header,
      description: source ? fileMeasureHint(source) : forPeriod(spec?.description ?? id, period && `(${period})`),
      kind: spec?.kind === 'category' ? 'category' : 'number',
      width: Math.max(90, Math.round(header.length * 8 + 48)),
    });
  }
  if (indicators) {
    const all = Object.values(indicators);
    for (const column of ALL_INDICATORS)
      if (all.some((i) => column.read(i, (x) => x) !== undefined))
        columns.push(
          period
            ? {
                ...column,
                header: forPeriod(column.header, period),
                description: forPeriod(column.description, `(${period})`),
                width: Math.max(column.width, Math.round(forPeriod(column.header, period).length * 8 + 48)),
              }
            : column,
        );
  }
  for (const f of attributeFigures(view, indicators))
    columns.push({ id: f.id, header: f.label, description: f.description, kind: 'number', width: Math.max(90, Math.round(f.label.length * 8 + 48)) });
  return columns.map(({ id, header, description, kind, width }) => ({ id, header, description, kind, width }));
}

/**
 * Builds a row per node of `nodes` (keys of the view), cells aligned with
 * `columns`; `indicators` by graph key (read as own keys only).
 */
export function tableRows(view: ViewData, columns: readonly TableColumn[], nodes: Iterable<string>, indicators?: Readonly<Dict<NodeIndicators>>): TableRow[] {
  const graph = view.graph;
  const label = (key: string) => nodeLabel(graph, key);
  const attributes = new Map(columns.some((c) => c.id.startsWith('attr:')) ? attributeFigures(view, indicators).map((f) => [f.id, f]) : []);
  const readers = columns.map((c): ((id: string, i: number) => Cell) => {
    if (c.id === 'label') return (id) => label(id);
    if (c.id === 'type') return (id) => graph.getNodeAttribute(id, 'type') ?? '';
    if (c.id === 'country') return (id) => graph.getNodeAttribute(id, 'country') ?? '';
    const measure = getOwn(view.measures, c.id) ?? attributes.get(c.id)?.values;
    if (measure) return (_id, i) => (i < 0 ? NaN : measure[i]!);
    const indicator = ALL_INDICATORS.find((x) => x.id === c.id);
    const empty = c.kind === 'text' ? '' : NaN;
    return (id) => {
      const ind = getOwn(indicators, id);
      return (ind && indicator?.read(ind, label)) ?? empty;
    };
  });
  const rows: TableRow[] = [];
  for (const id of nodes) {
    if (!graph.hasNode(id)) continue;
    const i = view.index.get(id) ?? -1;
    const cells = readers.map((read) => read(id, i));
    const type = graph.getNodeAttribute(id, 'type') ?? '';
    rows.push({ id, type, search: foldText(`${cells[0]} ${nodeId(id)} ${graph.getNodeAttribute(id, 'country') ?? ''}`), cells });
  }
  return rows;
}

/** A cell as the table shows it: grouped integers, 3 significant digits, percentages; `–` for no value. */
export function formatCell(value: Cell, kind: ColumnKind): string {
  if (typeof value === 'string') return value;
  if (kind === 'share') return formatShare(value, { digits: 2 });
  return formatNumber(kind === 'category' ? Math.round(value) : value);
}

/**
 * Filtering and sorting the node table's rows: a text query folded as the
 * search box folds it (accents and case ignored, ß = ss: core/search/fold)
 * and a node type, then a stable sort on one column with missing values
 * always last. Pure functions over {@link TableRow}s.
 */
import { foldText } from '../../core/search/fold';
import type { ColumnKind, TableRow } from './table-columns';

export type SortDirection = 'asc' | 'desc';

export interface TableSort {
  /** Index into the columns (and every row's cells). */
  column: number;
  direction: SortDirection;
}

/** The direction a first click on a column sorts in: largest first for numbers, A→Z for text. */
export function defaultDirection(kind: ColumnKind): SortDirection {
  return kind === 'text' ? 'asc' : 'desc';
}

/** Rows whose folded text contains the folded `query` (every word of it) and whose type is `type` (null = any). */
export function filterRows(rows: readonly TableRow[], query: string, type: string | null): TableRow[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return rows.filter((r) => (type === null || r.type === type) && words.every((w) => r.search.includes(w)));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const isMissing = (v: string | number) => (typeof v === 'number' ? Number.isNaN(v) : v === '');

/**
 * A sorted copy of `rows` by one column. Missing values (NaN, empty text)
 * come last in both directions; ties keep the label order (column 0).
 */
export function sortRows(rows: readonly TableRow[], sort: TableSort): TableRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const c = sort.column;
  return [...rows].sort((a, b) => {
    const x = a.cells[c] ?? '';
    const y = b.cells[c] ?? '';
    const mx = isMissing(x);
    const my = isMissing(y);
    if (mx || my) return mx === my ? byLabel(a, b) : mx ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order !== 0 ? sign * order : byLabel(a, b);
  });
}

function byLabel(a: TableRow, b: TableRow): number {
  return collator.compare(String(a.cells[0] ?? ''), String(b.cells[0] ?? '')) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The window of row indices to put in the DOM for a scroll position, with `overscan` rows either side. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 6): { first: number; last: number } {
  const first = Math.min(total, Math.max(0, Math.floor(scrollTop / rowHeight) - overscan));
  const last = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

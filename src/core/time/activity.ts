/**
 * When a link is active: the one definition the filters, the timeline, the
 * window measures and their tests share.
 *
 * - A link **starts** in the earliest of its years (a merged link keeps every
 *   row's year; the first row dates it). A link without a year is
 *   **undated**: no window contains it, and the filters keep or hide it as a
 *   whole (`keepUndated`).
 * - A link **ends** in the year of its `until` column (publiccode.yml's
 *   `maintenance.contractors[].until`, kept by `import publiccode`; any edges
 *   file may carry one): `2025-12-31`, `2025-12`, `2025`, `31/12/2025` and
 *   `31.12.2025` all end in 2025, and it is still active that year. Without
 *   an `until` it never ends (adoption is cumulative: a city that adopted a
 *   platform in 2016 still counts in 2020). When merged rows give several
 *   `until` values, the latest readable one ends the link (a renewed
 *   contract). An `until` that cannot be read is warned about
 *   ({@link untilProblems}) and the link is taken as never ending.
 * - A link is **active in year Y** when it started in or before Y and has not
 *   ended before Y; it is active in the window [from, to] when it is active
 *   in some year of it: start ≤ to and end ≥ from.
 */
import type { AtlasEdgeAttributes } from '../graph/types';
import { getOwn } from '../util/dict';

/** The column whose values end a link (read from the edge's `extra`). */
export const UNTIL_COLUMN = 'until';

/** A closed range of years, `from` ≤ `to`; a single year Y is [Y, Y]. */
export interface TimeWindow {
  from: number;
  to: number;
}

/** The years a link is active: from `start` to `end`, both included (`end` is Infinity for a link that never ends). */
export interface LinkSpan {
  /** Earliest year of the link; null when it has none (undated). */
  start: number | null;
  end: number;
}

// Year first (ISO 8601 and its reduced forms, with an optional time), or day and month first (31/12/2025, 31.12.2025).
const YEAR_FIRST = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

/**
 * The year an `until` value ends in: `2025-12-31`, `2025-12`, `2025`,
 * `2025/12/31`, `2025-12-31T00:00:00Z`, `31/12/2025` or `31.12.2025` → 2025.
 * Returns undefined for an empty value (no end) and null for a value that
 * is not a date (the caller warns).
 */
export function readUntilYear(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const iso = YEAR_FIRST.exec(t);
  if (iso) return validDate(Number(iso[1]), iso[2], iso[3]) ? Number(iso[1]) : null;
  const dmy = DAY_FIRST.exec(t);
  if (dmy) return validDate(Number(dmy[3]), dmy[2], dmy[1]) ? Number(dmy[3]) : null;
  return null;
}

function validDate(year: number, month: string | undefined, day: string | undefined): boolean {
  if (year < 1000) return false;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  return day === undefined || (Number(day) >= 1 && Number(day) <= 31);
}

/**
 * Parsed `until` texts: a link has one value almost always, and a graph few distinct dates, so each is read once.
 * (Keyed by text, not by the link's list: a graph over columns makes its lists when asked, graph/link-reader.ts.)
 * Emptied past {@link MAX_PARSED} texts, so a file of all-different values cannot make it grow without bound.
 */
const parsedEnds = new Map<string, number>();
const MAX_PARSED = 100_000;

/** The year `text` ends a link in, or -Infinity when it is not a readable date. */
function endOf(text: string): number {
  let end = parsedEnds.get(text);
  if (end === undefined) {
    const year = readUntilYear(text);
    end = typeof year === 'number' ? year : -Infinity;
    if (parsedEnds.size >= MAX_PARSED) parsedEnds.clear();
    parsedEnds.set(text, end);
  }
  return end;
}

/** The year `attr`'s link ends in (the latest readable `until`), or Infinity. */
export function linkEnd(attr: Pick<AtlasEdgeAttributes, 'extra'>): number {
  const values = getOwn(attr.extra, UNTIL_COLUMN);
  if (!values || values.length === 0) return Infinity;
  let latest = -Infinity;
  for (const v of values) latest = Math.max(latest, endOf(v));
  return latest === -Infinity ? Infinity : latest;
}

/** The years `attr`'s link is active ({@link LinkSpan}). */
export function linkSpan(attr: Pick<AtlasEdgeAttributes, 'years' | 'extra'>): LinkSpan {
  // `years` is ascending (graph/types.ts): the first is the earliest.
  const start = attr.years.length > 0 ? attr.years[0]! : null;
  return { start, end: start === null ? Infinity : linkEnd(attr) };
}

/** Whether a link with `span` is active in some year of `period` (never, when undated). */
export function spanActiveIn(span: LinkSpan, period: TimeWindow): boolean {
  return span.start !== null && span.start <= period.to && span.end >= period.from && span.end >= span.start;
}

/** Whether `attr`'s link is active in some year of `period` (an undated link never is). */
export function linkActiveIn(attr: Pick<AtlasEdgeAttributes, 'years' | 'extra'>, period: TimeWindow): boolean {
  return spanActiveIn(linkSpan(attr), period);
}

/** One `until` value of a link that could not be used. */
export interface UntilProblem {
  /** 1-based lines of the edges file merged into the link. */
  lines: number[];
  value: string;
  why: string;
}

/**
 * The `until` values of one link that are not dates, or that end the link
 * before it starts; empty when all are fine. The link is then treated as
 * never ending (unreadable) or never active (ends before it starts).
 */
export function untilProblems(attr: Pick<AtlasEdgeAttributes, 'years' | 'extra' | 'lines'>): UntilProblem[] {
  const values = getOwn(attr.extra, UNTIL_COLUMN);
  if (!values) return [];
  const out: UntilProblem[] = [];
  const start = attr.years[0];
  for (const value of values) {
    const year = readUntilYear(value);
    if (year === null)
      out.push({ lines: attr.lines, value, why: 'is not a date (expected 2025-12-31, 2025-12, 2025 or 31/12/2025); the link is taken as never ending' });
    else if (year !== undefined && start !== undefined && year < start && linkEnd(attr) === year)
      out.push({ lines: attr.lines, value, why: `ends before the link's first year ${start}; the link is never active` });
  }
  return out;
}

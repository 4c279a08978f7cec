/**
 * The filters in a link, one short parameter each:
 * `types=city,firm`, `rel=uses`, `comm=0,1`, `years=2015-2020` (a single year: `years=2018`), `undated=0`,
 * `mindeg=2`, `range=pagerank:0.001:0.1` (any figure: `range=ind%3AvendorHhi:0.5:1`,
 * and `range=ind:vendorHhi:0.5:1` as typed by hand), `iso=1`, `lcc=1`. A filter at its
 * default is left out; a parameter that does not parse is ignored with a
 * notice and the filter keeps its default.
 */
import { DEFAULT_FILTERS, type FilterState } from '../filter';
import { escapeItem, formatNumber, joinList, parseNumber, splitList, unescapeItem } from './list-codec';

/** Parameters the filters use. */
export const FILTER_PARAMS = ['types', 'rel', 'comm', 'years', 'undated', 'mindeg', 'range', 'iso', 'lcc'] as const;

/** Writes the filters that differ from the defaults into `params`. */
export function encodeFilters(filters: FilterState, params: URLSearchParams): void {
  if (filters.types) params.set('types', joinList(filters.types));
  if (filters.relations) params.set('rel', joinList(filters.relations));
  if (filters.communities) params.set('comm', filters.communities.join(','));
  if (filters.yearRange) {
    const [from, to] = filters.yearRange;
    params.set('years', from === to ? String(from) : `${from}-${to}`);
  }
  if (!filters.keepUndated) params.set('undated', '0');
  if (filters.minDegree > 0) params.set('mindeg', formatNumber(filters.minDegree));
  const range = filters.measureRange;
  if (range) params.set('range', `${escapeItem(range.measure)}:${formatNumber(range.min)}:${formatNumber(range.max)}`);
  if (filters.hideIsolates) params.set('iso', '1');
  if (filters.largestComponentOnly) params.set('lcc', '1');
}

/** A boolean flag written as 1/0 (also true/false, yes/no). */
export function parseFlag(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (t === '1' || t === 'true' || t === 'yes') return true;
  if (t === '0' || t === 'false' || t === 'no') return false;
  return null;
}

type Reject = (name: string, value: string, why: string) => void;

/**
 * Reads the filter parameters of `params` over the defaults. Returns the
 * filters (only when at least one parameter was read) and calls `reject`
 * for every parameter that does not parse.
 */
export function decodeFilters(params: URLSearchParams, reject: Reject): FilterState | undefined {
  const f: FilterState = { ...DEFAULT_FILTERS };
  let read = false;
  const take = (name: string, parse: (value: string) => string | null): void => {
    const value = params.get(name);
    if (value === null) return;
    const problem = parse(value);
    if (problem) reject(name, value, problem);
    else read = true;
  };
  take('types', (v) => {
    f.types = splitList(v);
    return null;
  });
  take('rel', (v) => {
    f.relations = splitList(v);
    return null;
  });
  take('comm', (v) => {
    const ids = v === '' ? [] : v.split(',').map((x) => parseNumber(x));
    if (ids.some((x) => x === null || !Number.isInteger(x) || x < 0)) return 'expected community numbers like 0,1,2';
    f.communities = ids as number[];
    return null;
  });
  take('years', (v) => {
    // A range 2015-2020, or one year 2018 (the timeline's single-year mode).
    const m = /^\s*(-?\d+)\s*(?:-\s*(-?\d+)\s*)?$/.exec(v);
    if (!m) return 'expected a year range like 2015-2020, or one year like 2018';
    const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];
    if (from > to) return 'the first year is after the second';
    f.yearRange = [from, to];
    return null;
  });
  take('undated', (v) => {
    const flag = parseFlag(v);
    if (flag === null) return 'expected 0 or 1';
    f.keepUndated = flag;
    return null;
  });
  take('mindeg', (v) => {
    const n = parseNumber(v);
    if (n === null || n < 0) return 'expected a number of 0 or more';
    f.minDegree = n;
    return null;
  });
  take('range', (v) => {
    // The bounds are the last two parts: a figure id typed with a bare ':' (ind:vendorHhi) is read too.
    const parts = v.split(':');
    const name = parts.slice(0, -2).join(':');
    const [min, max] = [parseNumber(parts.at(-2) ?? ''), parseNumber(parts.at(-1) ?? '')];
    if (parts.length < 3 || !name || min === null || max === null) return 'expected measure:min:max, like pagerank:0.001:0.1';
    if (min > max) return 'the minimum is above the maximum';
    f.measureRange = { measure: unescapeItem(name), min, max };
    return null;
  });
  take('iso', (v) => {
    const flag = parseFlag(v);
    if (flag === null) return 'expected 0 or 1';
    f.hideIsolates = flag;
    return null;
  });
  take('lcc', (v) => {
    const flag = parseFlag(v);
    if (flag === null) return 'expected 0 or 1';
    f.largestComponentOnly = flag;
    return null;
  });
  return read ? f : undefined;
}

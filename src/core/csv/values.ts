/**
 * Reading one cell: numbers (with the decimal-comma rule), weights, years,
 * coordinates, ids and types. Each reader returns the value or the issue to
 * report, so the row readers decide what to do with the row.
 */
import { error, quote, warning } from './issue';
import type { Place } from './issue';
import type { Issue } from './types';

/** Ids, types and relations longer than this get a `field-very-long` warning. */
export const LONG_NAME = 1_000;
/** Any field longer than this gets a `field-very-long` warning. */
export const LONG_FIELD = 100_000;
/** Earliest year accepted without a warning. */
export const MIN_YEAR = 1900;
/** Years up to this many years after the reference year are accepted. */
export const YEARS_AHEAD = 5;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * Parses a plain decimal number ("2", "-0.5", "1e3"; no hex, no "Infinity",
 * no thousands separators). A decimal comma ("1,5") is read only when the
 * file's delimiter is not a comma: in a semicolon or tab file it is the usual
 * European notation, in a comma file "1,5" is as likely 15 or 1,500. Returns
 * NaN for anything else, and ±Infinity when the digits overflow.
 */
export function parseNumber(raw: string, delimiter: string): number {
  const text = raw.trim();
  if (DECIMAL.test(text)) return Number(text);
  if (delimiter !== ',' && DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return NaN;
}

/** Value of a cell read, or the issue it raised (the raw text is kept by the caller). */
export type CellResult<T> = { value?: T; issue?: Issue };

/** Weight of an edge: empty → 1; not a finite number or ≤ 0 → error. */
export function readWeight(raw: string, delimiter: string, place: Place): CellResult<number> {
  if (raw.trim() === '') return { value: 1 };
  const value = parseNumber(raw, delimiter);
  if (!Number.isFinite(value)) {
    const hint = delimiter === ',' && DECIMAL_COMMA.test(raw.trim()) ? ' (a decimal comma is only read in semicolon- or tab-separated files; write 1.5)' : '';
    return { issue: error('weight-not-number', place, `${quote(raw)} is not a number${hint}; the row was dropped`) };
  }
  if (value <= 0) {
    return { issue: error('weight-not-positive', place, `${quote(raw)} is not a positive number; the row was dropped`) };
  }
  return { value };
}

/**
 * Year of an edge: empty → none; not a whole number, or before 1900 or more
 * than 5 years after `now` → warning, the row keeps no year (the caller keeps
 * the text as `year_raw`).
 */
export function readYear(raw: string, delimiter: string, now: number, place: Place): CellResult<number> {
  if (raw.trim() === '') return {};
  const value = parseNumber(raw, delimiter);
  const kept = `the edge was kept without a year and the value saved as the attribute year_raw`;
  if (!Number.isInteger(value)) {
    return { issue: warning('year-not-integer', place, `${quote(raw)} is not a whole year; ${kept}`) };
  }
  if (value < MIN_YEAR || value > now + YEARS_AHEAD) {
    return {
      issue: warning('year-implausible', place, `${quote(raw)} is not a plausible year (expected ${MIN_YEAR}–${now + YEARS_AHEAD}); ${kept}`),
    };
  }
  return { value };
}

/** Latitude (|v| ≤ 90) or longitude (|v| ≤ 180); anything else → warning, coordinate dropped. */
export function readCoordinate(raw: string, axis: 'lat' | 'lon', delimiter: string, place: Place): CellResult<number> {
  if (raw.trim() === '') return {};
  const value = parseNumber(raw, delimiter);
  const kept = `the node was kept without this coordinate and the value saved as the attribute ${axis}_raw`;
  if (!Number.isFinite(value)) {
    return { issue: warning('coordinate-not-number', place, `${quote(raw)} is not a number; ${kept}`) };
  }
  const limit = axis === 'lat' ? 90 : 180;
  if (Math.abs(value) > limit) {
    return {
      issue: warning('coordinate-out-of-range', place, `${quote(raw)} is outside −${limit}…${limit}; ${kept}`),
    };
  }
  return { value };
}

/** An id trimmed, with a `whitespace-trimmed` warning when that changed it (and it is not empty). */
export function readId(raw: string, place: Place): CellResult<string> {
  const value = raw.trim();
  if (value === raw || value === '') return { value };
  return {
    value,
    issue: warning('whitespace-trimmed', place, `${quote(raw)} has spaces around it; it was read as ${quote(value)}`),
  };
}

/** A type or relation: trimmed and lower-cased; empty → undefined. */
export function readType(raw: string): string | undefined {
  const value = raw.trim().toLowerCase();
  return value === '' ? undefined : value;
}

/** A free-text cell trimmed; empty → undefined. */
export function readText(raw: string): string | undefined {
  const value = raw.trim();
  return value === '' ? undefined : value;
}

/** A `field-very-long` warning when `raw` exceeds `limit` characters. */
export function checkLength(raw: string, limit: number, place: Place): Issue | undefined {
  if (raw.length <= limit) return undefined;
  return warning(
    'field-very-long',
    place,
    `the value has ${raw.length.toLocaleString('en-US')} characters (more than ${limit.toLocaleString('en-US')}), starting ${quote(raw.slice(0, 40))}; it was kept as is`,
  );
}

/**
 * Packing several values into one parameter: lists joined by ',' and pairs by
 * '~' or ':'. A value that itself holds a separator (or '%') is escaped as
 * `%2C`, `%7E`, `%3A`, `%25`, so any node id or type survives the round trip;
 * URLSearchParams then percent-encodes the whole parameter as usual.
 */

const ESCAPES: Record<string, string> = { '%': '%25', ',': '%2C', '~': '%7E', ':': '%3A' };
const UNESCAPES: Record<string, string> = { '25': '%', '2C': ',', '7E': '~', '3A': ':' };

/** Escapes the separators in one value. */
export function escapeItem(value: string): string {
  return value.replace(/[%,~:]/g, (c) => ESCAPES[c]!);
}

/** Undoes {@link escapeItem}; other `%xx` sequences are left as they are. */
export function unescapeItem(value: string): string {
  return value.replace(/%(25|2C|7E|3A)/gi, (_m, code: string) => UNESCAPES[code.toUpperCase()]!);
}

/** `a,b,c` from a list, each value escaped. */
export function joinList(values: readonly string[]): string {
  return values.map(escapeItem).join(',');
}

/** The values of a list; the empty string is the empty list. */
export function splitList(text: string): string[] {
  return text === '' ? [] : text.split(',').map(unescapeItem);
}

/** Shortest text of a finite number that reads back to the same value. */
export function formatNumber(value: number): string {
  return String(value);
}

/** A finite number, or null for anything else (empty, `abc`, `Infinity`). */
export function parseNumber(text: string): number | null {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim())) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * The JSON report of `analyze --out`, written in chunks: at a million links
 * the report is 130 million characters, which as one string (what
 * `JSON.stringify` returns) raised the command's peak memory by a few hundred
 * MB at its very end. Its large parts — the node list, the indicators by id,
 * the projection's lists — are written item by item by core's `jsonChunks`,
 * which gives exactly the text of `JSON.stringify(report, null, 1)`.
 */
import type { Report } from '../core/analysis/report';
import { jsonChunks, LazyArray, LazyObject } from '../core/export/json-chunks';

/** Objects with more entries than this are written entry by entry. */
const LARGE = 1_000;

/** `JSON.stringify(report, null, 1) + '\n'`, in chunks. */
export function* reportJsonChunks(report: Report): Generator<string, void, undefined> {
  yield* jsonChunks(lazy(report, 0), 1);
  yield '\n';
}

/** `value` with its large arrays and objects (down to depth 2) made lazy, so none is stringified whole. */
function lazy(value: unknown, depth: number): unknown {
  if (depth > 2 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.length > LARGE ? new LazyArray(() => value) : value;
  // An object with toJSON (none in a report today) is left to JSON.stringify, which calls it.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const entries = Object.entries(value);
  if (depth > 0 && entries.length <= LARGE) return value;
  return new LazyObject(() => entries.map(([key, item]) => [key, lazy(item, depth + 1)] as const), true);
}

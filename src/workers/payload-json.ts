/**
 * Payloads as JSON text, for the places where they cannot travel as typed
 * arrays: the data block of a self-contained snapshot and the embedded
 * default dataset's precomputed payload. Typed arrays are written as plain
 * arrays and revived; non-finite numbers (NaN measures) survive as markers
 * (NUL-prefixed strings; a user string that starts with NUL gets one more,
 * so no label or id can be read back as a number); '<' is escaped so the
 * text can sit inside a <script> element. Object keys need no care: JSON
 * text and `JSON.parse` keep `__proto__` as an ordinary own key.
 */
import { reviveEncodedGraph } from '../core/graph/codec';
import type { GraphPayload } from './protocol';

const MARKERS = new Map<number, string>([
  [NaN, '\u0000NaN'],
  [Infinity, '\u0000Inf'],
  [-Infinity, '\u0000-Inf'],
]);
const NUMBERS = new Map([...MARKERS].map(([n, m]) => [m, n]));
const NUL = '\u0000';

/** JSON of `value` with typed arrays as arrays and NaN/±Infinity as markers, safe inside a <script> element. */
export function payloadToJson(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (ArrayBuffer.isView(v)) return Array.from(v as Float64Array);
    if (typeof v === 'number' && !Number.isFinite(v)) return MARKERS.get(v) ?? MARKERS.get(NaN);
    if (typeof v === 'string' && v.startsWith(NUL)) return NUL + v;
    return v;
  });
  // '<' as \u003c: no '</script>' or '<!--' can end the element early.
  return json.replace(/</g, '\\u003c');
}

/** Parses {@link payloadToJson}'s text (markers back to numbers; arrays stay arrays until {@link reviveGraphPayload}). */
export function payloadFromJson<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'string' || !value.startsWith(NUL)) return value;
    return NUMBERS.has(value) ? NUMBERS.get(value) : value.slice(1);
  }) as T;
}

/** A graph payload read from JSON, with its typed arrays back. */
export function reviveGraphPayload<T extends GraphPayload>(view: T): T {
  const measures = Object.fromEntries(Object.entries(view.measures).map(([k, v]) => [k, Float64Array.from(v as ArrayLike<number>)]));
  return { ...view, graph: reviveEncodedGraph(view.graph), measures, positions: Float64Array.from(view.positions as ArrayLike<number>) };
}

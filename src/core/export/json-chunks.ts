/**
 * JSON text written in chunks, for documents too large to hold as one object
 * or one string (the JSON export of a 500k-link graph). A document is plain
 * JSON values in which any array or object may be *lazy* — its items or
 * entries produced one at a time — and {@link jsonChunks} writes exactly the
 * text `JSON.stringify(materialised, null, indent)` would: lazy parts item by
 * item, every other value with `JSON.stringify` itself, re-indented to its
 * depth (a raw line feed only ever comes from the indentation, since JSON
 * escapes those inside strings). As in `JSON.stringify`, an entry whose value
 * is `undefined` (or a function) is left out and such an array item is
 * `null`.
 *
 * Written by hand: streaming JSON libraries (e.g. json-stream-stringify,
 * big-json) are Node streams, which core cannot use, and the few lines here
 * need no more than `JSON.stringify`.
 *
 * Entries of a lazy object are written in the order given: to match
 * `JSON.stringify` of the object they stand for, give them in that object's
 * property order ({@link propertyOrder}).
 */
import { TextChunker } from './chunks';
import { dictFrom } from '../util/dict';

/** An array whose items are produced when written. */
export class LazyArray {
  constructor(readonly items: () => Iterable<unknown>) {}
}

/** An object whose entries are produced when written; `userKeys` when its keys are user strings (materialised without a prototype). */
export class LazyObject {
  constructor(
    readonly entries: () => Iterable<readonly [string, unknown]>,
    readonly userKeys = false,
  ) {}
}

/** Plain items of a lazy array stringified in one call. */
const BATCH = 256;

const isLazy = (v: unknown): v is LazyArray | LazyObject => v instanceof LazyArray || v instanceof LazyObject;

/** `doc` as JSON text with `indent` spaces, in chunks of at most `CHUNK_SIZE` code units (see chunks.ts). */
export function* jsonChunks(doc: unknown, indent: number): Generator<string, void, undefined> {
  const out = new TextChunker();
  const pads: string[] = [];
  // With no indent JSON.stringify writes no line breaks at all.
  const pad = (depth: number) => (indent ? (pads[depth] ??= `\n${' '.repeat(indent * depth)}`) : '');
  /** A plain value at `depth`, or undefined where JSON.stringify leaves it out. */
  const leaf = (value: unknown, depth: number): string | undefined => {
    // Numbers (the measures: most of the items) as JSON writes them, without a call to JSON.stringify each.
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
    if (value === null) return 'null';
    const text = JSON.stringify(value, null, indent) as string | undefined;
    return text === undefined || depth === 0 || !indent ? text : text.replace(/\n/g, pad(depth));
  };

  /**
   * Plain items of a lazy array written together: one JSON.stringify of up to
   * {@link BATCH} items is much cheaper than one call per item, and its text
   * re-indented is the items' text with their separators.
   */
  const batch: unknown[] = [];
  /** Writes the batch as the next items of an array at `depth`; whether it wrote any. */
  const flush = (depth: number, first: boolean): boolean => {
    if (!batch.length) return false;
    // "[" pad(depth+1) item "," pad(depth+1) item … pad(depth) "]" once re-indented (no pads without an indent).
    let text = JSON.stringify(batch, null, indent);
    if (indent && depth > 0) text = text.replace(/\n/g, pad(depth));
    out.add(`${first ? '[' : ','}${text.slice(1, text.length - 1 - pad(depth).length)}`);
    batch.length = 0;
    return true;
  };

  function* write(value: LazyArray | LazyObject, depth: number): Generator<string, void, undefined> {
    let first = true;
    if (value instanceof LazyArray) {
      for (const item of value.items()) {
        if (!isLazy(item)) {
          if (batch.push(item) < BATCH) continue;
          first = !flush(depth, first) && first;
          yield* out.take();
          continue;
        }
        first = !flush(depth, first) && first;
        out.add(`${first ? '[' : ','}${pad(depth + 1)}`);
        first = false;
        yield* write(item, depth + 1);
      }
      first = !flush(depth, first) && first;
      out.add(first ? '[]' : `${pad(depth)}]`);
      return;
    }
    for (const [key, v] of value.entries()) {
      const text = isLazy(v) ? undefined : leaf(v, depth + 1);
      if (text === undefined && !isLazy(v)) continue;
      out.add(`${first ? '{' : ','}${pad(depth + 1)}${JSON.stringify(key)}:${indent ? ' ' : ''}`);
      first = false;
      if (isLazy(v)) yield* write(v, depth + 1);
      else if (out.add(text!)) yield* out.take();
    }
    out.add(first ? '{}' : `${pad(depth)}}`);
  }

  if (isLazy(doc)) yield* write(doc, 0);
  else out.add(leaf(doc, 0) ?? '');
  yield* out.end();
}

/** The plain value a lazy document stands for (what `JSON.parse` of {@link jsonChunks}'s text gives, before JSON's own conversions). */
export function materialise(value: unknown): unknown {
  if (value instanceof LazyArray) return Array.from(value.items(), materialise);
  if (value instanceof LazyObject) {
    const entries = Array.from(value.entries(), ([k, v]) => [k, materialise(v)] as const);
    return value.userKeys ? dictFrom(entries) : Object.fromEntries(entries);
  }
  return value;
}

/** Canonical array index (ECMA-262 §6.1.7): an integer in [0, 2³² − 2] written without a sign or leading zeros. */
function arrayIndex(key: string): number | undefined {
  if (!/^(?:0|[1-9]\d{0,9})$/.test(key)) return undefined;
  const n = Number(key);
  return n <= 0xfffffffe ? n : undefined;
}

/**
 * Keys in the order an object created by adding them in this order lists
 * them (OrdinaryOwnPropertyKeys, ECMA-262 §10.1.11.1): array indices
 * ascending, then the other keys as added — the order `JSON.stringify` writes.
 */
export function propertyOrder(keys: readonly string[]): string[] {
  const indices: [number, string][] = [];
  const others: string[] = [];
  for (const key of keys) {
    const i = arrayIndex(key);
    if (i === undefined) others.push(key);
    else indices.push([i, key]);
  }
  indices.sort((a, b) => a[0] - b[0]);
  return [...indices.map(([, key]) => key), ...others];
}

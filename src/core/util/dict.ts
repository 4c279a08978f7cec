/**
 * User strings as data, never as object keys. Ids, types, relations and
 * column names such as `__proto__`, `constructor` or `toString` are ordinary
 * strings in a data file, but on a plain `{}` they read inherited members
 * (`{}['toString']` is a function) or, for `__proto__`, replace the
 * prototype. Every record keyed by a user string is made here: without a
 * prototype, written with `defineProperty`, and read with own-property checks
 * (a record that went through `structuredClone` or `JSON.parse` has
 * `Object.prototype` again, so reads must never trust `in` or `obj[key]`).
 *
 * Prefer a `Map` where the record stays in memory; these helpers are for
 * records that cross JSON or `postMessage` boundaries.
 */

/** A record keyed by user strings. */
export type Dict<T> = Record<string, T>;

/**
 * An empty record with no prototype: no key is inherited. Made as `{}` with
 * its prototype then removed: V8 keeps such an object in its fast layout
 * (64 bytes empty), where `Object.create(null)` starts in dictionary mode
 * (192 bytes) — a million rows and edges carry one each.
 */
export function dict<T>(): Dict<T> {
  return Object.setPrototypeOf({}, null) as Dict<T>;
}

/** A prototype-free record with the entries given (later keys win). */
export function dictFrom<T>(entries: Iterable<readonly [string, T]>): Dict<T> {
  const out = dict<T>();
  for (const [key, value] of entries) setOwn(out, key, value);
  return out;
}

/** Copies `source`'s own enumerable entries into a prototype-free record. */
export function dictCopy<T>(source: Readonly<Dict<T>> | undefined): Dict<T> {
  const out = dict<T>();
  if (source) for (const key of Object.keys(source)) setOwn(out, key, source[key] as T);
  return out;
}

/** The value stored under `key` itself, never an inherited member. */
export function getOwn<T>(record: Readonly<Dict<T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when `record` holds `key` itself. */
export function hasOwn(record: object | undefined, key: string): boolean {
  return record !== undefined && Object.hasOwn(record, key);
}

/**
 * Stores `value` under `key` as an own data property, even for `__proto__`
 * (a plain assignment would replace the prototype instead).
 */
export function setOwn<T>(record: Dict<T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

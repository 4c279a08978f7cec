/**
 * A link's attributes read from an encoded graph's columns (graph/codec.ts),
 * for a graph that makes them each time they are asked for
 * (graph/column-graph.ts): the same content as the decoded graph's stored
 * objects (`decodeLinkAttributes`), with what many links have alike shared
 * rather than made again — the empty list, the empty `extra` record, and a
 * single-value list for each value of a small dictionary (a relation, a year,
 * one of an extra column's few values such as an `until` date). At 500,000
 * links a pass over every link's attributes then makes an object and its
 * `lines` list per link instead of seven allocations, and the same `until`
 * list comes back for the same value (core/time/activity.ts caches by it).
 *
 * Shared lists and records are frozen: a caller that changed one would change
 * every link's, so it throws instead. Nothing on the page writes a link's
 * attributes (graphs are read while shown; builders write their own).
 */
import { type EncodedGraph, ints, list, type StringListColumn } from './codec';
import type { AtlasEdgeAttributes } from './types';
import { dict, setOwn, type Dict } from '../util/dict';

/** The one empty list every link without values gets. */
const EMPTY: readonly never[] = Object.freeze([]);
/** The one `extra` record of links with no extra value. */
const NO_EXTRA: Readonly<Dict<string[]>> = Object.freeze(dict<string[]>());
/** Dictionaries of at most this many values share a single-value list per value (a bound on what is kept). */
const SHARED_UP_TO = 4096;

export class LinkReader {
  /** Per string column (relations, evidence, each extra column), its shared single-value lists by value id. */
  private readonly singles = new Map<StringListColumn, (readonly string[] | undefined)[]>();
  private readonly singleYears = new Map<number, readonly number[]>();

  constructor(private readonly e: EncodedGraph) {}

  /** Link `i`'s attributes (a new object; its lists shared where they can be, see the file's comment). */
  attributes(i: number): AtlasEdgeAttributes {
    const e = this.e;
    return {
      weight: e.weight[i]!,
      relations: this.strings(e.relations, i),
      years: this.years(i),
      evidence: this.strings(e.evidence, i),
      lines: ints(e.lines, i),
      extra: this.extra(i),
    };
  }

  /** One attribute of link `i`, made alone. */
  field<K extends keyof AtlasEdgeAttributes>(i: number, name: K): AtlasEdgeAttributes[K] {
    const e = this.e;
    let value: AtlasEdgeAttributes[keyof AtlasEdgeAttributes];
    if (name === 'weight') value = e.weight[i]!;
    else if (name === 'relations') value = this.strings(e.relations, i);
    else if (name === 'years') value = this.years(i);
    else if (name === 'evidence') value = this.strings(e.evidence, i);
    else if (name === 'lines') value = ints(e.lines, i);
    else value = this.extra(i);
    return value as AtlasEdgeAttributes[K];
  }

  private strings(c: StringListColumn, i: number): string[] {
    const from = c.offsets[i]!;
    const n = c.offsets[i + 1]! - from;
    if (n === 0) return EMPTY as never[];
    if (n > 1 || c.dict.length > SHARED_UP_TO) return list(c, i);
    let shared = this.singles.get(c);
    if (!shared) this.singles.set(c, (shared = new Array<readonly string[] | undefined>(c.dict.length)));
    const id = c.ids[from]!;
    let one = shared[id];
    if (!one) shared[id] = one = Object.freeze([c.dict[id]!]);
    return one as string[];
  }

  private years(i: number): number[] {
    const c = this.e.years;
    const from = c.offsets[i]!;
    const n = c.offsets[i + 1]! - from;
    if (n === 0) return EMPTY as never[];
    if (n > 1) return ints(c, i);
    const year = c.values[from]!;
    let one = this.singleYears.get(year);
    if (!one) this.singleYears.set(year, (one = Object.freeze([year])));
    return one as number[];
  }

  private extra(i: number): Dict<string[]> {
    let out: Dict<string[]> | undefined;
    for (const [k, c] of this.e.edgeExtra)
      if (c.offsets[i + 1]! > c.offsets[i]!) {
        out ??= dict<string[]>();
        setOwn(out, k, this.strings(c, i));
      }
    return out ?? (NO_EXTRA as Dict<string[]>);
  }
}

/**
 * The co-production indicators as columns, for the analysis worker's answers
 * to the page: typed arrays aligned with the network's node keys (moved, not
 * copied), tie lists and country lists as offsets into flat arrays. At 100k
 * nodes the indicators as a record of 100,000 objects were an 18.5 MB
 * structured clone that the page's main thread read in one task (0.12–0.26 s,
 * then its garbage); the columns are read at once, and the records are made
 * again from them in slices (`decodeIndicatorsPaced`, paced like the graph's
 * decode in codec.ts), tie lists shared by many cities (indicators.ts) shared
 * again.
 *
 * Written by hand: this is our own record shape, and the graph codec
 * (codec.ts) does the same for the graph.
 */
import { dict, type Dict } from '../util/dict';
import type { DecodePacing } from './codec';
import type { CityIndicators, FirmIndicators, NodeIndicators, ProjectIndicators } from './indicators';

/** A node's kind in {@link EncodedIndicators.kind}. */
const NONE = 0;
const CITY = 1;
const PROJECT = 2;
const FIRM = 3;

/**
 * Numbers per node, by kind (slot: field): city 0 projectsUsed, 1 firms, 2 firmLinks, 3 topFirmShare, 4 vendorHhi;
 * project 0 adoptingCities, 1 firmsInvolved, 2 maintainers, 3 countries; firm 0 citiesReached, 1 projectsReached, 2 brokerage.
 */
const WIDTH = 5;
/** Bits of {@link EncodedIndicators.optional}: which optional numbers a record has (a value may be NaN and still be there). */
const HAS_SHARE = 1;
const HAS_HHI = 2;
const HAS_BROKERAGE = 4;

/** {@link encodeIndicators}'s result; every typed array's buffer may be transferred. */
export interface EncodedIndicators {
  /** Per node (in key order): 0 none, 1 city, 2 project, 3 firm. */
  kind: Uint8Array;
  /** Per node, which optional numbers its record has: 1 topFirmShare, 2 vendorHhi (cities), 4 brokerage (firms). */
  optional: Uint8Array;
  /** Node i's numbers at `numbers[5 i .. 5 i + 5)`, in its kind's order (see the codec's WIDTH). */
  numbers: Float64Array;
  /** A city's top firm as a node index; −1 for none. */
  topFirm: Int32Array;
  /** A city's tie list as a list number; −1 for none. Lists: `tieMembers[tieOffsets[l] .. tieOffsets[l + 1])`, node indices. */
  tieList: Int32Array;
  tieOffsets: Int32Array;
  tieMembers: Int32Array;
  /** A project's countries: `countryCodes[countryOffsets[i] .. countryOffsets[i + 1])`, codes into `countryNames`. */
  countryOffsets: Int32Array;
  countryCodes: Int32Array;
  countryNames: string[];
}

/** The buffers of `encoded`, for a worker's transfer list. */
export function indicatorBuffers(encoded: EncodedIndicators): ArrayBuffer[] {
  const { kind, optional, numbers, topFirm, tieList, tieOffsets, tieMembers, countryOffsets, countryCodes } = encoded;
  return [kind, optional, numbers, topFirm, tieList, tieOffsets, tieMembers, countryOffsets, countryCodes].map((a) => a.buffer as ArrayBuffer);
}

/**
 * The indicators of the nodes `keys` (graph keys, in order) as columns.
 * A key in a `topFirm`/`topFirms` that is not among `keys` is refused
 * (the indicators belong to another graph). A tie list shared by several
 * cities (the same array) is written once.
 */
export function encodeIndicators(indicators: ReadonlyMap<string, NodeIndicators>, keys: readonly string[]): EncodedIndicators {
  const n = keys.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(keys[i]!, i);
  const indexOf = (key: string) => {
    const i = index.get(key);
    if (i === undefined) throw new RangeError(`graph/indicators-codec: the firm '${key}' is not a node of the graph`);
    return i;
  };
  const kind = new Uint8Array(n);
  const optional = new Uint8Array(n);
  const numbers = new Float64Array(n * WIDTH);
  const topFirm = new Int32Array(n).fill(-1);
  const tieList = new Int32Array(n).fill(-1);
  const lists = new Map<readonly string[], number>();
  const tieOffsets = [0];
  const tieMembers: number[] = [];
  const countryOffsets = new Int32Array(n + 1);
  const countryCodes: number[] = [];
  const countryNames: string[] = [];
  const countryCode = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const ind = indicators.get(keys[i]!);
    countryOffsets[i] = countryCodes.length;
    if (!ind) continue;
    const at = i * WIDTH;
    if (ind.type === 'city') {
      kind[i] = CITY;
      numbers[at] = ind.projectsUsed;
      numbers[at + 1] = ind.firms;
      numbers[at + 2] = ind.firmLinks;
      if (ind.topFirmShare !== undefined) {
        numbers[at + 3] = ind.topFirmShare;
        optional[i]! |= HAS_SHARE;
      }
      if (ind.vendorHhi !== undefined) {
        numbers[at + 4] = ind.vendorHhi;
        optional[i]! |= HAS_HHI;
      }
      if (ind.topFirm !== undefined) topFirm[i] = indexOf(ind.topFirm);
      if (ind.topFirms) {
        let list = lists.get(ind.topFirms);
        if (list === undefined) {
          list = lists.size;
          lists.set(ind.topFirms, list);
          for (const f of ind.topFirms) tieMembers.push(indexOf(f));
          tieOffsets.push(tieMembers.length);
        }
        tieList[i] = list;
      }
    } else if (ind.type === 'project') {
      kind[i] = PROJECT;
      numbers[at] = ind.adoptingCities;
      numbers[at + 1] = ind.firmsInvolved;
      numbers[at + 2] = ind.maintainers;
      numbers[at + 3] = ind.countries;
      for (const country of ind.countryList) {
        let code = countryCode.get(country);
        if (code === undefined) {
          code = countryNames.length;
          countryCode.set(country, code);
          countryNames.push(country);
        }
        countryCodes.push(code);
      }
    } else {
      kind[i] = FIRM;
      numbers[at] = ind.citiesReached;
      numbers[at + 1] = ind.projectsReached;
      if (ind.brokerage !== undefined) {
        numbers[at + 2] = ind.brokerage;
        optional[i]! |= HAS_BROKERAGE;
      }
    }
  }
  countryOffsets[n] = countryCodes.length;
  return {
    kind,
    optional,
    numbers,
    topFirm,
    tieList,
    tieOffsets: Int32Array.from(tieOffsets),
    tieMembers: Int32Array.from(tieMembers),
    countryOffsets,
    countryCodes: Int32Array.from(countryCodes),
    countryNames,
  };
}

/**
 * The indicators back as the page keeps them: a prototype-free record by
 * graph key, each record with the fields it had, in the same order (a tie
 * list is a frozen array, one per list written: shared by the same cities
 * as before). `keys` are the graph's keys, the ones encoded with.
 */
export function decodeIndicators(encoded: EncodedIndicators, keys: readonly string[]): Dict<NodeIndicators> {
  const steps = decodeSteps(encoded, keys);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * {@link decodeIndicators} in slices, pausing when `pacing` says so (asked every {@link STRIDE} nodes). It begins with
 * a pause, as the graph's paced decode does: the caller is often the handler of the message that brought `encoded`.
 */
export async function decodeIndicatorsPaced(encoded: EncodedIndicators, keys: readonly string[], pacing: DecodePacing): Promise<Dict<NodeIndicators>> {
  await pacing.pause();
  const steps = decodeSteps(encoded, keys);
  let step = steps.next();
  while (!step.done) {
    if (pacing.shouldPause()) await pacing.pause();
    step = steps.next();
  }
  return step.value;
}

/** Nodes decoded between two questions to the pacing (about a millisecond of work). */
const STRIDE = 512;

/** The decode as a generator yielding every {@link STRIDE} nodes. */
function* decodeSteps(encoded: EncodedIndicators, keys: readonly string[]): Generator<void, Dict<NodeIndicators>> {
  const { kind, optional, numbers, topFirm, tieList, tieOffsets, tieMembers, countryOffsets, countryCodes, countryNames } = encoded;
  if (kind.length !== keys.length) throw new RangeError(`graph/indicators-codec: ${kind.length} nodes encoded, ${keys.length} keys given`);
  const out = dict<NodeIndicators>();
  const lists: (readonly string[] | undefined)[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (i % STRIDE === STRIDE - 1) yield;
    const k = kind[i]!;
    if (k === NONE) continue;
    const at = i * WIDTH;
    const has = optional[i]!;
    let record: NodeIndicators;
    if (k === CITY) {
      const city: CityIndicators = { type: 'city', projectsUsed: numbers[at]!, firms: numbers[at + 1]!, firmLinks: numbers[at + 2]! };
      if (topFirm[i]! >= 0) city.topFirm = keys[topFirm[i]!]!;
      const l = tieList[i]!;
      if (l >= 0) {
        let list = lists[l];
        if (!list) {
          const members: string[] = [];
          for (let m = tieOffsets[l]!, end = tieOffsets[l + 1]!; m < end; m++) members.push(keys[tieMembers[m]!]!);
          lists[l] = list = Object.freeze(members);
        }
        city.topFirms = list;
      }
      if (has & HAS_SHARE) city.topFirmShare = numbers[at + 3]!;
      if (has & HAS_HHI) city.vendorHhi = numbers[at + 4]!;
      record = city;
    } else if (k === PROJECT) {
      const countryList: string[] = [];
      for (let c = countryOffsets[i]!, end = countryOffsets[i + 1]!; c < end; c++) countryList.push(countryNames[countryCodes[c]!]!);
      const project: ProjectIndicators = {
        type: 'project',
        adoptingCities: numbers[at]!,
        firmsInvolved: numbers[at + 1]!,
        maintainers: numbers[at + 2]!,
        countries: numbers[at + 3]!,
        countryList,
      };
      record = project;
    } else {
      const firm: FirmIndicators = { type: 'firm', citiesReached: numbers[at]!, projectsReached: numbers[at + 1]! };
      if (has & HAS_BROKERAGE) firm.brokerage = numbers[at + 2]!;
      record = firm;
    }
    // A plain assignment: `out` has no prototype, so no key (`__proto__` included) meets an inherited setter,
    // and it is several times cheaper than `setOwn`'s defineProperty over 100,000 keys.
    out[keys[i]!] = record;
  }
  return out;
}

/**
 * The link of each pair of nodes while the graph is built: an open-addressing
 * hash table of link indices keyed by the link's two end indices, in either
 * order. It holds one 32-bit slot per link at a load of at most a half — 8
 * bytes a link, where a `Map` per node held ~40 — and reads the ends from the
 * link columns, so it stores no key of its own.
 */

/** The ends of a link, as node indices. */
export interface LinkEnds {
  source(link: number): number;
  target(link: number): number;
}

export class PairIndex {
  /** Link index + 1 per slot; 0 = empty. */
  private slots = new Int32Array(1024);
  private count = 0;

  constructor(private readonly ends: LinkEnds) {}

  /** The link between nodes `a` and `b` (either order), or −1. */
  get(a: number, b: number): number {
    const { slots, ends } = this;
    const mask = slots.length - 1;
    for (let slot = pairHash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot]!;
      if (held === 0) return -1;
      const link = held - 1;
      const s = ends.source(link);
      const t = ends.target(link);
      if ((s === a && t === b) || (s === b && t === a)) return link;
    }
  }

  /** Records `link` as the link between its ends (not yet in the table). */
  add(link: number): void {
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    this.place(this.slots, link);
    this.count++;
  }

  private place(slots: Int32Array, link: number): void {
    const mask = slots.length - 1;
    let slot = pairHash(this.ends.source(link), this.ends.target(link)) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = link + 1;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    for (const held of old) if (held !== 0) this.place(slots, held - 1);
    this.slots = slots;
  }
}

/** A hash of an unordered pair of node indices (the same for (a, b) and (b, a)). */
function pairHash(a: number, b: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

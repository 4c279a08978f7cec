/**
 * Collision-free node labels, for the map on screen and for figures alike:
 * given candidate labels (a node's centre and radius in pixels, its text and
 * a priority), chooses greedily in priority order the labels whose box meets
 * no label already placed and no node of higher priority (see below), trying
 * the right of the node first and then its left. A node's disc blocks by its
 * core (half its radius, {@link DISC_CORE}): a label may run over the rim of
 * a large disc, never over the middle of a node placed before it, so a
 * cluster of overlapping hubs still gets labels. Long texts are cut with an
 * ellipsis (at most {@link LABEL_MAX_CHARS} characters and, when given, a
 * width in pixels); the whole text is the caller's to show on hover.
 *
 * Greedy placement in priority order is the classic first pass of
 * point-feature labelling (Christensen, Marks & Shieber, "An empirical study
 * of algorithms for point-feature label placement", ACM TOG 14(3), 1995),
 * here with two candidate positions per point, as sigma's renderer draws
 * labels beside the node. Boxes and discs go into a uniform grid of buckets
 * ({@link BoxGrid}), so a frame costs O(n) for n candidates whose labels
 * are a bounded size. Pure: the text width comes from the caller's measurer
 * (a canvas on the page, {@link approxTextWidth} in Node).
 */

/** Priority tiers, highest first: the selection, the hovered node, path and link ends, star aggregates, then every other node (by size). */
export const LABEL_PRIORITY = Object.freeze({ selected: 4, hovered: 3, path: 2, star: 1, node: 0 });

/** Share of a node's radius that later labels may not cover (its core; at least 2 px). */
export const DISC_CORE = 0.5;

/** Longest label text, in characters (the ellipsis included). */
export const LABEL_MAX_CHARS = 28;

/** One node that would like a label. */
export interface LabelCandidate {
  /** The node's key. */
  id: string;
  /** The node's centre and radius, in pixels (y down). */
  x: number;
  y: number;
  r: number;
  /** The whole label. */
  text: string;
  /** A {@link LABEL_PRIORITY} tier; within a tier, larger nodes first, then the order given. */
  priority: number;
}

export interface LabelPlacementOptions {
  /** Label font size in pixels. */
  fontSize: number;
  /** Width in pixels of `text` at `fontSize`. */
  measure(text: string): number;
  /** The frame (0..width, 0..height): a label whose node centre is outside it is not placed, and a label of the plain tier never runs out of it sideways. */
  width?: number;
  height?: number;
  /** Most characters of a label (default {@link LABEL_MAX_CHARS}). */
  maxChars?: number;
  /** Widest label in pixels (default: no limit beyond `maxChars`). */
  maxWidth?: number;
  /** At most this many labels of tier {@link LABEL_PRIORITY}.node (the higher tiers are not counted). Default: no limit. */
  limit?: number;
  /** Space between a node's edge and its label (default 3 px, as sigma draws). */
  gap?: number;
  /** Areas no label may meet (what lies over the map, such as the open legend). */
  obstacles?: readonly LabelBox[];
}

export interface LabelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A label that was placed. */
export interface PlacedLabel {
  id: string;
  /** The text drawn: the whole label, or its start and "…". */
  text: string;
  /** Whether `text` is cut. */
  truncated: boolean;
  /** Left of the node (the text then ends at `x`); otherwise it starts at `x`. */
  left: boolean;
  /** Where the text is drawn: `x` as said above, `y` the node's centre (the text is centred on it). */
  x: number;
  y: number;
  /** The box the label takes, in pixels. */
  box: LabelBox;
}

/** Width of `text` in a system sans-serif at `fontSize` px, by an average glyph width (0.57 em), for places without a canvas. */
export function approxTextWidth(text: string, fontSize: number): number {
  return 0.57 * fontSize * [...text].length;
}

/**
 * `text` cut to at most `maxChars` characters (code points, so a surrogate
 * pair is never split) and, when `maxWidth` is given, to at most that many
 * pixels, ending in "…" when cut.
 */
export function truncateLabel(text: string, measure: (text: string) => number, maxChars = LABEL_MAX_CHARS, maxWidth = Infinity): string {
  const chars = [...text];
  if (chars.length <= maxChars && (maxWidth === Infinity || measure(text) <= maxWidth)) return text;
  // The longest start that fits, by bisection on the number of characters kept.
  let lo = 0;
  let hi = Math.min(chars.length, Math.max(0, maxChars - 1));
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (maxWidth === Infinity || measure(cut(mid)) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/** Whether two boxes meet (touching counts as meeting). */
export function boxesMeet(a: LabelBox, b: LabelBox): boolean {
  return a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;
}

/** Whether a box meets a disc. */
function boxMeetsDisc(b: LabelBox, x: number, y: number, r: number): boolean {
  const dx = x < b.x1 ? b.x1 - x : x > b.x2 ? x - b.x2 : 0;
  const dy = y < b.y1 ? b.y1 - y : y > b.y2 ? y - b.y2 : 0;
  return dx * dx + dy * dy < r * r;
}

/**
 * A uniform grid of buckets over the plane: each item goes into every cell
 * its box covers, and a query looks at the cells its box covers. Written by
 * hand rather than taking an R-tree (rbush) as a new dependency: labels are
 * of bounded size, so fixed cells are as fast and this is a few lines.
 */
class BoxGrid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly cell: number) {}

  add(b: LabelBox, item: T): void {
    const c = this.cell;
    // Cells are numbered on a 2^16-wide lattice, so any reasonable screen or figure maps to distinct keys.
    for (let i = Math.floor(b.x1 / c); i <= Math.floor(b.x2 / c); i++)
      for (let j = Math.floor(b.y1 / c); j <= Math.floor(b.y2 / c); j++) {
        const k = i * 65536 + j;
        const list = this.cells.get(k);
        if (list) list.push(item);
        else this.cells.set(k, [item]);
      }
  }

  some(b: LabelBox, test: (item: T) => boolean): boolean {
    const c = this.cell;
    for (let i = Math.floor(b.x1 / c); i <= Math.floor(b.x2 / c); i++)
      for (let j = Math.floor(b.y1 / c); j <= Math.floor(b.y2 / c); j++) {
        const list = this.cells.get(i * 65536 + j);
        if (list) for (const item of list) if (test(item)) return true;
      }
    return false;
  }
}

/** Candidates in placement order: by tier, then larger nodes, then as given. */
export function labelOrder(candidates: readonly LabelCandidate[]): LabelCandidate[] {
  return candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.priority - a.c.priority || b.c.r - a.c.r || a.i - b.i)
    .map(({ c }) => c);
}

/** Places labels; see the file header. Returns them in placement order (highest priority first). */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelPlacementOptions): PlacedLabel[] {
  const { fontSize, measure } = options;
  const gap = options.gap ?? 3;
  const maxChars = options.maxChars ?? LABEL_MAX_CHARS;
  const width = options.width ?? Infinity;
  const height = options.height ?? Infinity;
  const limit = options.limit ?? Infinity;
  const half = fontSize * 0.6;
  const labels = new BoxGrid<LabelBox>(Math.max(32, fontSize * 6));
  const discs = new BoxGrid<LabelCandidate>(Math.max(32, fontSize * 6));
  for (const o of options.obstacles ?? []) labels.add(o, o);
  const placed: PlacedLabel[] = [];
  let counted = 0;
  for (const c of labelOrder(candidates)) {
    if (!(Number.isFinite(c.x) && Number.isFinite(c.y)) || c.x < 0 || c.y < 0 || c.x > width || c.y > height) continue;
    const r = Math.max(0, c.r);
    const core = (d: LabelCandidate) => Math.max(2, DISC_CORE * Math.max(0, d.r));
    const free = (b: LabelBox) => !labels.some(b, (o) => boxesMeet(o, b)) && !discs.some(b, (d) => d !== c && boxMeetsDisc(b, d.x, d.y, core(d)));
    // This node's core blocks the labels of the nodes after it, whether or not its own label fits.
    const k = core(c);
    discs.add({ x1: c.x - k, y1: c.y - k, x2: c.x + k, y2: c.y + k }, c);
    if (c.priority <= LABEL_PRIORITY.node && counted >= limit) continue;
    if (c.text === '') continue;
    const whole = truncateLabel(c.text, measure, maxChars, options.maxWidth);
    const side = (left: boolean, text: string) => {
      const w = measure(text);
      const box: LabelBox = left
        ? { x1: c.x - r - gap - w - 1, y1: c.y - half, x2: c.x - r - gap + 1, y2: c.y + half }
        : { x1: c.x + r + gap - 1, y1: c.y - half, x2: c.x + r + gap + w + 1, y2: c.y + half };
      return { left, text, box };
    };
    // The right side first (as sigma draws), then the left. The selection, hover, path and stars are never left
    // out: when neither whole label fits in the frame, the text is cut to the room the frame leaves (the wider
    // side first, if it holds at least three ems), and only then does a label run out of the frame.
    const inFrame = (b: LabelBox) => b.x1 >= 0 && b.x2 <= width;
    const wholeSides = [side(false, whole), side(true, whole)];
    const sides = wholeSides.filter((s) => inFrame(s.box));
    if (c.priority > LABEL_PRIORITY.node) {
      const rooms = [
        { left: false, room: width - (c.x + r + gap) - 2 },
        { left: true, room: c.x - r - gap - 2 },
      ].sort((a, b) => b.room - a.room);
      for (const { left, room } of rooms)
        if (Number.isFinite(room) && room >= 3 * fontSize && measure(whole) > room) sides.push(side(left, truncateLabel(c.text, measure, maxChars, room)));
      sides.push(...wholeSides.filter((s) => !inFrame(s.box)));
    }
    const chosen = sides.find((s) => free(s.box));
    if (!chosen) continue;
    const { box, text, left } = chosen;
    labels.add(box, box);
    placed.push({ id: c.id, text, truncated: text !== c.text, left, x: left ? c.x - r - gap : c.x + r + gap, y: c.y, box });
    if (c.priority <= LABEL_PRIORITY.node) counted++;
  }
  return placed;
}

/**
 * The geometry behind fitting the camera clear of what lies over the map
 * (fit-camera.ts): nodes as pixel offsets from a point at ratio 1, a ratio
 * that puts their box in the room the paddings leave, and the search of
 * paddings between the plain margin and the room beside or below each
 * overlay for the closest camera under which no node's disc — and no box
 * drawn with the nodes, such as the geographic layout's labelled strip of
 * nodes without coordinates — meets an overlay. No sigma, no DOM: tested
 * with hand-worked ratios in Node.
 */

/** A rectangle in the map's pixels. */
export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What {@link fitClear} needs: the viewport, and the nodes as pixel offsets from the box's centre at ratio 1. */
export interface FitInput {
  width: number;
  height: number;
  /** [dx0, dy0, dx1, dy1, …]: each node's offset in pixels from the camera's point at ratio 1. */
  offsets: Float64Array;
  /** A node's disc radius in pixels at `ratio`. */
  radius(node: number, ratio: number): number;
  /** [x0, y0, x1, y1, …]: opposite corners of boxes drawn with the nodes, as offsets like `offsets`; fitted and kept clear too. */
  boxes?: Float64Array;
  /** [x0, y0, w0, h0, …]: labels of fixed size in pixels (w × h) whose bottom-left corner is at an offset like `offsets`; kept clear, not fitted. */
  labels?: Float64Array;
  padding: number;
  /** The ratio a camera may really take (sigma's bounds, the minimum). */
  bound(ratio: number): number;
  avoid: readonly Area[];
}

/** A fitted camera in pixels: its ratio, and where the offsets' origin lands (pixels from the viewport's centre). */
export interface PixelFit {
  ratio: number;
  shiftX: number;
  shiftY: number;
}

/** Pixels kept between an overlay and the nearest node's disc. */
export const OVERLAY_GAP = 8;

/** How far each padding goes from the plain margin towards the whole room beside or below an overlay (5 × 5 fits tried). */
const STEPS = [0, 0.25, 0.5, 0.75, 1];

interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The fit with these paddings: the ratio that puts the box in the room left, centred in it. */
function fitWith(input: FitInput, box: Box, pad: Area): PixelFit {
  const { width, height } = input;
  const roomX = Math.max(width - pad.left - pad.right, width / 4);
  const roomY = Math.max(height - pad.top - pad.bottom, height / 4);
  const ratio = input.bound(Math.max((box.maxX - box.minX) / roomX, (box.maxY - box.minY) / roomY));
  return {
    ratio,
    shiftX: (pad.left - pad.right) / 2 - (box.minX + box.maxX) / 2 / ratio,
    shiftY: (pad.top - pad.bottom) / 2 - (box.minY + box.maxY) / 2 / ratio,
  };
}

/** Whether the rectangle [x0, x1] × [y0, y1] (any corner order), grown by `r`, meets an area. */
function rectMeets(x0: number, y0: number, x1: number, y1: number, r: number, areas: readonly Area[]): boolean {
  const [left, right] = x0 < x1 ? [x0, x1] : [x1, x0];
  const [top, bottom] = y0 < y1 ? [y0, y1] : [y1, y0];
  return areas.some((a) => right + r > a.left && left - r < a.right && bottom + r > a.top && top - r < a.bottom);
}

/** Whether any node's disc, box or label, under `fit`, meets an area to avoid. */
function meets(input: FitInput, fit: PixelFit, areas: readonly Area[]): boolean {
  const { offsets, width, height } = input;
  const boxes = input.boxes ?? new Float64Array(0);
  const cx = width / 2 + fit.shiftX;
  const cy = height / 2 + fit.shiftY;
  // A node's disc as rectMeets(x, y, x, y, r) reads it, written out: this loop runs over every node for each fit tried.
  for (let i = 0; i < offsets.length / 2; i++) {
    const x = cx + offsets[2 * i]! / fit.ratio;
    const y = cy + offsets[2 * i + 1]! / fit.ratio;
    const r = input.radius(i, fit.ratio) + OVERLAY_GAP;
    for (const a of areas) if (x + r > a.left && x - r < a.right && y + r > a.top && y - r < a.bottom) return true;
  }
  for (let i = 0; i + 3 < boxes.length; i += 4) {
    const [x0, y0, x1, y1] = [boxes[i]!, boxes[i + 1]!, boxes[i + 2]!, boxes[i + 3]!].map((v, k) => (k % 2 ? cy : cx) + v / fit.ratio);
    if (rectMeets(x0!, y0!, x1!, y1!, OVERLAY_GAP, areas)) return true;
  }
  const labels = input.labels ?? new Float64Array(0);
  for (let i = 0; i + 3 < labels.length; i += 4) {
    const [x, y] = [cx + labels[i]! / fit.ratio, cy + labels[i + 1]! / fit.ratio];
    if (rectMeets(x, y - labels[i + 3]!, x + labels[i + 2]!, y, OVERLAY_GAP, areas)) return true;
  }
  return false;
}

/** The box of the nodes' offsets and the boxes' corners. */
function extent(input: FitInput): Box {
  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const points of [input.offsets, input.boxes ?? new Float64Array(0)])
    for (let i = 0; i + 1 < points.length; i += 2) {
      const [x, y] = [points[i]!, points[i + 1]!];
      box.minX = Math.min(box.minX, x);
      box.maxX = Math.max(box.maxX, x);
      box.minY = Math.min(box.minY, y);
      box.maxY = Math.max(box.maxY, y);
    }
  return Number.isFinite(box.minX) ? box : { minX: 0, maxX: 0, minY: 0, maxY: 0 };
}

/**
 * The closest fit of the nodes (and boxes) with `padding` around them that
 * draws nothing under an area of `avoid`: paddings from the plain margin to
 * the whole room beside (left or right of) and below or above each area,
 * 5 × 5 steps, the smallest ratio that keeps every area clear; the plain fit
 * when none does.
 */
export function fitClear(input: FitInput): PixelFit {
  const { padding: p, width, height } = input;
  const box = extent(input);
  const plain = fitWith(input, box, { left: p, top: p, right: p, bottom: p });
  if (input.avoid.length === 0 || !meets(input, plain, input.avoid)) return plain;
  let best: PixelFit | null = null;
  for (const a of input.avoid) {
    // The room beside the area (on the side with more space) and below or above it.
    const right = a.left + a.right > width;
    const below = a.top + a.bottom < height;
    for (const tx of STEPS)
      for (const ty of STEPS) {
        if (tx === 0 && ty === 0) continue;
        const side = right ? width - a.left + p : a.right + p;
        const vertical = below ? a.bottom + p : height - a.top + p;
        const pad = {
          left: right ? p : p + tx * (side - p),
          right: right ? p + tx * (side - p) : p,
          top: below ? p + ty * (vertical - p) : p,
          bottom: below ? p : p + ty * (vertical - p),
        };
        const fit = fitWith(input, box, pad);
        if ((!best || fit.ratio < best.ratio) && !meets(input, fit, input.avoid)) best = fit;
      }
  }
  return best ?? plain;
}

/**
 * The camera that shows a set of nodes whole, with a margin in pixels, and
 * clear of what lies over the map (the open legend, `data-map-overlay`).
 * Unlike `@sigma/utils`' `fitViewportToNodes` (no margin, and it reads the
 * nodes' raw `x`/`y`), this measures with sigma's own projection
 * (`framedGraphToViewport` with a trial camera): the pixel extent of the
 * nodes at ratio 1 divided by the room the viewport leaves gives the ratio,
 * since screen distances scale with 1 / ratio. To keep an overlay clear it
 * tries a few paddings between the plain margin and the room beside or below
 * the overlay, and keeps the closest camera under which no node's disc meets
 * the overlay (the room beside or below it always qualifies) — a disc-shaped
 * graph leaves the corner under the legend free at the plain fit, a wide one
 * moves left (the pixel geometry is in fit-clear.ts). Boxes drawn with the
 * nodes (the geographic strip and its label, `setHomeBoxes`) are fitted and
 * kept clear too. Sigma has one uniform `stagePadding`, hence this by hand.
 * Also the bounding-box area the filters use to decide whether a change is
 * large enough to refit.
 */
import type Sigma from 'sigma';
import type { CameraState, Coordinates } from 'sigma/types';
import { fitClear, OVERLAY_GAP, type Area } from './fit-clear';
import type { DisplayData, SigmaInternals } from './sigma-internals';

export const FIT_DEFAULTS = {
  /** Pixels kept free on each side of the fitted nodes (their discs and labels). */
  padding: 60,
  /** Never closer than this ratio (a path of two neighbours would fill the screen). */
  minRatio: 0.08,
};

export type FitOptions = Partial<typeof FIT_DEFAULTS> & {
  /** Areas of the map, in its pixels, that no node may be drawn under; default: the open overlays over the map ({@link overlayAreas}). */
  avoid?: readonly Area[];
  /** Boxes in graph coordinates drawn with the nodes, shown whole and kept clear too (default: none). */
  boxes?: readonly HomeBox[];
};

/** The attribute of elements drawn over the map that a fitted camera keeps clear (the legend while open). */
export const MAP_OVERLAY_ATTRIBUTE = 'data-map-overlay';

/** Below this width or height (pixels) the map is not laid out yet: no fit. */
const MIN_MAP_PX = 50;

/** An axis-aligned box in graph (or framed-graph) coordinates. */
interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** A box drawn with the nodes, in graph coordinates, with the size in pixels of a label drawn above its top-left corner (the geographic strip's). */
export interface HomeBox extends Box {
  label?: { width: number; height: number };
}

/** A node's display data as sigma draws it (what the fit reads of it). */
type Drawn = Pick<DisplayData, 'x' | 'y' | 'size' | 'hidden'>;

/**
 * Sigma's display data of `node`, read in place: `getNodeDisplayData` copies the record on each call, which cost
 * ~50–100 ms per pass over 100,000 nodes. Only read here, never written.
 */
function drawn(sigma: Sigma, node: string): Drawn | undefined {
  return (sigma as unknown as SigmaInternals).nodeDataCache[node];
}

/** Bounding box of `nodes` in sigma's framed-graph coordinates; null when none is drawn. */
function framedBox(sigma: Sigma, nodes: Iterable<string>): Box | null {
  let box: Box | null = null;
  for (const node of nodes) {
    const d = drawn(sigma, node);
    if (!d) continue;
    if (!box) box = { minX: d.x, maxX: d.x, minY: d.y, maxY: d.y };
    else {
      box.minX = Math.min(box.minX, d.x);
      box.maxX = Math.max(box.maxX, d.x);
      box.minY = Math.min(box.minY, d.y);
      box.maxY = Math.max(box.maxY, d.y);
    }
  }
  return box;
}

/** Area of the bounding box of `nodes` (framed coordinates, the whole graph ≈ 1); 0 for one node, null for none. */
export function boxArea(sigma: Sigma, nodes: Iterable<string>): number | null {
  const box = framedBox(sigma, nodes);
  return box ? (box.maxX - box.minX) * (box.maxY - box.minY) : null;
}

/** The elements over sigma's container marked {@link MAP_OVERLAY_ATTRIBUTE}. */
function overlays(sigma: Sigma): Element[] {
  return [...(sigma.getContainer().parentElement?.querySelectorAll(`[${MAP_OVERLAY_ATTRIBUTE}]`) ?? [])];
}

/** The visible overlays over sigma's container (siblings marked {@link MAP_OVERLAY_ATTRIBUTE}), in the map's pixels, cut to the map. */
export function overlayAreas(sigma: Sigma): Area[] {
  const container = sigma.getContainer();
  const map = container.getBoundingClientRect();
  const areas: Area[] = [];
  for (const element of overlays(sigma)) {
    const r = element.getBoundingClientRect();
    const area = {
      left: Math.max(0, r.left - map.left),
      top: Math.max(0, r.top - map.top),
      right: Math.min(map.width, r.right - map.left),
      bottom: Math.min(map.height, r.bottom - map.top),
    };
    if (area.right > area.left && area.bottom > area.top) areas.push(area);
  }
  return areas;
}

/** Nodes' display data as the fit reads it: framed position and size, `n` of them (the arrays may be longer). */
interface Points {
  x: Float64Array;
  y: Float64Array;
  size: Float64Array;
  n: number;
}

/** Room for `capacity` {@link Points}. */
function points(capacity: number): Points {
  return { x: new Float64Array(capacity), y: new Float64Array(capacity), size: new Float64Array(capacity), n: 0 };
}

/** Appends a node's display data to `p`. */
function push(p: Points, d: Drawn): void {
  p.x[p.n] = d.x;
  p.y[p.n] = d.y;
  p.size[p.n++] = d.size;
}

/** The camera that shows every node of `nodes` with `padding` pixels around, clear of `avoid`; null when none is drawn. */
export function cameraToFit(sigma: Sigma, nodes: Iterable<string>, options: FitOptions = {}): CameraState | null {
  // Hidden nodes (filtered out) neither count in the box nor need to stay clear of an overlay.
  const shown: Drawn[] = [];
  for (const node of nodes) {
    const d = drawn(sigma, node);
    if (d !== undefined && !d.hidden) shown.push(d);
  }
  const p = points(shown.length);
  for (const d of shown) push(p, d);
  return cameraToFitDrawn(sigma, p, options);
}

/**
 * `sigma.scaleSize(shown[i].size, ratio)` with the zoom factors worked out once per ratio (the fit asks for every
 * node's radius at each of up to 25 ratios): sigma computes `size / zoomToSize(ratio) * m`, and `scaleSize(z, ratio)`
 * is `z / z * m`, exactly `m`; so the same operations in the same order give the same number.
 */
function discRadius(sigma: Sigma, sizes: Float64Array): (i: number, ratio: number) => number {
  const zoomToSize = sigma.getSetting('zoomToSizeRatioFunction');
  let [at, z, m] = [Number.NaN, 1, 1];
  return (i, ratio) => {
    if (ratio !== at) [at, z, m] = [ratio, zoomToSize(ratio), sigma.scaleSize(zoomToSize(ratio), ratio)];
    return z > 0 && Number.isFinite(z) ? (sizes[i]! / z) * m : sigma.scaleSize(sizes[i]!, ratio);
  };
}

/** {@link cameraToFit} of nodes' display data, shown ones only (the whole-graph camera has them at hand). */
function cameraToFitDrawn(sigma: Sigma, shown: Points, options: FitOptions): CameraState | null {
  const { padding, minRatio } = { ...FIT_DEFAULTS, ...options };
  if (shown.n === 0) return null;
  const [x, y] = [shown.x[0]!, shown.y[0]!];
  const trial = { cameraState: { x, y, ratio: 1, angle: 0 } };
  const { width, height } = sigma.getDimensions();
  if (width < MIN_MAP_PX || height < MIN_MAP_PX) return null; // a map not laid out yet has no room to fit into
  // Pixels per framed unit at ratio 1 on each axis (signed: the y axis may point down on screen).
  const origin = sigma.framedGraphToViewport({ x, y }, trial);
  const unit = sigma.framedGraphToViewport({ x: x + 1, y: y + 1 }, trial);
  const sx = unit.x - origin.x;
  const sy = unit.y - origin.y;
  const offsets = new Float64Array(2 * shown.n);
  for (let i = 0; i < shown.n; i++) {
    offsets[2 * i] = (shown.x[i]! - x) * sx;
    offsets[2 * i + 1] = (shown.y[i]! - y) * sy;
  }
  // Boxes' corners: graph → framed coordinates through the trial camera (the same camera both ways).
  const framed = (p: Coordinates) => sigma.viewportToFramedGraph(sigma.graphToViewport(p, trial), trial);
  const boxes = Float64Array.from(
    (options.boxes ?? []).flatMap((b) => {
      const [p, q] = [framed({ x: b.minX, y: b.minY }), framed({ x: b.maxX, y: b.maxY })];
      return [(p.x - x) * sx, (p.y - y) * sy, (q.x - x) * sx, (q.y - y) * sy];
    }),
  );
  // A label sits on the box's top-left corner (graph y grows upward: maxY is the top).
  const labels = Float64Array.from(
    (options.boxes ?? []).flatMap((b) => {
      if (!b.label) return [];
      const p = framed({ x: b.minX, y: b.maxY });
      return [(p.x - x) * sx, (p.y - y) * sy, b.label.width, b.label.height];
    }),
  );
  const camera = sigma.getCamera();
  const fit = fitClear({
    width,
    height,
    offsets,
    boxes,
    labels,
    radius: discRadius(sigma, shown.size.subarray(0, shown.n)),
    padding,
    bound: (ratio) => camera.getBoundedRatio(Math.max(ratio, minRatio)),
    avoid: options.avoid ?? overlayAreas(sigma),
  });
  // Move the camera so the point (x, y) lands `shift` pixels from the viewport's centre.
  if (!(Number.isFinite(fit.ratio) && Number.isFinite(fit.shiftX) && Number.isFinite(fit.shiftY) && sx !== 0 && sy !== 0)) return null;
  return { x: x - (fit.shiftX * fit.ratio) / sx, y: y - (fit.shiftY * fit.ratio) / sy, angle: 0, ratio: fit.ratio };
}

/**
 * The camera of the whole graph: sigma's own (`animatedReset`'s) when no
 * node and no box of {@link setHomeBoxes} (the geographic strip) is drawn
 * under an overlay there, else the closest fit of the nodes that home shows
 * and those boxes, clear of the overlays, with sigma's stage padding as the
 * margin; the fit of every shown node when one lies off sigma's own home (a
 * filter showed nodes outside the map's frame, shown-frame.ts). Remembered
 * as the map's home ({@link atHome}).
 */
export function wholeGraphCamera(sigma: Sigma): CameraState {
  const start = performance.now();
  const camera = clearHome(sigma);
  homes.set(sigma, camera);
  if (performance.getEntriesByName(HOME_TIMING).length > 1000) performance.clearMeasures(HOME_TIMING);
  performance.measure(HOME_TIMING, { start });
  return camera;
}

/** User timing of each working out of the whole-graph camera (~0.1 s at 100,000 nodes before it was made cheaper), for the benchmark and tests. */
export const HOME_TIMING = 'atlas:home-camera';

/** The whole-graph camera last computed, by map. */
const homes = new WeakMap<Sigma, CameraState>();

/** Boxes (graph coordinates) drawn with the nodes that the whole-graph camera shows and keeps clear, by map. */
const homeBoxes = new WeakMap<Sigma, readonly HomeBox[]>();

/** Sets the boxes drawn with the nodes (graph coordinates) that the whole-graph camera shows whole and keeps clear of overlays: the geographic layout's strip with its label. */
export function setHomeBoxes(sigma: Sigma, boxes: readonly HomeBox[]): void {
  homeBoxes.set(sigma, boxes);
}

/** {@link wholeGraphCamera}'s camera. */
function clearHome(sigma: Sigma): CameraState {
  const home = { x: 0.5, y: 0.5, angle: 0, ratio: 1 };
  const avoid = overlayAreas(sigma);
  const { width, height } = sigma.getDimensions();
  if (width < MIN_MAP_PX || height < MIN_MAP_PX) return home;
  // Sigma's projection at home, as a scale and an offset (one matrix, not one per node).
  const at = { cameraState: home };
  const o = sigma.framedGraphToViewport({ x: 0, y: 0 }, at);
  const u = sigma.framedGraphToViewport({ x: 1, y: 1 }, at);
  // One pass over the nodes, into typed arrays (at 100,000 nodes arrays of records and a closure per node cost ~half of it).
  const graph = sigma.getGraph();
  const inView = points(graph.order);
  const shown = points(graph.order);
  let under = false;
  // A shown node off the home picture: the map frames the nodes shown when it was made or laid out (shown-frame.ts), and a filter shows more since.
  let outside = false;
  const cache = (sigma as unknown as SigmaInternals).nodeDataCache;
  const [ax, ay] = [u.x - o.x, u.y - o.y];
  // sigma.scaleSize(size, 1) is size × a factor of the camera's ratio alone: worked out once (the same operations, discRadius).
  const radius = discRadius(sigma, shown.size);
  graph.forEachNode((node) => {
    const d: Drawn | undefined = cache[node];
    if (!d || d.hidden) return;
    const i = shown.n;
    push(shown, d);
    const x = o.x + d.x * ax;
    const y = o.y + d.y * ay;
    if (x < 0 || x > width || y < 0 || y > height) {
      outside = true;
      return;
    }
    push(inView, d);
    if (under) return;
    const r = radius(i, 1) + OVERLAY_GAP;
    for (const a of avoid) if (x + r > a.left && x - r < a.right && y + r > a.top && y - r < a.bottom) under = true;
  });
  const boxes = homeBoxes.get(sigma) ?? [];
  for (const b of boxes) {
    const [p, q] = [sigma.graphToViewport({ x: b.minX, y: b.minY }, at), sigma.graphToViewport({ x: b.maxX, y: b.maxY }, at)];
    const [left, right, top, bottom] = [Math.min(p.x, q.x), Math.max(p.x, q.x), Math.min(p.y, q.y), Math.max(p.y, q.y)];
    const g = OVERLAY_GAP;
    if (!under) under = avoid.some((a) => right + g > a.left && left - g < a.right && bottom + g > a.top && top - g < a.bottom);
    const label = b.label;
    if (label && !under) {
      const c = sigma.graphToViewport({ x: b.minX, y: b.maxY }, at);
      under = avoid.some((a) => c.x + label.width + g > a.left && c.x - g < a.right && c.y + g > a.top && c.y - label.height - g < a.bottom);
    }
  }
  if (!under && !outside) return home;
  return cameraToFitDrawn(sigma, outside ? shown : inView, { padding: sigma.getSetting('stagePadding'), minRatio: 0, avoid, boxes }) ?? home;
}

/** Whether the camera shows the whole graph as it first did (sigma's own home, or the one clear of the legend): share links leave it out. */
export function atHome(sigma: Sigma): boolean {
  const now = sigma.getCamera().getState();
  const near = (a: CameraState) => Math.abs(now.x - a.x) < 5e-5 && Math.abs(now.y - a.y) < 5e-5 && Math.abs(now.ratio - a.ratio) < 5e-5;
  const home = homes.get(sigma);
  return near({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }) || (home !== undefined && near(home));
}

/** How {@link keepHomeClear} starts. */
export interface KeepHomeOptions {
  /** The camera the map started at (default: the camera's state now): the home is worked out only while the camera is there. */
  home?: CameraState;
  /**
   * Works the home out at once instead of after the next frame: every node's display data is framed already (a large
   * map's node fill has written its last slice, and its first frame is still to come), so that frame shows the clear
   * home instead of sigma's own and a second frame (~1.5 s at 100,000 nodes under software WebGL) is saved.
   */
  now?: boolean;
}

/**
 * Keeps the whole-graph camera clear of the overlays while nobody has moved
 * it: at the next frame (once the panels around the map have their size) or
 * at once (`now`), when the map is resized and whenever an overlay changes
 * size (the legend fills in, folds or grows with a new colour). Returns the
 * function that stops watching.
 */
export function keepHomeClear(sigma: Sigma, options: KeepHomeOptions = {}): () => void {
  const camera = sigma.getCamera();
  let home = options.home ?? camera.getState();
  /** Where the overlays were (in the map's pixels) when the home was last worked out. */
  let measured = '';
  const update = () => {
    const now = camera.getState();
    // At home: the camera it set last, or the whole graph's that a reset animated to (a new layout, "Fit to screen").
    const same = now.x === home.x && now.y === home.y && now.ratio === home.ratio && now.angle === home.angle;
    if (camera.isAnimated() || !(same || atHome(sigma))) return;
    measured = overlayKey(sigma);
    camera.setState(wholeGraphCamera(sigma));
    home = camera.getState();
  };
  // Measured after sigma's next render: between a change and its processing, display data may not be framed yet.
  let pending = false;
  const request = () => {
    pending = true;
    sigma.scheduleRender();
  };
  const afterRender = () => {
    if (!pending) return;
    pending = false;
    update();
  };
  sigma.on('afterRender', afterRender);
  // An overlay's first report (its size when observed) or one that moved nothing asks for no new home: at 100,000
  // nodes each costs ~0.1 s (and a frame).
  const observer = new ResizeObserver(() => {
    if (overlayKey(sigma) !== measured) request();
  });
  for (const element of overlays(sigma)) observer.observe(element);
  // The map itself may get its size after the first frame (sigma's resize follows the container).
  sigma.on('resize', request);
  if (options.now) update();
  else request();
  return () => {
    observer.disconnect();
    sigma.off('resize', request);
    sigma.off('afterRender', afterRender);
  };
}

/** The overlays' areas over the map, as a string (equal when they cover the same pixels). */
function overlayKey(sigma: Sigma): string {
  return overlayAreas(sigma)
    .map((a) => `${a.left},${a.top},${a.right},${a.bottom}`)
    .join(';');
}

/** Animates the camera to show `nodes` whole; resolves when the move ends (or is replaced by another). */
export async function fitCamera(sigma: Sigma, nodes: Iterable<string>, options: FitOptions & { duration?: number } = {}): Promise<void> {
  const target = cameraToFit(sigma, nodes, options);
  if (!target) return;
  await sigma.getCamera().animate(target, { duration: options.duration ?? 500 });
}

/**
 * The camera that shows a set of nodes whole, with a margin in pixels. Unlike
 * `@sigma/utils`' `fitViewportToNodes` (no margin, and it reads the nodes'
 * raw `x`/`y`), this measures with sigma's own projection
 * (`framedGraphToViewport` with a trial camera): the pixel extent of the
 * nodes at ratio 1 divided by the room the viewport leaves gives the ratio,
 * since screen distances scale with 1 / ratio. Also the bounding-box area
 * the filters use to decide whether a change is large enough to refit.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

export const FIT_DEFAULTS = {
  /** Pixels kept free on each side of the fitted nodes (their discs and labels). */
  padding: 60,
  /** Never closer than this ratio (a path of two neighbours would fill the screen). */
  minRatio: 0.08,
};

export type FitOptions = Partial<typeof FIT_DEFAULTS>;

interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Bounding box of `nodes` in sigma's framed-graph coordinates; null when none is drawn. */
function framedBox(sigma: Sigma, nodes: Iterable<string>): Box | null {
  let box: Box | null = null;
  for (const node of nodes) {
    const d = sigma.getNodeDisplayData(node);
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

/** The camera that shows every node of `nodes` with `padding` pixels around; null when none is drawn. */
export function cameraToFit(sigma: Sigma, nodes: Iterable<string>, options: FitOptions = {}): CameraState | null {
  const { padding, minRatio } = { ...FIT_DEFAULTS, ...options };
  const box = framedBox(sigma, nodes);
  if (!box) return null;
  const x = (box.minX + box.maxX) / 2;
  const y = (box.minY + box.maxY) / 2;
  const trial = { cameraState: { x, y, ratio: 1, angle: 0 } };
  const a = sigma.framedGraphToViewport({ x: box.minX, y: box.minY }, trial);
  const b = sigma.framedGraphToViewport({ x: box.maxX, y: box.maxY }, trial);
  const { width, height } = sigma.getDimensions();
  const roomX = Math.max(width - 2 * padding, width / 4);
  const roomY = Math.max(height - 2 * padding, height / 4);
  const needed = Math.max(Math.abs(b.x - a.x) / roomX, Math.abs(b.y - a.y) / roomY);
  const camera = sigma.getCamera();
  return { x, y, angle: 0, ratio: camera.getBoundedRatio(Math.max(needed, minRatio)) };
}

/** Animates the camera to show `nodes` whole; resolves when the move ends (or is replaced by another). */
export async function fitCamera(sigma: Sigma, nodes: Iterable<string>, options: FitOptions & { duration?: number } = {}): Promise<void> {
  const target = cameraToFit(sigma, nodes, options);
  if (!target) return;
  await sigma.getCamera().animate(target, { duration: options.duration ?? 500 });
}

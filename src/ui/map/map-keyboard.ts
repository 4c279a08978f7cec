/**
 * The map from the keyboard: while the map element has focus, the arrow keys
 * pan by a fraction of the viewport, "+" (or "=") and "-" zoom in and out
 * around the centre, and "0" fits the whole graph (the same move as the
 * "Fit to screen" button). Each press is a short camera animation; a press during
 * one continues from where that one was going, so holding a key moves
 * steadily instead of restarting from wherever the camera happens to be.
 * Keys go to the map only when it is the focused element itself, never when
 * one is typing in a field, and never with Ctrl, Alt or Meta (Ctrl and "+" is
 * the browser's own zoom). Long-lived: `kill()` removes the listener.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** What the keys need from the map view (src/ui/map/map-view.ts). */
export interface KeyboardTarget {
  readonly sigma: Sigma;
  /** Fits the whole graph (animated). */
  resetCamera(): Promise<void>;
}

/** One arrow press pans by this fraction of the viewport's smaller side. */
export const PAN_FRACTION = 0.2;
/** One "+" press divides the camera ratio by this (one "-" multiplies it). */
export const ZOOM_FACTOR = 1.5;
/** Duration of the animation of one press, in ms. */
export const KEY_MOVE_MS = 150;

/** Viewport offsets (in pixels, as a fraction of the smaller side) of a pan per arrow key: right and down are positive. */
const PAN: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['ArrowLeft', [-1, 0]],
  ['ArrowRight', [1, 0]],
  ['ArrowUp', [0, -1]],
  ['ArrowDown', [0, 1]],
]);
const ZOOM: ReadonlyMap<string, number> = new Map([
  ['+', ZOOM_FACTOR],
  ['=', ZOOM_FACTOR],
  ['-', 1 / ZOOM_FACTOR],
  ['_', 1 / ZOOM_FACTOR],
]);

export interface MapKeyboard {
  kill(): void;
}

/**
 * Listens for keys on `element` (the focusable map container) and moves the
 * camera of the map view returned by `getMapView` (null while no map is shown).
 */
export function mountMapKeyboard(element: HTMLElement, getMapView: () => KeyboardTarget | null): MapKeyboard {
  // Where the last key-driven animation is going; the base of the next press while it runs.
  let goal: { sigma: Sigma; state: CameraState } | null = null;

  const baseState = (sigma: Sigma): CameraState => {
    const camera = sigma.getCamera();
    return goal && goal.sigma === sigma && camera.isAnimated() ? goal.state : camera.getState();
  };
  const moveTo = (sigma: Sigma, state: CameraState) => {
    goal = { sigma, state };
    // A move cut short by the next press resolves quietly.
    void sigma.getCamera().animate(state, { duration: KEY_MOVE_MS, easing: 'quadraticOut' });
  };

  /** The camera state after panning by (dx, dy) viewport pixels from `from`. */
  const panned = (sigma: Sigma, from: CameraState, dx: number, dy: number): CameraState => {
    const { width, height } = sigma.getDimensions();
    const centre = { x: width / 2, y: height / 2 };
    const a = sigma.viewportToFramedGraph(centre, { cameraState: from });
    const b = sigma.viewportToFramedGraph({ x: centre.x + dx, y: centre.y + dy }, { cameraState: from });
    return { ...from, x: from.x + (b.x - a.x), y: from.y + (b.y - a.y) };
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.target !== element || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const view = getMapView();
    if (!view) return;
    const { sigma } = view;
    const pan = PAN.get(e.key);
    const zoom = ZOOM.get(e.key);
    if (pan) {
      const { width, height } = sigma.getDimensions();
      const step = Math.min(width, height) * PAN_FRACTION;
      moveTo(sigma, panned(sigma, baseState(sigma), pan[0] * step, pan[1] * step));
    } else if (zoom) {
      const from = baseState(sigma);
      moveTo(sigma, { ...from, ratio: sigma.getCamera().getBoundedRatio(from.ratio / zoom) });
    } else if (e.key === '0') {
      goal = null;
      void view.resetCamera().catch(() => undefined);
    } else return;
    e.preventDefault();
  };

  element.addEventListener('keydown', onKey);
  element.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight ArrowUp ArrowDown + - 0');
  return {
    kill() {
      element.removeEventListener('keydown', onKey);
      element.removeAttribute('aria-keyshortcuts');
      goal = null;
    },
  };
}

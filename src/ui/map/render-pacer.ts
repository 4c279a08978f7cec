/**
 * Redraws for work written into sigma's programs in slices (the progressive
 * fill, progressive-links.ts, and the sliced restyle, sliced-restyle.ts):
 * a redraw is asked for at most every `renderEveryMs`, and no sooner than
 * twice what the last one held the main thread up — under software WebGL a
 * frame of 10⁵ links costs the main thread seconds, so drawing at a fixed
 * pace would spend the work drawing —, not when the work says it ends
 * sooner than that, and the end waits for the frame that draws the last
 * slice.
 */
import type Sigma from 'sigma';

export interface RenderPacer {
  /**
   * Asks for a redraw if the last one is long enough ago (or at once with
   * `force`). `remainingMs`, the work's own estimate of what is left, skips
   * an intermediate redraw when the last one comes sooner than a redraw's
   * spacing: under software WebGL every frame of a large map is a long task
   * of its own, so a restyle that ends within a frame draws once.
   */
  request(force?: boolean, remainingMs?: number): void;
  /** Resolves after the next frame sigma draws (one is asked for), or at once on `dispose`. */
  nextFrame(): Promise<void>;
  /** Stops listening to sigma; a pending `nextFrame` resolves. */
  dispose(): void;
}

/** A pacer over `sigma`'s frames. */
export function createRenderPacer(sigma: Sigma, renderEveryMs: number): RenderPacer {
  let lastRender = performance.now();
  let renderEvery = renderEveryMs;
  // A frame's cost to the main thread: from sigma's render to the first task after the frame (its commit included).
  let frameStart = 0;
  let disposed = false;
  const waiting = new Set<() => void>();
  const before = () => {
    frameStart = performance.now();
  };
  const after = () => {
    const start = frameStart;
    setTimeout(() => {
      renderEvery = Math.max(renderEveryMs, 2 * (performance.now() - start));
    }, 0);
    for (const resolve of waiting) resolve();
    waiting.clear();
  };
  sigma.on('beforeRender', before);
  sigma.on('afterRender', after);
  return {
    request(force = false, remainingMs?: number) {
      if (disposed || (!force && (performance.now() - lastRender < renderEvery || (remainingMs !== undefined && remainingMs < renderEvery)))) return;
      lastRender = performance.now();
      sigma.scheduleRender();
    },
    nextFrame() {
      if (disposed) return Promise.resolve();
      const frame = new Promise<void>((resolve) => waiting.add(resolve));
      sigma.scheduleRender();
      return frame;
    },
    dispose() {
      disposed = true;
      sigma.off('beforeRender', before);
      sigma.off('afterRender', after);
      for (const resolve of waiting) resolve();
      waiting.clear();
    },
  };
}

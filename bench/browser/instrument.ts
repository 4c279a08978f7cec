/**
 * What the benchmark installs in a page before its scripts run, as plain
 * JavaScript (a string, so no transpiler helper leaks into the page):
 *
 * - the first WebGL draw call after `arm()`: sigma draws its first frame
 *   synchronously inside `new Sigma(…)`, before any `afterRender` listener
 *   can be added from outside, so the draw call is the first frame's time;
 *   the first `afterRender` seen by polling `atlasMap.mapView.sigma` is kept
 *   too (it is the first re-render, later);
 * - the app's store, hooked the moment main.ts assigns `window.atlas`: when a
 *   new dataset arrives, and when it is there with `busy === null`
 *   ("interactive");
 * - a timer probe (a 100 ms interval posting a task: how late the task ran
 *   against the interval's schedule — test/e2e/map.test.ts measures from the
 *   tick instead, which cannot see a long task), when each probe ran, and the
 *   delay of real key events (`now - event.timeStamp`);
 * - the page's long tasks (over 50 ms) after `arm()`, start and duration;
 * - `pan(ms, sigma)`: animates the camera and records rAF frame intervals
 *   and sigma's own render times (beforeRender → afterRender), for at least
 *   `ms` and `minFrames` frames.
 * Everything lands in `window.__bench`, read back with `page.evaluate`.
 */

/** The state read back from `window.__bench`. */
export interface PageMarks {
  armedAt: number;
  firstDraw: number | null;
  firstAfterRender: number | null;
  datasetAt: number | null;
  interactive: number | null;
  probe: number[];
  /** When each probe value was taken (same order as `probe`). */
  probeAt: number[];
  keys: number[];
  longTasks: { start: number; duration: number }[];
}

export interface PanSample {
  intervals: number[];
  renders: number[];
  edgesHidden: boolean;
}

export const INSTRUMENT = String.raw`(() => {
  const b = (window.__bench = {
    armed: true, armedAt: 0, baseline: null, firstDraw: null, firstAfterRender: null,
    datasetAt: null, interactive: null, probe: [], probeAt: [], keys: [], longTasks: [], probeTimer: 0, lastSigma: null,
    renderStart: 0, oldCanvases: new WeakSet(),
  });
  b.arm = () => {
    b.armed = true; b.armedAt = performance.now(); b.firstDraw = null; b.firstAfterRender = null;
    b.datasetAt = null; b.interactive = null; b.longTasks = [];
    for (const canvas of document.querySelectorAll('canvas')) b.oldCanvases.add(canvas);
    b.baseline = window.atlas ? window.atlas.store.get().dataset : null;
  };
  b.marks = () => ({ armedAt: b.armedAt, firstDraw: b.firstDraw, firstAfterRender: b.firstAfterRender,
    datasetAt: b.datasetAt, interactive: b.interactive, probe: b.probe, probeAt: b.probeAt, keys: b.keys, longTasks: b.longTasks });
  if ((PerformanceObserver.supportedEntryTypes || []).includes('longtask'))
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (b.armed) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  for (const proto of [window.WebGLRenderingContext, window.WebGL2RenderingContext].map((c) => c && c.prototype)) {
    if (!proto) continue;
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        if (b.armed && b.firstDraw === null && !b.oldCanvases.has(this.canvas)) b.firstDraw = performance.now();
        return original.apply(this, args);
      };
    }
  }
  const watch = (app) => {
    app.store.subscribe((s, prev) => {
      const now = performance.now();
      if (s.dataset && s.dataset !== prev.dataset && s.dataset !== b.baseline && b.datasetAt === null) b.datasetAt = now;
      if (s.dataset && s.dataset !== b.baseline && s.busy === null && b.interactive === null) b.interactive = now;
    });
  };
  let atlas;
  Object.defineProperty(window, 'atlas', {
    configurable: true, enumerable: true,
    get: () => atlas,
    set: (value) => { atlas = value; watch(value); },
  });
  setInterval(() => {
    const sigma = window.atlasMap && window.atlasMap.mapView && window.atlasMap.mapView.sigma;
    if (!sigma || sigma === b.lastSigma) return;
    b.lastSigma = sigma;
    sigma.on('afterRender', () => {
      if (b.armed && b.firstAfterRender === null && b.datasetAt !== null) b.firstAfterRender = performance.now();
    });
  }, 10);
  window.addEventListener('atlas-bench-probe', (e) => { const now = performance.now(); b.probe.push(now - e.detail); b.probeAt.push(now); });
  window.addEventListener('keydown', (e) => { if (e.key === 'Shift') b.keys.push(performance.now() - e.timeStamp); }, true);
  b.startProbe = () => {
    b.probe = []; b.probeAt = []; b.keys = [];
    clearInterval(b.probeTimer);
    // Lateness against the schedule (previous tick + 100 ms), so a long task is seen, not just the queue behind it.
    let last = performance.now();
    b.probeTimer = setInterval(() => {
      const due = last + 100;
      last = performance.now();
      setTimeout(() => window.dispatchEvent(new CustomEvent('atlas-bench-probe', { detail: due })), 0);
    }, 100);
  };
  b.stopProbe = () => clearInterval(b.probeTimer);
  b.startProbe();
  b.pan = async (ms, sigma, minFrames) => {
    const camera = sigma.getCamera();
    const start = camera.getState();
    const intervals = [], renders = [];
    const before = () => (b.renderStart = performance.now());
    const after = () => renders.push(performance.now() - b.renderStart);
    sigma.on('beforeRender', before);
    sigma.on('afterRender', after);
    let running = true, last = 0;
    const tick = (t) => {
      if (last) intervals.push(t - last);
      last = t;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // There and back until \`ms\` have passed and at least \`minFrames\` frames were drawn (a slow frame can outlast a leg).
    const t0 = performance.now();
    for (let leg = 0; performance.now() - t0 < ms || intervals.length < minFrames; leg++) {
      const out = leg % 2 === 0;
      await camera.animate({ x: start.x + (out ? 0.25 : 0) * start.ratio, y: start.y + (out ? 0.1 : 0) * start.ratio }, { duration: ms / 2, easing: 'linear' });
    }
    running = false;
    sigma.off('beforeRender', before);
    sigma.off('afterRender', after);
    camera.setState(start);
    return { intervals, renders, edgesHidden: !!sigma.getSetting('hideEdgesOnMove') };
  };
})();`;

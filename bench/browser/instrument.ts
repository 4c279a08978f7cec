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
 * - the timer probe of test/e2e/map.test.ts (a task posted every 100 ms,
 *   how late it ran) and the delay of real key events (`now - event.timeStamp`);
 * - `pan(ms, sigma)`: animates the camera and records rAF frame intervals
 *   and sigma's own render times (beforeRender → afterRender).
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
  keys: number[];
}

export interface PanSample {
  intervals: number[];
  renders: number[];
  edgesHidden: boolean;
}

export const INSTRUMENT = String.raw`(() => {
  const b = (window.__bench = {
    armed: true, armedAt: 0, baseline: null, firstDraw: null, firstAfterRender: null,
    datasetAt: null, interactive: null, probe: [], keys: [], probeTimer: 0, lastSigma: null,
    renderStart: 0, oldCanvases: new WeakSet(),
  });
  b.arm = () => {
    b.armed = true; b.armedAt = performance.now(); b.firstDraw = null; b.firstAfterRender = null;
    b.datasetAt = null; b.interactive = null;
    for (const canvas of document.querySelectorAll('canvas')) b.oldCanvases.add(canvas);
    b.baseline = window.atlas ? window.atlas.store.get().dataset : null;
  };
  b.marks = () => ({ armedAt: b.armedAt, firstDraw: b.firstDraw, firstAfterRender: b.firstAfterRender,
    datasetAt: b.datasetAt, interactive: b.interactive, probe: b.probe, keys: b.keys });
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
  window.addEventListener('atlas-bench-probe', (e) => b.probe.push(performance.now() - e.detail));
  window.addEventListener('keydown', (e) => { if (e.key === 'Shift') b.keys.push(performance.now() - e.timeStamp); }, true);
  b.startProbe = () => {
    b.probe = []; b.keys = [];
    clearInterval(b.probeTimer);
    b.probeTimer = setInterval(() => {
      const sent = performance.now();
      setTimeout(() => window.dispatchEvent(new CustomEvent('atlas-bench-probe', { detail: sent })), 0);
    }, 100);
  };
  b.stopProbe = () => clearInterval(b.probeTimer);
  b.startProbe();
  b.pan = async (ms, sigma) => {
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
    const legs = [[0.25, 0], [0.25, 0.25], [-0.25, 0.25], [0, 0]];
    for (const [dx, dy] of legs)
      await camera.animate({ x: start.x + dx * start.ratio, y: start.y + dy * start.ratio }, { duration: ms / legs.length, easing: 'linear' });
    running = false;
    sigma.off('beforeRender', before);
    sigma.off('afterRender', after);
    camera.setState(start);
    return { intervals, renders, edgesHidden: !!sigma.getSetting('hideEdgesOnMove') };
  };
})();`;

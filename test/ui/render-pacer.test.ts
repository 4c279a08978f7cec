/**
 * src/ui/map/render-pacer.ts in Node, over a stand-in for sigma's render
 * events (the pacer only listens to `beforeRender`/`afterRender` and calls
 * `scheduleRender`): redraws are spaced by `renderEveryMs` and by twice the
 * last frame's cost, forced ones always go, and an intermediate redraw is
 * skipped when the work says it ends sooner than a redraw's spacing.
 * Time is vitest's fake clock (performance.now and setTimeout).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type Sigma from 'sigma';
import { createRenderPacer } from '../../src/ui/map/render-pacer';

/** Sigma's render events and `scheduleRender`, counted; `frame(ms)` draws a frame that holds the thread `ms`. */
function fakeSigma() {
  const listeners = new Map<string, Set<() => void>>();
  const emit = (name: string) => {
    for (const f of listeners.get(name) ?? []) f();
  };
  const state = { scheduled: 0 };
  const sigma = {
    on(name: string, f: () => void) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name)!.add(f);
    },
    off(name: string, f: () => void) {
      listeners.get(name)?.delete(f);
    },
    scheduleRender() {
      state.scheduled++;
    },
  };
  const frame = (ms: number) => {
    emit('beforeRender');
    vi.advanceTimersByTime(ms);
    emit('afterRender');
    vi.advanceTimersByTime(0);
  };
  return { sigma: sigma as unknown as Sigma, state, frame, listeners };
}

describe('render pacer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('spaces redraws by renderEveryMs, forced ones aside', () => {
    const { sigma, state } = fakeSigma();
    const pacer = createRenderPacer(sigma, 300);
    pacer.request();
    expect(state.scheduled).toBe(0);
    vi.advanceTimersByTime(310);
    pacer.request();
    expect(state.scheduled).toBe(1);
    pacer.request();
    expect(state.scheduled).toBe(1);
    pacer.request(true);
    expect(state.scheduled).toBe(2);
    pacer.dispose();
  });

  it('waits twice what the last frame cost when that is longer', () => {
    const { sigma, state, frame } = fakeSigma();
    const pacer = createRenderPacer(sigma, 300);
    frame(400);
    vi.advanceTimersByTime(500);
    pacer.request();
    expect(state.scheduled, '900 ms after the start, spacing 800 ms (twice the frame): one redraw').toBe(1);
    vi.advanceTimersByTime(500);
    pacer.request();
    expect(state.scheduled).toBe(1);
    vi.advanceTimersByTime(400);
    pacer.request();
    expect(state.scheduled).toBe(2);
    pacer.dispose();
  });

  it('skips an intermediate redraw when the work ends sooner than the spacing, not a forced one', () => {
    const { sigma, state } = fakeSigma();
    const pacer = createRenderPacer(sigma, 300);
    vi.advanceTimersByTime(1000);
    pacer.request(false, 120);
    expect(state.scheduled, '120 ms of work left < 300 ms: the last frame will show it').toBe(0);
    pacer.request(false, 2000);
    expect(state.scheduled, 'two seconds left: show progress now').toBe(1);
    pacer.request(true, 0);
    expect(state.scheduled).toBe(2);
    pacer.dispose();
  });

  it('nextFrame resolves after the next frame, and at once after dispose', async () => {
    const { sigma, frame, listeners } = fakeSigma();
    const pacer = createRenderPacer(sigma, 300);
    let resolved = false;
    const next = pacer.nextFrame().then(() => {
      resolved = true;
    });
    await Promise.resolve();
    expect(resolved).toBe(false);
    frame(10);
    await next;
    expect(resolved).toBe(true);
    pacer.dispose();
    expect([...listeners.values()].every((set) => set.size === 0)).toBe(true);
    await pacer.nextFrame();
  });
});

import { describe, expect, it } from 'vitest';
import { afterMap } from '../../src/ui/panels/after-map';

/** An element standing in for a panel: its attributes only. */
function panel() {
  const attrs = new Map<string, string>();
  return {
    attrs,
    setAttribute: (k: string, v: string) => attrs.set(k, v),
    removeAttribute: (k: string) => attrs.delete(k),
  } as unknown as Element & { attrs: Map<string, string> };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('afterMap', () => {
  it('afterMap(draw).later() draws once in a later task however often asked, the panel aria-busy meanwhile', async () => {
    const el = panel();
    let draws = 0;
    const drawing = afterMap(() => draws++, el);
    drawing.later();
    drawing.later();
    expect(draws).toBe(0);
    expect(drawing.pending).toBe(true);
    expect(el.attrs.get('aria-busy')).toBe('true');
    await nextTask();
    expect(draws).toBe(1);
    expect(drawing.pending).toBe(false);
    expect(el.attrs.has('aria-busy')).toBe(false);
  });

  it('afterMap(draw).now() draws at once and drops a drawing asked for later; cancel() drops it without drawing', async () => {
    const el = panel();
    let draws = 0;
    const drawing = afterMap(() => draws++, el);
    drawing.later();
    drawing.now();
    expect(draws).toBe(1);
    expect(el.attrs.has('aria-busy')).toBe(false);
    await nextTask();
    expect(draws).toBe(1);
    drawing.later();
    drawing.cancel();
    await nextTask();
    expect(draws).toBe(1);
    expect(el.attrs.has('aria-busy')).toBe(false);
  });
});

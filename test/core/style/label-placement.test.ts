/**
 * core/style/label-placement: no two placed labels meet and no label covers
 * the core of a node placed before it (checked by brute force over seeded
 * random scenes), priorities win, the left side is tried, the frame and the
 * limit are kept, and long labels are cut with an ellipsis.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/random';
import {
  approxTextWidth,
  boxesMeet,
  LABEL_MAX_CHARS,
  LABEL_PRIORITY,
  labelOrder,
  placeLabels,
  truncateLabel,
  type LabelCandidate,
} from '../../../src/core/style/label-placement';

const measure = (text: string) => approxTextWidth(text, 12);
const options = { fontSize: 12, measure };
const node = (id: string, x: number, y: number, r = 4, priority: number = LABEL_PRIORITY.node, text = `label ${id}`): LabelCandidate => ({
  id,
  x,
  y,
  r,
  text,
  priority,
});

/** Whether a box covers a node's core (half its radius, at least 2 px), written out independently of the module. */
function coversCore(b: { x1: number; y1: number; x2: number; y2: number }, c: LabelCandidate): boolean {
  const nx = Math.min(Math.max(c.x, b.x1), b.x2);
  const ny = Math.min(Math.max(c.y, b.y1), b.y2);
  return Math.hypot(nx - c.x, ny - c.y) < Math.max(2, c.r / 2);
}

function randomScene(seed: number, n: number): LabelCandidate[] {
  const rng = createRng(seed);
  const tiers = [LABEL_PRIORITY.node, LABEL_PRIORITY.node, LABEL_PRIORITY.node, LABEL_PRIORITY.star, LABEL_PRIORITY.path, LABEL_PRIORITY.selected];
  return Array.from({ length: n }, (_, i) =>
    node(`n${i}`, rng() * 800, rng() * 600, 1 + rng() * 20, tiers[Math.floor(rng() * tiers.length)]!, 'x'.repeat(1 + Math.floor(rng() * 40))),
  );
}

describe('placeLabels', () => {
  it('placeLabels(random scenes): no two boxes meet, no box covers the core of a node placed before it, each box lies beside its node', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const candidates = randomScene(seed, 40 + seed * 20);
      const placed = placeLabels(candidates, { ...options, width: 800, height: 600 });
      expect(placed.length).toBeGreaterThan(5);
      const byId = new Map(candidates.map((c) => [c.id, c]));
      const order = labelOrder(candidates).map((c) => c.id);
      for (let i = 0; i < placed.length; i++) {
        const a = placed[i]!;
        for (let j = i + 1; j < placed.length; j++) expect(boxesMeet(a.box, placed[j]!.box), `${a.id} meets ${placed[j]!.id} (seed ${seed})`).toBe(false);
        const rank = order.indexOf(a.id);
        for (const before of order.slice(0, rank)) expect(coversCore(a.box, byId.get(before)!), `${a.id} covers ${before} (seed ${seed})`).toBe(false);
        const c = byId.get(a.id)!;
        expect(a.box.y1).toBeLessThan(c.y);
        expect(a.box.y2).toBeGreaterThan(c.y);
        if (a.left) expect(a.box.x2).toBeLessThanOrEqual(c.x - c.r);
        else expect(a.box.x1).toBeGreaterThanOrEqual(c.x + c.r);
        if (c.priority === LABEL_PRIORITY.node) expect(a.box.x1 >= 0 && a.box.x2 <= 800).toBe(true);
      }
    }
  });

  it('the higher tier wins a collision whatever the sizes; within a tier the larger node; then the order given', () => {
    const big = node('big', 100, 100, 30);
    const selected = node('selected', 100, 104, 2, LABEL_PRIORITY.selected, 'a long label that runs over the big node');
    // The selection's label runs over the big node (it goes first); the big node's label then goes left.
    expect(placeLabels([big, selected], options).map((p) => [p.id, p.left])).toEqual([
      ['selected', false],
      ['big', true],
    ]);
    const blocked = node('blocked', 40, 104, 1, LABEL_PRIORITY.node, 'x');
    expect(placeLabels([big, selected, blocked], options).map((p) => p.id)).toEqual(['selected', 'big']);
    const small = node('small', 100, 100, 2);
    const large = node('large', 100, 104, 6);
    expect(placeLabels([small, large], options)[0]!.id).toBe('large');
    // Same size, same tier: the first given goes first (deterministic).
    const a = node('a', 5, 100, 3, LABEL_PRIORITY.node, 'aaaaaaaaaaaaaaaaaaaa');
    const b = node('b', 15, 102, 3, LABEL_PRIORITY.node, 'bbbbbbbbbbbbbbbbbbbb');
    expect(placeLabels([a, b], options).map((p) => p.id)).toEqual(['a']);
    expect(placeLabels([b, a], options).map((p) => p.id)).toEqual(['b']);
  });

  it('a label goes left when the right is taken or would leave the frame; only the higher tiers may run out of it', () => {
    const first = node('first', 100, 100, 4, LABEL_PRIORITY.selected, 'first');
    const second = node('second', 90, 100, 2, LABEL_PRIORITY.node, 'second');
    const [p1, p2] = placeLabels([first, second], options);
    expect(p1).toMatchObject({ id: 'first', left: false, x: 107 });
    expect(p2).toMatchObject({ id: 'second', left: true, x: 85 });
    const edge = placeLabels([node('edge', 790, 50, 4)], { ...options, width: 800, height: 600 });
    expect(edge[0]).toMatchObject({ left: true });
    // Both sides out of a narrow frame: a plain label is left out, the selection's is kept (cut by the edge).
    const narrow = { ...options, width: 60, height: 600 };
    expect(placeLabels([node('plain', 30, 50, 4, LABEL_PRIORITY.node, 'a label wider than the frame')], narrow)).toEqual([]);
    expect(placeLabels([node('sel', 30, 50, 4, LABEL_PRIORITY.selected, 'a label wider than the frame')], narrow)).toMatchObject([{ id: 'sel', left: false }]);
  });

  it('a selected label too long for either side of the frame is cut to the wider room, inside the frame', () => {
    const text = 'a very long selected label that runs far past both edges';
    const frame = { ...options, width: 200, height: 600, maxChars: 80 };
    // Right of the node: 200 − 157 = 43 px; left: 143 px. Both whole boxes run out of the frame (the text is ~380 px).
    const [sel] = placeLabels([node('sel', 150, 50, 4, LABEL_PRIORITY.selected, text)], frame);
    expect(sel).toMatchObject({ id: 'sel', left: true, truncated: true });
    expect(sel!.text.endsWith('…')).toBe(true);
    expect(sel!.box.x1).toBeGreaterThanOrEqual(0);
    expect(sel!.box.x2).toBeLessThanOrEqual(200);
    // The cut keeps as much as the room holds: one more character would not fit.
    const longer = `${[...text]
      .slice(0, [...sel!.text].length)
      .join('')
      .trimEnd()}…`;
    expect(measure(longer)).toBeGreaterThan(150 - 4 - 3 - 2);
    // With the left blocked by a node's core, the narrower right room (41 px, at least three ems) takes the cut.
    const blocker = node('blocker', 60, 50, 12, LABEL_PRIORITY.selected + 1, '');
    const [right] = placeLabels([blocker, node('sel', 150, 50, 4, LABEL_PRIORITY.selected, text)], frame).filter((p) => p.id === 'sel');
    expect(right).toMatchObject({ left: false, truncated: true });
    expect(right!.box.x2).toBeLessThanOrEqual(200);
    // A right room under three ems (16 px) is not cut into: the whole text runs out of the frame, as before.
    const [out] = placeLabels([blocker, node('sel', 175, 50, 4, LABEL_PRIORITY.selected, text)], frame).filter((p) => p.id === 'sel');
    expect(out).toMatchObject({ left: false, truncated: false });
    expect(out!.box.x2).toBeGreaterThan(200);
    // A plain label is still left out rather than cut.
    expect(placeLabels([node('plain', 150, 50, 4, LABEL_PRIORITY.node, text)], frame)).toEqual([]);
  });

  it('nodes outside the frame get no label; limit counts only the plain tier', () => {
    const outside = placeLabels([node('out', -5, 10), node('in', 5, 10)], { ...options, width: 100, height: 100 });
    expect(outside.map((p) => p.id)).toEqual(['in']);
    const spread = Array.from({ length: 10 }, (_, i) => node(`n${i}`, 10, 10 + 30 * i, 10 - i * 0.1));
    const chosen = placeLabels([...spread, node('sel', 300, 10, 1, LABEL_PRIORITY.selected)], { ...options, limit: 3 });
    expect(chosen.map((p) => p.id)).toEqual(['sel', 'n0', 'n1', 'n2']);
    expect(placeLabels(spread, { ...options, limit: 0 })).toEqual([]);
  });

  it('obstacles (the legend over the map) take no label: a label goes to the other side or is left out', () => {
    const legend = { x1: 210, y1: 0, x2: 400, y2: 200 };
    const [p] = placeLabels([node('a', 200, 50, 4, LABEL_PRIORITY.node, 'Comune di Civitavecchia')], { ...options, obstacles: [legend] });
    expect(p).toMatchObject({ id: 'a', left: true });
    expect(
      placeLabels([node('b', 100, 50, 4, LABEL_PRIORITY.node, 'x'.repeat(20))], { ...options, obstacles: [legend, { x1: 0, y1: 0, x2: 95, y2: 200 }] }),
    ).toEqual([]);
  });

  it('a node whose disc sits under a larger node has its label refused, never drawn over its middle; over its rim it may', () => {
    const hub = node('hub', 100, 100, 40);
    const inside = node('inside', 110, 100, 2);
    expect(placeLabels([hub, inside], options).map((p) => p.id)).toEqual(['hub']);
    const rim = node('rim', 100, 135, 2);
    expect(placeLabels([hub, rim], options).map((p) => p.id)).toEqual(['hub', 'rim']);
  });
});

describe('truncateLabel', () => {
  it('truncateLabel(text) keeps short texts and cuts long ones to 28 characters with an ellipsis', () => {
    expect(truncateLabel('Barcelona', measure)).toBe('Barcelona');
    const long = 'Generalitat de Catalunya — Departament de Polítiques Digitals';
    const cut = truncateLabel(long, measure);
    expect([...cut].length).toBeLessThanOrEqual(LABEL_MAX_CHARS);
    // Cut at 27 characters, the space before the ellipsis trimmed.
    expect(cut).toBe('Generalitat de Catalunya —…');
    expect(truncateLabel('x'.repeat(28), measure)).toBe('x'.repeat(28));
    expect(truncateLabel('x'.repeat(29), measure)).toBe(`${'x'.repeat(27)}…`);
  });

  it('truncateLabel(text, measure, max, maxWidth) fits a width in pixels and never splits a surrogate pair', () => {
    const cut = truncateLabel('abcdefghijklmnopqrstuvwxyz', measure, 28, 60);
    expect(measure(cut)).toBeLessThanOrEqual(60);
    expect(measure(`${cut.slice(0, -1)}x…`)).toBeGreaterThan(60);
    const emoji = '🏙️🏙️🏙️🏙️🏙️🏙️🏙️🏙️🏙️🏙️🏙️🏙️🏙️🏙️🏙️🏙️';
    const e = truncateLabel(emoji, measure, 5);
    expect(e.endsWith('…')).toBe(true);
    for (const ch of e) expect(ch.codePointAt(0)! < 0xd800 || ch.codePointAt(0)! > 0xdfff).toBe(true);
  });
});

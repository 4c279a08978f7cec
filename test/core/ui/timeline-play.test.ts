/**
 * The timeline's player (src/ui/panels/timeline-play.ts) in Node with a
 * hand-driven "map": each year is shown only after the previous one was
 * drawn, the play stops at the last year, and Pause stops it between steps.
 */
import { describe, expect, it } from 'vitest';
import { TimelinePlayer } from '../../../src/ui/panels/timeline-play';

/** A map that draws when told: `whenDrawn` promises resolve on `draw()`. */
function fakeMap() {
  const waiting: (() => void)[] = [];
  return {
    whenDrawn: () => new Promise<void>((resolve) => waiting.push(resolve)),
    draw: () => waiting.splice(0).forEach((resolve) => resolve()),
    get waiting() {
      return waiting.length;
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('TimelinePlayer', () => {
  it('play(first, last) shows each year once the previous one was drawn, then stops', async () => {
    const map = fakeMap();
    const shown: number[] = [];
    const states: boolean[] = [];
    const player = new TimelinePlayer({ whenDrawn: map.whenDrawn, show: (y) => shown.push(y), onChange: (p) => states.push(p), dwellMs: 0 });
    const done = player.play(2014, 2017);
    expect(shown).toEqual([2014]);
    expect(player.playing).toBe(true);
    await tick();
    expect(shown).toEqual([2014]); // not drawn yet: no next year
    for (const year of [2015, 2016, 2017]) {
      map.draw();
      await tick();
      await tick();
      expect(shown.at(-1)).toBe(year);
    }
    map.draw();
    await done;
    expect(shown).toEqual([2014, 2015, 2016, 2017]);
    expect(player.playing).toBe(false);
    expect(states).toEqual([true, false]);
  });

  it('pause() stops after the step being drawn', async () => {
    const map = fakeMap();
    const shown: number[] = [];
    const player = new TimelinePlayer({ whenDrawn: map.whenDrawn, show: (y) => shown.push(y), onChange: () => {}, dwellMs: 0 });
    const done = player.play(2010, 2020);
    map.draw();
    await tick();
    await tick();
    expect(shown).toEqual([2010, 2011]);
    player.pause();
    expect(player.playing).toBe(false);
    map.draw();
    await done;
    expect(shown).toEqual([2010, 2011]);
  });
});

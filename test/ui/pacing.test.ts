/**
 * `createPacing`: a slice is due after its time, counted from the work's
 * first question (not from when the pacing was made) and then from each
 * resume; each slice that ends because it was due is a user timing
 * (`atlas:paced-slice`), so a test or a trace reads how long slices ran;
 * a pause the caller asks for between pieces of work is not one; a pause
 * after which the work is no longer wanted rejects with PacingStopped.
 */
import { describe, expect, it } from 'vitest';
import { createPacing, PACED_SLICE, PacingStopped } from '../../src/ui/pacing';

/** Runs the clock on by `ms` without giving the thread back. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

const slices = () => performance.getEntriesByName(PACED_SLICE);

describe('createPacing', () => {
  it('counts the first slice from the first question, measures each due slice, and not a pause asked for', async () => {
    performance.clearMeasures(PACED_SLICE);
    const pacing = createPacing(20);
    spin(60); // the work has not begun yet: this is not part of a slice
    const firstQuestion = performance.now();
    expect(pacing.shouldPause()).toBe(false);
    spin(25);
    expect(pacing.shouldPause()).toBe(true);
    await pacing.pause();
    const resumed = performance.now();
    expect(slices()).toHaveLength(1);
    expect(slices()[0]!.startTime).toBeGreaterThanOrEqual(firstQuestion);
    expect(slices()[0]!.duration).toBeGreaterThanOrEqual(20);
    // The next slice counts from the resume.
    expect(pacing.shouldPause()).toBe(false);
    spin(25);
    expect(pacing.shouldPause()).toBe(true);
    await pacing.pause();
    expect(slices()).toHaveLength(2);
    expect(slices()[1]!.startTime).toBeLessThanOrEqual(resumed);
    // A pause the caller asks for (a task break between pieces of work) is not a slice.
    await pacing.pause();
    expect(slices()).toHaveLength(2);
  });

  it('rejects a pause after which the work is no longer wanted', async () => {
    let stopped = false;
    const pacing = createPacing(40, () => stopped);
    await pacing.pause();
    stopped = true;
    await expect(pacing.pause()).rejects.toBeInstanceOf(PacingStopped);
  });
});

/**
 * Reads a screenshot's pixels (pngjs) so tests can tell a drawn map from a
 * blank one without trusting the page about it.
 */
import { PNG } from 'pngjs';

/** How many pixels have each colour (RGB packed in an integer), and the total. */
function colourCounts(png: Buffer): { counts: Map<number, number>; total: number } {
  const { data } = PNG.sync.read(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts, total: data.length / 4 };
}

/** Share of pixels that differ from the most common colour (the background). */
export function inkShare(png: Buffer): number {
  const { counts, total } = colourCounts(png);
  return (total - Math.max(...counts.values())) / total;
}

/** Number of distinct colours covering at least `minShare` of the image (several node colours drawn?). */
export function distinctColours(png: Buffer, minShare = 0.0005): number {
  const { counts, total } = colourCounts(png);
  return [...counts.values()].filter((c) => c / total >= minShare).length;
}

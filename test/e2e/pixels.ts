/**
 * Reads a screenshot's pixels (pngjs) so tests can tell a drawn map from a
 * blank one without trusting the page about it.
 */
import { PNG } from 'pngjs';

/** Share of pixels that differ from the most common colour (the background). */
export function inkShare(png: Buffer): number {
  const image = PNG.sync.read(png);
  const counts = new Map<number, number>();
  const { data } = image;
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const background = Math.max(...counts.values());
  const total = data.length / 4;
  return (total - background) / total;
}

/** Number of distinct colours (a rough check that several node colours are drawn). */
export function distinctColours(png: Buffer, minShare = 0.0005): number {
  const image = PNG.sync.read(png);
  const counts = new Map<number, number>();
  const { data } = image;
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = data.length / 4;
  return [...counts.values()].filter((c) => c / total >= minShare).length;
}

/**
 * The numbers behind the charts, without DOM: the degree distribution per
 * node type, whether it is skewed enough for log–log axes, and the top N
 * nodes by a measure. Tested in Node (test/core/ui/chart-data.test.ts).
 */

/** How many nodes of one type have each degree, by ascending degree. */
export interface DegreeSeries {
  type: string;
  points: { degree: number; count: number }[];
}

/** A node as the charts see it. */
export interface ChartNode {
  id: string;
  label: string;
  type: string;
  value: number;
}

/** Counts nodes per degree for each type; series ordered as `types` (types without nodes are left out). */
export function degreeDistribution(nodes: Iterable<{ type: string; degree: number }>, types: readonly string[]): DegreeSeries[] {
  const counts = new Map<string, Map<number, number>>();
  for (const { type, degree } of nodes) {
    if (!Number.isFinite(degree)) continue;
    let byDegree = counts.get(type);
    if (!byDegree) counts.set(type, (byDegree = new Map()));
    byDegree.set(degree, (byDegree.get(degree) ?? 0) + 1);
  }
  const order = [...types, ...[...counts.keys()].filter((t) => !types.includes(t)).sort()];
  return order
    .filter((t) => counts.has(t))
    .map((type) => ({
      type,
      points: [...counts.get(type)!].map(([degree, count]) => ({ degree, count })).sort((a, b) => a.degree - b.degree),
    }));
}

/** The median of `values` (NaN when empty). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Whether a degree distribution is skewed enough to draw on log–log axes:
 * max degree / median degree > `ratio` (20), over degrees ≥ 1 (a log axis has
 * no zero; isolates are counted apart).
 */
export function useLogScale(degrees: readonly number[], ratio = 20): boolean {
  const positive = degrees.filter((d) => d >= 1);
  if (positive.length < 2) return false;
  return Math.max(...positive) / median(positive) > ratio;
}

/** The `n` nodes with the largest finite value, largest first; ties by label then id. */
export function topNodes(nodes: readonly ChartNode[], n: number): ChartNode[] {
  return nodes
    .filter((d) => Number.isFinite(d.value))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, n);
}

/** Shortens `text` to `max` characters with an ellipsis. */
export function truncateLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

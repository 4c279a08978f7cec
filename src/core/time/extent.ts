/**
 * The extent of a graph in time, for the timeline: its first and last year,
 * how many links are dated and undated, and the `until` values it could not
 * use; and how many links a window leaves active. Links are those of the
 * whole graph (the timeline's scale does not move with the other filters).
 */
import type { ReadGraph } from '../graph/types';
import { linkSpan, spanActiveIn, untilProblems, type TimeWindow, type UntilProblem } from './activity';

export interface TimelineExtent {
  /** Earliest start year of a link; null when no link is dated. */
  min: number | null;
  /** Latest start or (readable) end year of a dated link; null when no link is dated. */
  max: number | null;
  /** Links with at least one year. */
  dated: number;
  /** Links without a year. */
  undated: number;
  /** Links with an `until` (contracts). */
  withUntil: number;
  /** `until` values that could not be used, in edge order. */
  problems: UntilProblem[];
}

/** Reads the time extent of `graph` (one pass over its links). */
export function timelineExtent(graph: ReadGraph): TimelineExtent {
  let min = Infinity;
  let max = -Infinity;
  let dated = 0;
  let withUntil = 0;
  const problems: UntilProblem[] = [];
  graph.forEachEdge((_edge, attr) => {
    const span = linkSpan(attr);
    if (span.start === null) return;
    dated++;
    if (span.start < min) min = span.start;
    // The last year, not the first, can be the latest: a merged link 2016, 2021.
    const last = attr.years[attr.years.length - 1]!;
    if (last > max) max = last;
    if (span.end !== Infinity) {
      withUntil++;
      if (span.end > max) max = span.end;
    }
    for (const p of untilProblems(attr)) problems.push(p);
  });
  return dated === 0
    ? { min: null, max: null, dated: 0, undated: graph.size, withUntil: 0, problems }
    : { min, max, dated, undated: graph.size - dated, withUntil, problems };
}

/** Dated links of `graph` active in some year of `period`. */
export function countActive(graph: ReadGraph, period: TimeWindow): number {
  let n = 0;
  graph.forEachEdge((_edge, attr) => {
    if (spanActiveIn(linkSpan(attr), period)) n++;
  });
  return n;
}

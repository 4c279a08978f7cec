/**
 * What a load read, in one sentence for the status banner: "761 links,
 * 1,278 nodes, 2 warnings — see Issues.", with the rows left out when some
 * could not be used, and why the projections are empty when no node has a
 * type. Pure, so it is tested in Node.
 */
import type { GraphStats } from '../../core/analysis/report';
import { UNKNOWN_TYPE } from '../../core/graph/types';
import { getOwn } from '../../core/util/dict';

/** The issue counts the summary needs (the report's `issues`). */
export interface IssueCounts {
  errors: number;
  warnings: number;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** True when the graph has nodes and every one is of the unknown type. */
export function isUntyped(stats: Pick<GraphStats, 'nodes' | 'nodesByType'>): boolean {
  return stats.nodes > 0 && getOwn<number>(stats.nodesByType, UNKNOWN_TYPE) === stats.nodes;
}

/** The banner after a load: its kind (a warning when rows were left out or nothing could be typed) and text. */
export function loadSummary(stats: Pick<GraphStats, 'nodes' | 'edges' | 'nodesByType'>, issues: IssueCounts): { kind: 'info' | 'warning'; text: string } {
  let text = `${count(stats.edges, 'link', 'links')}, ${count(stats.nodes, 'node', 'nodes')}`;
  if (issues.errors > 0) text += `; ${count(issues.errors, 'row', 'rows')} could not be used and ${issues.errors === 1 ? 'was' : 'were'} left out`;
  if (issues.warnings > 0) text += `, ${count(issues.warnings, 'warning', 'warnings')}`;
  text += issues.errors + issues.warnings > 0 ? ' — see Issues.' : '.';
  const untyped = isUntyped(stats);
  if (untyped) text += ' No node has a type, so the city, project and firm views are empty.';
  return { kind: issues.errors > 0 || untyped ? 'warning' : 'info', text };
}

/**
 * The first layout and the report's figures read from the builder's columns
 * (what the analysis worker does, making no graphology graph) against the
 * same read from graphology's graph (what the CLI's views and a projection
 * do): equal to the bit on the real catalogues, so the app's map and a
 * report's figure agree. Node ids that look like array indices ("0", "17")
 * are in one graph: an object's integer-like keys iterate in numeric order,
 * which once made a component's link order depend on the graph's kind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalysisInput } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { graphStats, nodeRecords } from '../../../src/core/analysis/report';
import { firstLayout, firstLayoutIterations } from '../../../src/core/layout';

const file = (name: string) => ({ name, text: readFileSync(`data/${name}`, 'utf8') });
const numbered = (): AnalysisInput => {
  const lines = ['source,target,source_type,target_type,weight'];
  for (let i = 0; i < 120; i++) lines.push(`${i},${(i * 7 + 3) % 120},city,city,${1 + (i % 3)}`);
  for (let i = 0; i < 40; i++) lines.push(`x${i},${200 + (i % 5)},city,project,1`);
  return { edges: { name: 'e.csv', text: lines.join('\n') } };
};

const cases: [string, () => AnalysisInput][] = [
  ['default', () => ({ edges: file('default-edges.csv'), nodes: file('default-nodes.csv') })],
  ['municipal', () => ({ edges: file('municipal-edges.csv'), nodes: file('municipal-nodes.csv') })],
  ['DPG', () => ({ edges: file('dpg-edges.csv'), nodes: file('dpg-nodes.csv') })],
  ['numbered ids', numbered],
];

describe('firstLayout and graphStats from the columns', () => {
  it.each(cases)('%s: the same positions, iterations, figures and node records as from graphology’s graph', (_name, input) => {
    const analysis = analyze(input(), resolveAnalysisOptions({}));
    const { columns, graph, network } = analysis;
    expect(firstLayout(columns, network.measures, 1)).toEqual(firstLayout(graph, network.measures, 1));
    // Without measures every component starts from seeded random positions.
    expect(firstLayout(columns, {}, 5)).toEqual(firstLayout(graph, {}, 5));
    expect(firstLayoutIterations(columns)).toEqual(firstLayoutIterations(graph));
    expect(graphStats(columns, network)).toEqual(graphStats(graph, network));
    expect(nodeRecords(columns, network)).toEqual(nodeRecords(graph, network));
  });

  it('counts a merged link under each of its relations, an empty relation as (none)', () => {
    const text =
      'source,target,source_type,target_type,relation\nA,P,city,project,uses\nA,P,city,project,maintains\nB,P,city,project,\nC,P,city,project,uses\n';
    const { columns, graph, network } = analyze({ edges: { name: 'e.csv', text } }, resolveAnalysisOptions({}));
    const stats = graphStats(columns, network);
    expect({ ...stats.edgesByRelation }).toEqual({ uses: 2, '(none)': 1, maintains: 1 });
    expect(stats).toEqual(graphStats(graph, network));
  });
});

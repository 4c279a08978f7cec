/**
 * The links' attributes a ColumnGraph makes (graph/link-reader.ts): the decoded graph's content, with the empty list,
 * the empty `extra` record and single-value lists of small dictionaries shared between reads and links, and frozen.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { decodeGraph, encodeGraph } from '../../../src/core/graph/codec';
import { ColumnGraph } from '../../../src/core/graph/column-graph';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { linkEnd } from '../../../src/core/time/activity';
import { dictFrom, getOwn } from '../../../src/core/util/dict';

function graph(): AtlasGraph {
  const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  for (const id of ['a', 'b', 'c', 'd']) g.addNode(id, { label: id, type: 'city', extra: {} });
  const link = (s: string, t: string, relations: string[], years: number[], extra: [string, string[]][] = []) =>
    g.addEdge(s, t, { weight: 1, relations, years, evidence: [], lines: [1], extra: dictFrom(extra) });
  link('a', 'b', ['uses'], [2020], [['until', ['2024']]]);
  link('a', 'c', ['uses'], [2020], [['until', ['2024']]]);
  link('b', 'c', ['uses', 'maintains'], [2019, 2021]);
  link('c', 'd', [], []);
  return g;
}

describe('the links of a ColumnGraph', () => {
  const g = graph();
  const columns = new ColumnGraph(encodeGraph(g));
  const decoded = decodeGraph(encodeGraph(g));

  it('have the decoded graph’s attributes', () => {
    for (const edge of decoded.edges()) expect(columns.getEdgeAttributes(edge)).toStrictEqual(decoded.getEdgeAttributes(edge));
  });

  it('share the empty list, the empty extra record and single-value lists between reads and links, frozen', () => {
    const [ab, ac, bc, cd] = ['0', '1', '2', '3'].map((e) => columns.getEdgeAttributes(e)) as AtlasEdgeAttributes[];
    expect(ab!.relations).toBe(ac!.relations);
    expect(ab!.relations).toBe(columns.getEdgeAttribute('0', 'relations'));
    expect(ab!.years).toBe(ac!.years);
    expect(getOwn(ab!.extra, 'until')).toBe(getOwn(columns.getEdgeAttributes('0').extra, 'until'));
    expect(cd!.relations).toBe(cd!.years as unknown);
    expect(cd!.extra).toBe(bc!.extra);
    expect(Object.isFrozen(ab!.relations)).toBe(true);
    expect(() => (ab!.relations as string[]).push('x')).toThrow(TypeError);
    // A list of several values is the link's own.
    expect(bc!.relations).not.toBe(columns.getEdgeAttributes('2').relations);
    expect(Object.isFrozen(bc!.relations)).toBe(false);
  });

  it('read the same ends for the same until value, each time', () => {
    expect(linkEnd(columns.getEdgeAttributes('0'))).toBe(2024);
    expect(linkEnd(columns.getEdgeAttributes('1'))).toBe(2024);
    expect(linkEnd(columns.getEdgeAttributes('2'))).toBe(Number.POSITIVE_INFINITY);
  });
});

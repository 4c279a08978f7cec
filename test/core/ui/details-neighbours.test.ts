/** Neighbours grouped by type and relation, with evidence, years and shared nodes. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { nodeKey } from '../../../src/core/graph/node-key';
import { dictFrom } from '../../../src/core/util/dict';
import { compareTypes, groupNeighbours } from '../../../src/ui/panels/details/neighbours';

function edge(relations: string[], extra: Partial<AtlasEdgeAttributes> = {}): AtlasEdgeAttributes {
  return { weight: 1, relations, years: [], evidence: [], lines: [], extra: {}, ...extra };
}

function graph(): AtlasGraph {
  const g = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  const node = (id: string, type: string, label = id) => g.addNode(id, { label, type, extra: {} });
  node('Madrid', 'city', 'Ayuntamiento de Madrid');
  node('CONSUL', 'project', 'CONSUL Democracy');
  node('Decidim', 'project');
  node('Zeta', 'firm');
  node('Alpha', 'firm');
  node('Beta', 'firm');
  node('Agency', 'intermediary');
  g.addEdge('Madrid', 'CONSUL', edge(['develops', 'uses'], { weight: 3, years: [2015, 2016], evidence: ['https://a', 'https://b'] }));
  g.addEdge('Decidim', 'Madrid', edge(['uses']));
  g.addEdge('Zeta', 'Madrid', edge(['provides_services_for']));
  g.addEdge('Madrid', 'Alpha', edge(['provides_services_for']));
  g.addEdge('Beta', 'Madrid', edge(['funds']));
  g.addEdge('Agency', 'Madrid', edge([]));
  return g;
}

describe('details/neighbours', () => {
  it('groupNeighbours groups by type (city, project, firm, others) and relation, largest group first', () => {
    const groups = groupNeighbours(graph(), 'Madrid');
    expect(groups.map((g) => [g.title, g.entries.map((e) => e.id)])).toEqual([
      ['Projects · develops, uses', ['CONSUL']],
      ['Projects · uses', ['Decidim']],
      ['Firms · provides services for', ['Alpha', 'Zeta']],
      ['Firms · funds', ['Beta']],
      ['Intermediaries · linked', ['Agency']],
    ]);
  });

  it('groupNeighbours keeps the link evidence, years, weight and label of each neighbour', () => {
    const consul = groupNeighbours(graph(), 'Madrid')[0]!.entries[0]!;
    expect(consul).toEqual({
      id: 'CONSUL',
      label: 'CONSUL Democracy',
      type: 'project',
      weight: 3,
      years: [2015, 2016],
      evidence: ['https://a', 'https://b'],
      via: [],
    });
  });

  it('groupNeighbours names the shared nodes of a projection through labelOf', () => {
    const g = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    g.addNode('A', { label: 'A', type: 'city', extra: {} });
    g.addNode('B', { label: 'B', type: 'city', extra: {} });
    g.addEdge('A', 'B', edge(['shares project'], { weight: 2, extra: { via: ['d', 'c'], shared: ['2'] } }));
    const labels: Record<string, string> = { d: 'Decidim', c: 'CKAN' };
    const [group] = groupNeighbours(g, 'A', (id) => labels[id] ?? id);
    expect(group!.title).toBe('Cities · shares project');
    expect(group!.entries[0]!.via).toEqual(['Decidim', 'CKAN']);
  });

  it('compareTypes puts known types first in their order', () => {
    expect(['funder', 'firm', 'city', 'agency', 'project'].sort(compareTypes)).toEqual(['city', 'project', 'firm', 'agency', 'funder']);
  });
});

describe('details/neighbours with ids named like Object members', () => {
  it('groupNeighbours names neighbours without a label by their id as written and keeps their graph key to select', () => {
    const g = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    g.addNode(nodeKey('constructor'), { label: '', type: 'city', extra: dictFrom([]) });
    g.addNode(nodeKey('__proto__'), { label: '', type: '__proto__', extra: dictFrom([]) });
    g.addNode(nodeKey('toString'), { label: 'To String Ltd', type: 'firm', extra: dictFrom([]) });
    g.addEdge(nodeKey('constructor'), nodeKey('__proto__'), edge(['valueOf']));
    g.addEdge(nodeKey('constructor'), nodeKey('toString'), edge(['constructor'], { extra: dictFrom([['via', [nodeKey('valueOf')]]]) }));
    const groups = groupNeighbours(g, nodeKey('constructor'));
    expect(groups.map((x) => [x.title, x.entries.map((e) => [e.id, e.label, e.via])])).toEqual([
      ['Firms · constructor', [[nodeKey('toString'), 'To String Ltd', ['valueOf']]]],
      ['__proto__s · valueOf', [[nodeKey('__proto__'), '__proto__', []]]],
    ]);
  });
});

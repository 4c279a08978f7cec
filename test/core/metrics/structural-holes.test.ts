/**
 * Burt's constraint and effective size against networkx 2.8.8 on the four
 * reference graphs (weighted too on lesmis), plus the hand-checkable cases:
 * a star's centre, a closed triad, an isolated node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { resolveParameters, STRUCTURAL_HOLES_DEFAULTS, structuralHoles, structuralHolesDescriptor, buildCsr } from '../../../src/core/metrics';
import { loadReference, REFERENCE_DIR, type ReferenceName } from '../../helpers/reference-graph';

type Values = Record<string, number | null>;
const reference = JSON.parse(readFileSync(join(REFERENCE_DIR, 'structural-holes.json'), 'utf8')) as {
  computed_with: string;
  graphs: Record<string, Record<string, Values>>;
};

function worstDifference(graph: AtlasGraph, actual: Float64Array, expected: Values): number {
  let worst = 0;
  graph.nodes().forEach((node, i) => {
    const want = expected[node];
    if (want === undefined) throw new Error(`no reference value for ${node}`);
    if (want === null) worst = Math.max(worst, Number.isNaN(actual[i]!) ? 0 : Number.POSITIVE_INFINITY);
    else worst = Math.max(worst, Math.abs(actual[i]! - want));
  });
  return worst;
}

describe.each<ReferenceName>(['karate', 'florentine', 'lesmis', 'davis'])('structural holes on %s against networkx', (name) => {
  const { graph } = loadReference(name);
  const expected = reference.graphs[name]!;

  it('structuralHolesDescriptor.run(g) (unweighted by default) gives networkx constraint and effective_size at 1e-9', () => {
    const { values } = structuralHolesDescriptor.run(graph, resolveParameters(structuralHolesDescriptor));
    expect(worstDifference(graph, values['constraint']!, expected['constraint']!)).toBeLessThan(1e-9);
    expect(worstDifference(graph, values['effectiveSize']!, expected['effective_size']!)).toBeLessThan(1e-9);
  });

  if (expected['constraint_weighted'])
    it('structuralHolesDescriptor.run(g, {weighted: true}) gives networkx weighted constraint and effective_size at 1e-9', () => {
      const { values } = structuralHolesDescriptor.run(graph, resolveParameters(structuralHolesDescriptor, { weighted: true }));
      expect(worstDifference(graph, values['constraint']!, expected['constraint_weighted']!)).toBeLessThan(1e-9);
      expect(worstDifference(graph, values['effectiveSize']!, expected['effective_size_weighted']!)).toBeLessThan(1e-9);
    });
});

function small(edges: [string, string, number?][], isolated: string[] = []): AtlasGraph {
  const g: AtlasGraph = new UndirectedGraph();
  for (const id of isolated) g.addNode(id, { label: id, type: 'unknown', extra: {} });
  for (const [s, t, w] of edges) {
    for (const id of [s, t]) if (!g.hasNode(id)) g.addNode(id, { label: id, type: 'unknown', extra: {} });
    g.addEdge(s, t, { weight: w ?? 1, relations: [], years: [], evidence: [], lines: [], extra: {} });
  }
  return g;
}

describe('structuralHoles', () => {
  it('structuralHoles(star) gives the centre constraint 1/k and effective size k, each leaf 1 and 1', () => {
    const g = small([
      ['c', 'a'],
      ['c', 'b'],
      ['c', 'd'],
      ['c', 'e'],
    ]);
    const { constraint, effectiveSize } = structuralHoles(buildCsr(g, null));
    const at = (k: string) => g.nodes().indexOf(k);
    expect(constraint[at('c')]).toBeCloseTo(0.25, 15);
    expect(effectiveSize[at('c')]).toBe(4);
    expect(constraint[at('a')]).toBe(1);
    expect(effectiveSize[at('a')]).toBe(1);
  });

  it('structuralHoles(triangle) gives each node (1/2 + 1/4)² · 2 = 1.125 and effective size 1; an isolated node NaN', () => {
    const g = small(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ],
      ['z'],
    );
    const { constraint, effectiveSize } = structuralHoles(buildCsr(g, null));
    const at = (k: string) => g.nodes().indexOf(k);
    expect(constraint[at('a')]).toBeCloseTo(1.125, 15);
    expect(effectiveSize[at('a')]).toBe(1);
    expect(constraint[at('z')]).toBeNaN();
    expect(effectiveSize[at('z')]).toBeNaN();
  });

  it('STRUCTURAL_HOLES_DEFAULTS is the descriptor default: unweighted, as networkx', () => {
    expect(resolveParameters(structuralHolesDescriptor)).toEqual({ ...STRUCTURAL_HOLES_DEFAULTS });
    expect(STRUCTURAL_HOLES_DEFAULTS.weighted).toBe(false);
  });
});

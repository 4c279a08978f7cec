/**
 * readEdges' defaultTypes: "the first column lists cities, the second
 * projects" types every node of an untyped edges file, a row's own type
 * wins, and the option travels from the analysis options to the graph.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { readEdges } from '../../../src/core/csv';

const UNTYPED = 'Municipality,Software\nAarhus,Decidim\nGhent,Decidim\nGhent,CKAN\n';

describe('readEdges(text, { defaultTypes })', () => {
  it('fills the source and target types of rows that give none', () => {
    const { rows } = readEdges('source,target\nA,B\n', { file: 'e.csv', defaultTypes: { source: ' City ', target: 'project' } });
    expect(rows.map((r) => [r.sourceType, r.targetType])).toEqual([['city', 'project']]);
  });
  it("keeps a row's own type, and ignores an empty or absent default", () => {
    const { rows } = readEdges('source,target,source_type,target_type\nA,B,firm,\nC,D,,\n', {
      file: 'e.csv',
      defaultTypes: { source: 'city', target: '' },
    });
    expect(rows.map((r) => [r.sourceType, r.targetType])).toEqual([
      ['firm', undefined],
      ['city', undefined],
    ]);
  });
});

describe('analyze with defaultTypes', () => {
  it('types an untyped file by column, so its projections have nodes', () => {
    const input = { edges: { name: 'partners.csv', text: UNTYPED } };
    const edgeMapping = { source: 'Municipality', target: 'Software' };
    const untyped = analyze(input, resolveAnalysisOptions({ edgeMapping }));
    expect(new Set(untyped.graph.mapNodes((_k, a) => a.type))).toEqual(new Set(['unknown']));
    const typed = analyze(input, resolveAnalysisOptions({ edgeMapping, defaultTypes: { source: 'city', target: 'project' } }));
    expect(typed.graph.mapNodes((k, a) => `${k}:${a.type}`).sort()).toEqual(['Aarhus:city', 'CKAN:project', 'Decidim:project', 'Ghent:city']);
    expect(typed.issues.countsByCode.has('type-missing')).toBe(false);
  });
});

/**
 * A tie for a city's top vendor is a tie everywhere: the `topFirm` column of
 * every export names each tied firm (ids, `; ` between them), the JSON keeps
 * `topFirms` as ids, and a city with one top firm is written as before.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/analysis/report';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { exportedIndicators, nodeColumns, TIE_SEPARATOR } from '../../../src/core/export/columns';
import { nodeKey } from '../../../src/core/graph/node-key';

// C uses P, worked on by F and __proto__ (one link each): a tie. D uses Q, worked on by F only.
const csv = 'source,source_type,target,target_type\nC,city,P,project\nF,firm,P,project\n__proto__,firm,P,project\nD,city,Q,project\nF,firm,Q,project\n';
const analysis = analyze({ edges: { name: 'e.csv', text: csv } }, resolveAnalysisOptions({}));

describe('top vendor ties', () => {
  it('computeIndicators holds every tied firm in topFirms (by key), topFirm the first', () => {
    expect(analysis.indicators.get('C')).toMatchObject({ topFirms: [nodeKey('__proto__'), 'F'].sort(), topFirmShare: 0.5 });
    expect(analysis.indicators.get('D')).toMatchObject({ topFirm: 'F', topFirms: ['F'], topFirmShare: 1 });
  });

  it('nodeColumns writes the topFirm cell as every tied firm id joined with "; ", and no topFirms column', () => {
    const graph = analysis.graph;
    const indicators = Object.fromEntries(analysis.indicators);
    const columns = nodeColumns(
      graph.mapNodes((key, attributes) => ({ key, attributes })),
      { measures: { keys: [], values: {} }, indicators },
    );
    expect(columns.map((c) => c.name)).not.toContain('topFirms');
    const topFirm = columns.find((c) => c.name === 'topFirm')!;
    const cell = (id: string) => topFirm.value({ key: nodeKey(id), attributes: graph.getNodeAttributes(nodeKey(id)) });
    expect(TIE_SEPARATOR).toBe('; ');
    expect(String(cell('C')).split(TIE_SEPARATOR).sort()).toEqual(['F', '__proto__']);
    expect(cell('D')).toBe('F');
  });

  it('exportedIndicators and the report write topFirm and topFirms as node ids', () => {
    const row = exportedIndicators(analysis.indicators.get('C')!);
    expect(row).toMatchObject({ type: 'city' });
    expect(row.type === 'city' && [...row.topFirms!].sort()).toEqual(['F', '__proto__']);
    const report = buildReport(analysis, new Date(0));
    const c = report.indicators['C']!;
    expect(c.type === 'city' && [...c.topFirms!].sort()).toEqual(['F', '__proto__']);
    expect(c.type === 'city' && c.topFirm).toBe(row.type === 'city' ? row.topFirm : 'unreachable');
  });
});

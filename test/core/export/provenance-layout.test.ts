/** Tests of what an export's provenance says of its layout: the iterations that ran, per component when components were laid out apart. */
import { describe, expect, it } from 'vitest';
import { buildProvenance, provenanceLines } from '../../../src/core/export/provenance';
import { defaultAnalysis, NOW } from './default-dataset';

const layoutLine = (iterations?: number | number[]) => {
  const p = buildProvenance({
    report: defaultAnalysis().report,
    view: 'network',
    layout: { kind: 'force', seed: 7, ...(iterations !== undefined ? { iterations } : {}) },
    now: NOW,
  });
  return { p, line: provenanceLines(p).find((l) => l.startsWith('Layout: ')) };
};

describe('export/provenance layout', () => {
  it('buildProvenance states the largest component’s iterations and the spread over the components laid out apart', () => {
    const { p, line } = layoutLine([23, 45, 500]);
    expect(p.layout).toEqual({ kind: 'force', seed: 7, iterations: 23, components: { count: 3, fewest: 23, most: 500 } });
    expect(line).toBe('Layout: force, seed 7, 23 iterations on the largest of 3 components laid out apart (23–500 each)');
    expect(JSON.parse(JSON.stringify(p.layout))).toEqual(p.layout);
  });

  it('buildProvenance with one component, a plain number, none laid out, or no iterations', () => {
    expect(layoutLine([212])).toMatchObject({ p: { layout: { kind: 'force', seed: 7, iterations: 212 } }, line: 'Layout: force, seed 7, 212 iterations' });
    expect(layoutLine([212]).p.layout.components).toBeUndefined();
    expect(layoutLine(40).line).toBe('Layout: force, seed 7, 40 iterations');
    expect(layoutLine([]).line).toBe('Layout: force, seed 7, 0 iterations');
    expect(layoutLine().line).toBe('Layout: force, seed 7');
  });
});

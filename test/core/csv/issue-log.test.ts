import { describe, expect, test } from 'vitest';
import { MAX_DETAILED_ISSUES, readEdges } from '../../../src/core/csv';

describe('readEdges with many issues', () => {
  test('readEdges(text) counts every issue and keeps the first 1,000 in detail', () => {
    const lines = ['source,target,weight'];
    for (let i = 0; i < 1500; i++) lines.push(i % 3 === 0 ? `n${i},n${i},1` : `n${i},m${i},-${i + 1}`);
    for (let i = 0; i < 10; i++) lines.push(`good${i},other${i},1`);
    const result = readEdges(lines.join('\n'), { file: 'edges.csv' });

    expect(result.rows).toHaveLength(10);
    expect(result.recordCount).toBe(1510);
    const log = result.issues;
    expect([log.total, log.errors, log.warnings, log.truncated]).toEqual([1500, 1500, 0, true]);
    expect(log.detailed).toHaveLength(MAX_DETAILED_ISSUES);
    expect(log.toJSON().byCode).toEqual({
      'self-loop': { severity: 'error', count: 500 },
      'weight-not-positive': { severity: 'error', count: 1000 },
    });
    expect(log.detailed[0]!.line).toBe(2);
    expect(log.detailed[999]!.line).toBe(1001);
  });
});

/**
 * `analyze --out` writes its report in chunks (src/cli/report-json.ts): the
 * file must hold exactly `JSON.stringify(report, null, 1)` and a line feed,
 * on a real dataset with a projection (large node lists and indicators) and
 * on ids named like Object members.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analysis/analyze';
import { ANALYSIS_DEFAULTS } from '../../src/core/analysis/options';
import { buildReport } from '../../src/core/analysis/report';
import { reportJsonChunks } from '../../src/cli/report-json';
import { root } from './run-atlas';

const text = (name: string) => ({ name, text: readFileSync(`${root}data/${name}`, 'utf8') });

describe('reportJsonChunks', () => {
  it('writes JSON.stringify(report, null, 1) of the municipal catalogue with its city projection, in chunks', () => {
    const analysis = analyze(
      { edges: text('municipal-edges.csv'), nodes: text('municipal-nodes.csv') },
      { ...ANALYSIS_DEFAULTS, projection: { keep: 'city', maxViaMembers: 500 } },
    );
    const report = buildReport(analysis);
    const chunks = [...reportJsonChunks(report)];
    expect(report.nodes.length).toBeGreaterThan(1_000);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(`${JSON.stringify(report, null, 1)}\n`);
  });

  it('keeps ids named like Object members as plain keys', () => {
    const rows = ['source,source_type,target,target_type', '__proto__,city,constructor,project', 'toString,city,constructor,project'];
    for (let i = 0; i < 1_200; i++) rows.push(`city ${i},city,project ${i % 7},project`);
    const report = buildReport(analyze({ edges: { name: 'e.csv', text: rows.join('\n') } }, ANALYSIS_DEFAULTS));
    expect([...reportJsonChunks(report)].join('')).toBe(`${JSON.stringify(report, null, 1)}\n`);
  });
});

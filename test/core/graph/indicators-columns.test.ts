/**
 * The co-production indicators and firm brokerage computed from the
 * builder's columns (as `analyze` now computes them, without graphology's
 * graph) equal those computed from the graphology graph made of the same
 * columns: on the default, municipal and DPG data, and on a repeated pair
 * whose later row says `maintains` (a merged link) with ids named like
 * Object members.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firmBrokerage } from '../../../src/core/analysis/analyze';
import { readAndBuild } from '../../../src/core/graph/read-and-build';
import { computeIndicators } from '../../../src/core/graph/indicators';

const data = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');

function built(edges: string, nodes?: string) {
  return readAndBuild({ edges: { name: 'e', text: edges }, ...(nodes ? { nodes: { name: 'n', text: nodes } } : {}) }, {}).built;
}

function expectSame(b: ReturnType<typeof built>) {
  const { columns, graph } = b;
  const fromGraph = computeIndicators(graph, firmBrokerage(graph));
  const fromColumns = computeIndicators(columns, firmBrokerage(columns, columns.csr(null)));
  expect([...fromColumns]).toEqual([...fromGraph]);
  return fromColumns;
}

describe('computeIndicators and firmBrokerage from the columns', () => {
  for (const set of ['default', 'municipal', 'dpg'])
    it(`equal those from graphology's graph on the ${set} data`, () => {
      const out = expectSame(built(data(`${set}-edges.csv`), data(`${set}-nodes.csv`)));
      expect(out.size).toBeGreaterThan(100);
    });

  it('count a maintaining relation that a link gets from a later row (a merged link), with ids named like Object members', () => {
    const csv = [
      'source,source_type,target,target_type,relation',
      'Acme,firm,Decidim,project,uses',
      'Acme,firm,Decidim,project,maintains',
      'Beta,firm,Decidim,project,develops',
      'Roma,city,Decidim,project,uses',
      'constructor,firm,__proto__,project,maintains',
      'toString,city,__proto__,project,uses',
    ].join('\n');
    const out = expectSame(built(csv));
    expect(out.get('Decidim')).toMatchObject({ type: 'project', maintainers: 2, adoptingCities: 1, firmsInvolved: 2 });
  });
});

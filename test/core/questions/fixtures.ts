/**
 * Shared inputs of the question tests: a hand-made network read through the
 * real analysis (so indicators and measures are the app's), and the default
 * dataset's analysis, computed once per test file.
 */
import { readFileSync } from 'node:fs';
import { analyze, type Analysis } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';

/** The analysis of an edges CSV given as text. */
export function analyzeCsv(text: string): Analysis {
  return analyze({ edges: { name: 'e.csv', text } }, resolveAnalysisOptions({}));
}

/** The analysis of the default dataset (edges and nodes). */
export function analyzeDefault(): Analysis {
  const data = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
  return analyze(
    { edges: { name: 'default-edges.csv', text: data('default-edges.csv') }, nodes: { name: 'default-nodes.csv', text: data('default-nodes.csv') } },
    resolveAnalysisOptions({}),
  );
}

/**
 * Cities A, B, C use P; F1 and F2 maintain P (F1 develops it too); B also
 * contracts F3 directly. D uses Q, which F4 maintains alone; E uses Q and
 * co-develops R with F4; R is also used by D. Years on A–P (2019), B–P (2020),
 * C–P (2020).
 */
export const HAND_MADE = `source,source_type,target,target_type,relation,year
A,city,P,project,uses,2019
B,city,P,project,uses,2020
C,city,P,project,uses,2020
F1,firm,P,project,maintains,
F1,firm,P,project,develops,
F2,firm,P,project,maintains,
B,city,F3,firm,provides_services_for,
D,city,Q,project,uses,
E,city,Q,project,uses,
F4,firm,Q,project,maintains,
E,city,R,project,develops,
D,city,R,project,uses,
F4,firm,R,project,develops,
`;

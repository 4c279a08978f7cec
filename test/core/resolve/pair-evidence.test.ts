/**
 * pairEvidence and the duplicates panel's decisions on a small catalogue
 * with "Comune di Lecco" / "Lecco", a firm named `constructor` beside
 * "Constructor S.r.l.", and the hard negative Comune di Lecce: the evidence
 * side by side (shared neighbours counted by hand, the distance against a
 * haversine written here), the merged pairs as an aliases file that follows
 * a loaded one, and that file merging the nodes when analysed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze, type AnalysisInput } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { readInputRows } from '../../../src/core/analysis/read-input';
import { buildGraph } from '../../../src/core/graph/build';
import { nodeKey } from '../../../src/core/graph/node-key';
import { readAliases } from '../../../src/core/resolve/aliases';
import { findDuplicates } from '../../../src/core/resolve/find-duplicates';
import { pairEvidence } from '../../../src/core/resolve/pair-evidence';
import { acceptedAliases, combinedAliasesCsv, type Decision, mergedNote, pairId } from '../../../src/ui/panels/duplicates/decisions';
import { buildReport } from '../../../src/core/analysis/report';

const fixture = (name: string) => ({ name, text: readFileSync(new URL(`../../fixtures/resolve/${name}`, import.meta.url), 'utf8') });
const input: AnalysisInput = { edges: fixture('lecco-edges.csv'), nodes: fixture('lecco-nodes.csv') };
const options = resolveAnalysisOptions({});

function found() {
  const rows = readInputRows(input, options);
  const { graph } = buildGraph({ edges: { file: rows.edges.file, rows: rows.edges.rows }, nodes: { file: rows.nodes!.file, rows: rows.nodes!.rows } });
  return { graph, pairs: findDuplicates(graph).pairs.map((p) => pairEvidence(graph, p)) };
}

/** Great-circle distance by the haversine formula, mean Earth radius 6371.0088 km. */
function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const s = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(s));
}

describe('pairEvidence', () => {
  test('lists Lecco and constructor pairs, not Lecce, with both sides and what they share', () => {
    const { pairs } = found();
    expect(pairs.map((p) => [p.a.id, p.b.id].sort())).toEqual([
      ['Comune di Lecco', 'Lecco'],
      ['Constructor S.r.l.', 'constructor'],
    ]);
    const lecco = pairs[0]!;
    expect(lecco.shared).toBe(1); // Decidim
    expect([lecco.a.links, lecco.b.links].sort()).toEqual([1, 2]);
    expect(lecco.distanceKm).toBeCloseTo(haversine(45.8566, 9.3977, 45.85, 9.39), 6);
    expect(lecco.a.url ?? lecco.b.url).toBe('https://www.comune.lecco.it');
    // What each side is linked to, best-linked first (Decidim has 4 links in the file, GlobaLeaks 3).
    const sides = new Map([lecco.a, lecco.b].map((x) => [x.id, [x.neighbours, x.neighbourCount]]));
    expect(sides.get('Lecco')).toEqual([['Decidim', 'GlobaLeaks'], 2]);
    expect(sides.get('Comune di Lecco')).toEqual([['Decidim'], 1]);
    const firm = pairs[1]!;
    expect(firm.distanceKm).toBeUndefined();
    expect([firm.a.type, firm.b.type]).toEqual(['firm', 'firm']);
    expect([firm.a.key, firm.b.key]).toContain(nodeKey('constructor'));
  });
});

describe('the panel decisions', () => {
  test('merged pairs become an aliases file after the loaded one, and it merges on analysis', () => {
    const { graph, pairs } = found();
    const decisions = new Map<string, Decision>([
      [pairId(pairs[0]!), 'merge'],
      [pairId(pairs[1]!), 'distinct'],
    ]);
    const accepted = acceptedAliases(pairs, decisions, graph);
    // Lecco has two links, Comune di Lecco one: the better-linked id is the canonical.
    expect(accepted).toEqual([{ alias: 'Comune di Lecco', canonical: 'Lecco', score: 1 }]);

    const loaded = { name: 'mine.csv', text: 'alias,canonical\nConstructor S.r.l.,constructor\n' };
    const text = combinedAliasesCsv(loaded, accepted);
    const table = readAliases(text, 'aliases.csv');
    expect([...table.canonicalOf]).toEqual([
      ['Constructor S.r.l.', 'constructor'],
      ['Comune di Lecco', 'Lecco'],
    ]);

    const analysis = analyze({ ...input, aliases: { name: 'aliases.csv', text } }, options);
    expect(analysis.graph.order).toBe(found().graph.order - 2);
    expect(analysis.graph.getNodeAttribute('Lecco', 'extra')['aliases']).toBe('Comune di Lecco');
    expect(analysis.graph.getNodeAttribute(nodeKey('constructor'), 'extra')['aliases']).toBe('Constructor S.r.l.');
    expect(mergedNote(buildReport(analysis))).toBe('2 ids merged by aliases.csv.');
  });

  test('nothing merged: no aliases, and a load without aliases says nothing', () => {
    const { graph, pairs } = found();
    expect(acceptedAliases(pairs, new Map([[pairId(pairs[0]!), 'distinct']]), graph)).toEqual([]);
    expect(mergedNote(buildReport(analyze(input, options)))).toBe('');
  });
});

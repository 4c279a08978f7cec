/**
 * The streamed exports: every writer's chunks, joined, are byte for byte the
 * document the writers built as one string before they streamed
 * (legacy-writers.ts), on the default and the municipal data and on a graph
 * of numeric, Object-member and astral-plane ids; no chunk passes
 * CHUNK_SIZE or ends inside a surrogate pair; the JSON chunks equal
 * `JSON.stringify(exportJson(…), null, 1)`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { buildReport } from '../../../src/core/analysis/report';
import { CHUNK_SIZE } from '../../../src/core/export/chunks';
import { exportEdgesCsvChunks, exportNodesCsvChunks } from '../../../src/core/export/csv';
import { exportGexfChunks, type GexfVersion } from '../../../src/core/export/gexf';
import { exportGraphmlChunks } from '../../../src/core/export/graphml';
import { exportJson, exportJsonChunks } from '../../../src/core/export/json';
import { buildProvenance } from '../../../src/core/export/provenance';
import { nodeKey } from '../../../src/core/graph/node-key';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { nodeColors, nodeSizes } from '../../../src/core/style';
import { dictFrom } from '../../../src/core/util/dict';
import { defaultAnalysis, defaultProvenance, NOW } from './default-dataset';
import { legacyEdgesCsv, legacyGexf, legacyGraphml, legacyJson, legacyNodesCsv } from './legacy-writers';

/** Every chunk, checked against the bound and for a cut surrogate pair. */
function collect(chunks: Iterable<string>): string[] {
  const out = [...chunks];
  out.forEach((chunk, i) => {
    expect(chunk.length).toBeLessThanOrEqual(CHUNK_SIZE);
    const last = chunk.charCodeAt(chunk.length - 1);
    const next = out[i + 1]?.charCodeAt(0) ?? 0;
    expect(last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff).toBe(false);
  });
  return out;
}

interface Case {
  graph: AtlasGraph;
  keys: string[];
  measures: { keys: string[]; values: Record<string, Float64Array> };
  indicators?: Record<string, never>;
  provenance: ReturnType<typeof buildProvenance>;
}

/** Checks every writer against its legacy string on the whole graph and (unless `wholeOnly`) on a visible part and both GEXF versions. */
function expectSameAsLegacy(c: Case, wholeOnly = false) {
  const { graph, measures, provenance } = c;
  const indicators = c.indicators;
  const colors = nodeColors(graph, measures, { kind: 'type' });
  const sizes = nodeSizes(graph, measures, 'degree');
  const positions = Float64Array.from({ length: 2 * measures.keys.length }, (_, i) => (i % 7 === 3 ? NaN : Math.sin(i) * 100));
  const shownNodes = new Set(c.keys.filter((_, i) => i % 3 !== 1));
  const visible = { nodes: shownNodes, edges: new Set(graph.edges().filter((_, i) => i % 4 !== 0)) };
  const sizesSeen: number[] = [];
  const same = (chunks: Iterable<string>, legacy: string) => {
    const parts = collect(chunks);
    sizesSeen.push(parts.length);
    const joined = parts.join('');
    // On a difference, show where it starts rather than two large documents.
    if (joined !== legacy) {
      let at = 0;
      while (joined[at] === legacy[at]) at++;
      expect(joined.slice(Math.max(0, at - 80), at + 80)).toBe(legacy.slice(Math.max(0, at - 80), at + 80));
    }
    expect(createHash('sha256').update(joined).digest('hex')).toBe(createHash('sha256').update(legacy).digest('hex'));
  };
  const parts = wholeOnly ? [undefined] : [undefined, visible];
  for (const version of (wholeOnly ? ['1.3'] : ['1.3', '1.2draft']) as GexfVersion[])
    for (const v of parts) {
      const options = { measures, colors, sizes, positions, provenance, version, ...(v ? { visible: v } : {}), ...(indicators ? { indicators } : {}) };
      same(exportGexfChunks(graph, options), legacyGexf(graph, options));
    }
  for (const v of parts) {
    const common = { measures, provenance, ...(v ? { visible: v } : {}), ...(indicators ? { indicators } : {}) };
    same(exportGraphmlChunks(graph, { ...common, positions }), legacyGraphml(graph, { ...common, positions }));
    same(exportJsonChunks(graph, { ...common, positions }), `${JSON.stringify(legacyJson(graph, { ...common, positions }), null, 1)}\n`);
    if (!wholeOnly) {
      same(exportGraphmlChunks(graph, common), legacyGraphml(graph, common));
      same(exportJsonChunks(graph, common, 2), `${JSON.stringify(exportJson(graph, common), null, 2)}\n`);
    }
    const nodesOptions = { measures, provenance, ...(v ? { visible: v.nodes } : {}), ...(indicators ? { indicators } : {}) };
    same(exportNodesCsvChunks(graph, nodesOptions), legacyNodesCsv(graph, nodesOptions));
    const edgesOptions = { provenance, ...(v ? { visible: v.edges } : {}) };
    same(exportEdgesCsvChunks(graph, edgesOptions), legacyEdgesCsv(graph, edgesOptions));
  }
  return sizesSeen;
}

describe('streamed exports equal the one-string writers', () => {
  it('on the default dataset (every writer, whole and filtered, GEXF 1.3 and 1.2draft)', () => {
    const { analysis, report } = defaultAnalysis();
    const provenance = defaultProvenance(report);
    const measures = { keys: analysis.network.keys, values: analysis.network.measures };
    const indicators = Object.fromEntries(analysis.indicators) as Record<string, never>;
    expectSameAsLegacy({ graph: analysis.graph, keys: analysis.network.keys, measures, indicators, provenance });
  });

  it('on the municipal data (whole graph), whose exports run to many chunks', () => {
    const read = (name: string) => ({ name, text: readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8'), sha256: '0'.repeat(64) });
    const analysis = analyze({ edges: read('municipal-edges.csv'), nodes: read('municipal-nodes.csv') }, resolveAnalysisOptions({}));
    const report = buildReport(analysis, NOW);
    const provenance = defaultProvenance(report);
    const measures = { keys: analysis.network.keys, values: analysis.network.measures };
    const indicators = Object.fromEntries(analysis.indicators) as Record<string, never>;
    const chunkCounts = expectSameAsLegacy({ graph: analysis.graph, keys: analysis.network.keys, measures, indicators, provenance }, true);
    expect(Math.max(...chunkCounts)).toBeGreaterThan(10);
  });

  it('on numeric, Object-member and astral ids, with labels long enough that chunk ends fall inside surrogate pairs', () => {
    const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    const ids = ['12', '3', '__proto__', 'constructor', '4294967295', '007', 'x', '-1', '\uE000k', '😀a'];
    for (let i = 0; i < 120; i++) {
      const id = ids[i % ids.length]! + (i < ids.length ? '' : `#${i}`);
      // An odd-length prefix, then astral characters: pairs straddle many offsets.
      g.addNode(nodeKey(id), { label: `${'é'.repeat(i % 3)}${'😀𝄞'.repeat(900)}`, type: i % 2 ? 'city' : 'firm', extra: dictFrom([['12', `v${i}`]]) });
    }
    const keys = g.nodes();
    for (let i = 1; i < keys.length; i++)
      g.addEdgeWithKey(`${i}`, keys[i - 1]!, keys[(i * 7) % i]!, {
        weight: i,
        relations: ['uses'],
        years: [],
        evidence: ['𝄞'.repeat(i)],
        lines: [i],
        extra: dictFrom([['__proto__', ['p']]]),
      });
    const measures = { keys, values: { degree: Float64Array.from(keys, (k) => g.degree(k)) } };
    const indicators = Object.fromEntries(keys.map((k, i) => [k, { type: 'city', projects: i }])) as unknown as Record<string, never>;
    const provenance = buildProvenance({
      report: buildReport(analyze({ edges: { name: 'e.csv', text: 'source,target\na,b\n', sha256: '' } }, resolveAnalysisOptions({})), NOW),
      view: 'network',
      layout: { kind: 'none', seed: 1 },
      style: { colorBy: 'type', sizeBy: 'degree' },
      now: NOW,
    });
    expectSameAsLegacy({ graph: g, keys, measures, indicators, provenance });
    const chunks = [...exportGexfChunks(g, { measures, colors: new Map(), sizes: new Map(), provenance })];
    // Some chunk had to stop one short so as not to cut a pair.
    expect(chunks.some((c) => c.length === CHUNK_SIZE - 1)).toBe(true);
  });
});

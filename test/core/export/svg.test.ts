/**
 * sceneToSvg and buildScene: snapshot tests in the Observable Plot manner
 * (rendered SVG compared byte for byte with a committed file in
 * test/fixtures/svg/; `UPDATE_SNAPSHOTS=1` writes a missing or changed one),
 * plus checks that the output is well-formed XML (a strict parser reads
 * it), that hidden nodes are absent and that the colours are the map's.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { buildScene } from '../../../src/core/export/scene';
import { snapshotScene } from '../../../src/core/export/scene-snapshot';
import { sceneToSvg } from '../../../src/core/export/svg';
import { wrapHeading } from '../../../src/core/export/svg-legend';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import type { NodeIndicators } from '../../../src/core/graph/indicators';
import { nodeColors } from '../../../src/core/style';
import { NO_FIGURE_COLOR } from '../../../src/core/style/figure-colors';
import { resolveViewSettings } from '../../../src/core/view-settings';
import { xmlError } from './xml-reader';

const fixture = (name: string) => new URL(`../../fixtures/svg/${name}`, import.meta.url);

/** Compares `svg` with the committed snapshot; writes it only when UPDATE_SNAPSHOTS=1. */
function expectSnapshot(svg: string, name: string): void {
  const file = fixture(name);
  if (process.env['UPDATE_SNAPSHOTS'] === '1' && (!existsSync(file) || readFileSync(file, 'utf8') !== svg)) writeFileSync(file, svg);
  if (!existsSync(file)) throw new Error(`no snapshot test/fixtures/svg/${name}: run with UPDATE_SNAPSHOTS=1 to write it, then look at it`);
  expect(svg).toBe(readFileSync(file, 'utf8'));
}

/** Two cities, a project and a firm (one with markup in its label), placed by hand. */
function smallGraph(): AtlasGraph {
  const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  const node = (id: string, type: string, x: number, y: number, label = id) => g.addNode(id, { label, type, extra: {}, x, y });
  node('a', 'city', 0, 0, 'Aachen');
  node('b', 'city', 10, 0, 'Bilbao');
  node('p', 'project', 5, 5, 'Decidim <"&">');
  node('f', 'firm', 5, 10, 'Firm & Co');
  const edge = (s: string, t: string, weight: number, relation: string) =>
    g.addEdge(s, t, { weight, relations: [relation], years: [], evidence: [], lines: [], extra: {} });
  edge('a', 'p', 1, 'uses');
  edge('b', 'p', 4, 'uses');
  edge('f', 'p', 2, 'develops');
  return g;
}

const smallMeasures = (g: AtlasGraph) => ({ keys: g.nodes(), values: { degree: Float64Array.from(g.nodes().map((n) => g.degree(n))) } });

describe('sceneToSvg', () => {
  it('sceneToSvg(buildScene(small graph)) matches its snapshot and is well-formed', () => {
    const g = smallGraph();
    const scene = buildScene({
      graph: g,
      measures: smallMeasures(g),
      settings: { color: { kind: 'type' }, size: 'degree' },
      width: 300,
      height: 200,
      padding: 30,
      title: 'Small & simple',
      caption: 'Data: test · Partnership Atlas',
    });
    const svg = sceneToSvg(scene, { provenance: { tool: 'test', note: 'a ]]> inside' } });
    expect(xmlError(svg)).toBeNull();
    expect(svg).toContain('Decidim &lt;&quot;&amp;&quot;&gt;');
    expect(svg).toContain(']]]]><![CDATA[>');
    expectSnapshot(svg, 'small-graph.svg');
  });

  it('buildScene fits the bounding box: y up in the graph is down in the picture, padding kept', () => {
    const g = smallGraph();
    const scene = buildScene({
      graph: g,
      measures: smallMeasures(g),
      settings: { color: { kind: 'type' }, size: 'degree' },
      width: 300,
      height: 200,
      padding: 30,
    });
    const at = new Map(scene.nodes.map((n) => [n.id, n]));
    expect(at.get('f')!.y).toBeCloseTo(30);
    expect(at.get('a')!.y).toBeCloseTo(170);
    expect(at.get('a')!.x).toBeLessThan(at.get('b')!.x);
    expect(scene.nodes.map((n) => n.shape).sort()).toEqual(['circle', 'circle', 'ring', 'square']);
    // The project has the largest degree: drawn last (on top).
    expect(scene.nodes.at(-1)!.id).toBe('p');
  });

  it('hidden nodes and their links are absent; the legend counts only what is shown', () => {
    const g = smallGraph();
    const scene = buildScene({
      graph: g,
      measures: smallMeasures(g),
      settings: { color: { kind: 'type' }, size: 'degree' },
      visible: { nodes: new Set(['a', 'p', 'f']) },
    });
    const svg = sceneToSvg(scene);
    expect(svg).not.toContain('data-id="b"');
    expect(svg).not.toContain('Bilbao');
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(scene.legend.color.items.find((i) => i.key === 'city')!.count).toBe(1);
  });

  it('node colours are nodeColors, for type and for community', () => {
    const g = smallGraph();
    const measures = { ...smallMeasures(g), values: { ...smallMeasures(g).values, community: Float64Array.from([0, 1, 0, 1]) } };
    for (const colorBy of [{ kind: 'type' as const }, { kind: 'community' as const }]) {
      const colors = nodeColors(g, measures, colorBy);
      const scene = buildScene({ graph: g, measures, settings: { color: colorBy, size: 'degree' } });
      for (const n of scene.nodes) expect(n.color).toBe(colors.get(n.id));
    }
  });

  it('colour by a numeric figure: node colours are nodeColors, the legend names the figure, its bins and "no value (n nodes)"', () => {
    const g = smallGraph();
    const indicators = new Map<string, NodeIndicators>([
      ['a', { type: 'city', projectsUsed: 1, firms: 1, firmLinks: 1, topFirm: 'f', topFirmShare: 1, vendorHhi: 1 }],
      ['b', { type: 'city', projectsUsed: 1, firms: 2, firmLinks: 2, topFirm: 'f', topFirmShare: 0.5, vendorHhi: 0.5 }],
    ]);
    const measures = { ...smallMeasures(g), indicators };
    const color = { kind: 'figure' as const, figure: 'ind:vendorHhi' };
    const colors = nodeColors(g, measures, color);
    const scene = buildScene({ graph: g, measures, settings: { color, size: 'ind:vendorHhi' } });
    for (const n of scene.nodes) expect(n.color).toBe(colors.get(n.id));
    expect(colors.get('f')).toBe(NO_FIGURE_COLOR);
    const svg = sceneToSvg(scene);
    expect(xmlError(svg)).toBeNull();
    // The heading wraps to fit the legend's width.
    expect(svg).toContain('>Colour: Vendor HHI (index</text>');
    expect(svg).toContain('>0–1)</text>');
    expect(svg).toContain('no value <tspan fill="#5b6475">(2 nodes)</tspan>');
    expect(svg).toContain('Size: Vendor HHI');
  });

  it('a viewport transform places nodes exactly and scales sizes (the screen camera)', () => {
    const g = smallGraph();
    const scene = buildScene({
      graph: g,
      measures: smallMeasures(g),
      settings: { color: { kind: 'type' }, size: 'uniform' },
      viewport: (p) => ({ x: p.x * 2, y: 100 - p.y }),
      sizeFactor: 2,
    });
    const a = scene.nodes.find((n) => n.id === 'f')!;
    expect([a.x, a.y, a.r]).toEqual([10, 90, 6]);
  });
});

describe('the default dataset as a figure', () => {
  const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
  const analysis = analyze(
    { edges: { name: 'default-edges.csv', text: read('default-edges.csv') }, nodes: { name: 'default-nodes.csv', text: read('default-nodes.csv') } },
    resolveAnalysisOptions({ seed: 42 }),
  );
  const settings = resolveViewSettings({ view: 'network', color: { kind: 'type' }, size: 'degree', linkColor: 'plain', layout: 'force' });
  const options = { seed: 42, width: 1200, height: 800 };

  it('snapshotScene(default, force layout, seed 42) matches test/fixtures/svg/default-network.svg', () => {
    const svg = sceneToSvg(snapshotScene(analysis, settings, { ...options, title: 'Partnership Atlas: default dataset' }), { provenance: { seed: 42 } });
    expect(xmlError(svg)).toBeNull();
    // Decidim's 62 leaf cities are one aggregated star (stars 30 by default): 282 − 61 nodes, 326 − 61 links.
    expect(svg.match(/data-id=/g)).toHaveLength(221);
    expect(svg.match(/<line /g)).toHaveLength(265);
    expect(svg).toContain('>62 cities use Decidim<');
    expect(svg.match(/<text [^>]*>[^<]/g)!.length).toBeGreaterThanOrEqual(15);
    expectSnapshot(svg, 'default-network.svg');
  });

  it("a figure's labels never meet (boxes at its label size), with 40 labels at 16 px too", () => {
    for (const figure of [settings, { ...settings, labels: { count: 40 }, labelSize: 16 }]) {
      const scene = snapshotScene(analysis, figure, options);
      expect(scene.labelSize).toBe(figure.labelSize);
      const size = figure.labelSize;
      // Boxes from the drawn text (estimated widths, as the scene estimates them), independently of the placement's own.
      const boxes = scene.nodes
        .filter((n) => n.showLabel)
        .map((n) => {
          const w = 0.57 * size * [...(n.labelText ?? n.label)].length;
          const x1 = n.labelLeft ? n.x - n.r - 3 - w : n.x + n.r + 3;
          return { x1, x2: x1 + w, y1: n.y - size / 2, y2: n.y + size / 2, text: n.labelText ?? n.label };
        });
      expect(boxes.length).toBeGreaterThanOrEqual(Math.min(15, figure.labels.count));
      for (const b of boxes) expect([...b.text].length).toBeLessThanOrEqual(28);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `${a.text} / ${b.text}`).toBe(false);
        }
      if (size !== 12) expect(sceneToSvg(scene)).toContain(`paint-order="stroke" font-size="${size}"`);
    }
  });

  it('buildScene({ placedLabels }) labels exactly the nodes given, with their text and side (the labels of the screen)', () => {
    const g = smallGraph();
    const scene = buildScene({
      graph: g,
      measures: smallMeasures(g),
      width: 300,
      height: 200,
      placedLabels: [
        { id: 'b', text: 'Bil…', left: true },
        { id: 'f', text: 'Firm & Co', left: false },
      ],
    });
    const labelled = scene.nodes.filter((n) => n.showLabel).map((n) => [n.id, n.labelText ?? n.label, n.labelLeft ?? false]);
    expect(labelled.sort()).toEqual([
      ['b', 'Bil…', true],
      ['f', 'Firm & Co', false],
    ]);
    expect(sceneToSvg(scene)).toContain('text-anchor="end">Bil…<title>Bilbao</title></text>');
  });

  it('snapshotScene is deterministic, and a different seed gives another picture', () => {
    const one = sceneToSvg(snapshotScene(analysis, settings, options));
    expect(sceneToSvg(snapshotScene(analysis, settings, options))).toBe(one);
    expect(sceneToSvg(snapshotScene(analysis, settings, { ...options, seed: 7 }))).not.toBe(one);
  });
});

describe('wrapHeading', () => {
  it('wrapHeading(text) breaks at spaces to fit 28 characters, keeps a short heading on one line and a long word whole', () => {
    expect(wrapHeading('Colour: node type')).toEqual(['Colour: node type']);
    expect(wrapHeading('Colour: Vendor HHI (index 0–1)')).toEqual(['Colour: Vendor HHI (index', '0–1)']);
    expect(wrapHeading(`Size: ${'x'.repeat(40)}`)).toEqual(['Size:', 'x'.repeat(40)]);
  });
});

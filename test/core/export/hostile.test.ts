/**
 * Every export of a graph whose ids, labels, types, relations and column
 * names are hostile: ids named like Object members (`constructor`,
 * `__proto__`, `toString`…) or starting with U+E000 (graph keys are
 * `nodeKey(id)`), C0 control characters, lone surrogates, U+FFFF, `]]>`,
 * `</script>`, markup, and `_xHHHH_` look-alikes; extra columns called
 * `constructor`, `toString` and `__proto__` that only some nodes and edges
 * have, in records that went through JSON (so they have Object.prototype
 * again). GEXF (1.3 and 1.2draft), GraphML and SVG must be well-formed XML
 * (a strict parser reads them) with every id distinct and decoding back to
 * the original; CSV and JSON must give back the exact values, and empty cells
 * must stay empty.
 */
import Papa from 'papaparse';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { exportEdgesCsv, exportNodesCsv } from '../../../src/core/export/csv';
import { exportGexf, type GexfVersion } from '../../../src/core/export/gexf';
import { exportGraphml } from '../../../src/core/export/graphml';
import { exportJson } from '../../../src/core/export/json';
import type { Provenance } from '../../../src/core/export/provenance';
import { buildScene } from '../../../src/core/export/scene';
import { sceneToSvg } from '../../../src/core/export/svg';
import { decodeXmlText } from '../../../src/core/export/xml-text';
import type { NodeIndicators } from '../../../src/core/graph/indicators';
import { nodeKey } from '../../../src/core/graph/node-key';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { dictFrom, getOwn } from '../../../src/core/util/dict';
import { findAll, readXml, type XmlElement } from './xml-reader';

/** The node ids, in graph order. */
const IDS = [
  'constructor',
  '__proto__',
  'toString',
  '\uE000starts-with-the-key-prefix',
  'Proj\u0002ctl',
  'Ctrl\u0001Char',
  'CtrlChar',
  'a_x0041_',
  '_x005F_',
  'lone\ud800surrogate',
  'non\uffffcharacter',
  ']]></script><x a="1">&amp;',
  'valueOf',
  'hasOwnProperty',
];
const LABELS = IDS.map((id, i) => (i % 3 === 0 ? '' : `L${i} ${id} \u0007 ]]> </script> "'<&>`));
const TYPES = ['__proto__', 'constructor', 'Typ\u0003e'];

const EXTRA_NAMES = ['__proto__', 'constructor', 'note', 'toString'];
/** Node i's extra columns: only some nodes have each. */
function nodeExtra(i: number): [string, string][] {
  const out: [string, string][] = [];
  if (i % 2 === 0) out.push(['constructor', `c${i}\u0002`]);
  if (i % 3 === 0) out.push(['toString', `t${i}`]);
  if (i % 4 === 0) out.push(['__proto__', `p${i}`]);
  if (i === 1) out.push(['note', '=1+1 \u0001']);
  return out;
}
function edgeExtra(i: number): [string, string[]][] {
  return i % 2 === 0
    ? [
        ['__proto__', [`ep${i}`, 'x']],
        ['toString', [`et${i}`]],
      ]
    : [];
}

/** The hostile graph; extras are records that went through JSON (own `__proto__`, inherited `toString`). */
function hostileGraph(): AtlasGraph {
  const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  IDS.forEach((id, i) =>
    g.addNode(nodeKey(id), {
      label: LABELS[i]!,
      type: TYPES[i % 3]!,
      extra: JSON.parse(JSON.stringify(dictFrom(nodeExtra(i)))) as Record<string, string>,
      x: i,
      y: (i * 7) % 5,
    }),
  );
  for (let i = 1; i < IDS.length; i++)
    g.addEdgeWithKey(`e${i}`, nodeKey(IDS[i - 1]!), nodeKey(IDS[i]!), {
      weight: i,
      relations: ['constructor', `uses\u0003${i}`],
      years: [2020],
      evidence: [`https://x/${i}`],
      lines: [i + 1],
      extra: JSON.parse(JSON.stringify(dictFrom(edgeExtra(i)))) as Record<string, string[]>,
    });
  return g;
}

const graph = hostileGraph();
const keys = graph.nodes();
const measures = { keys, values: { degree: Float64Array.from(keys, (k) => graph.degree(k)) } };
const provenance: Provenance = {
  app: { name: 'Partnership Atlas', version: '0.1.0' },
  createdAt: '2024-05-01T12:00:00.000Z',
  inputs: [
    { name: 'x,=1+1,@SUM(2+2).csv', role: 'edges', records: 3, rows: 3 },
    { name: 'n]]>\uffff_x0041_\u0002.csv', role: 'nodes', records: 1, rows: 1 },
  ],
  issues: { total: 0, errors: 0, warnings: 0 },
  params: { seed: 1, betweenness: 'exact', algorithms: {} },
  view: 'network',
  filters: [],
  layout: { kind: 'force', seed: 1 },
};
const colors = new Map(keys.map((k) => [k, '#336699']));
const sizes = new Map(keys.map((k) => [k, 3]));
const extraOf = (i: number) => graph.getNodeAttribute(nodeKey(IDS[i]!), 'extra');

const attr = (e: XmlElement, name: string) => decodeXmlText(e.attributes.get(name) ?? '');

/** Checks the nodes of a parsed XML export: ids decode to IDS, in order and distinct. */
function expectIds(nodes: XmlElement[]) {
  const ids = nodes.map((n) => attr(n, 'id'));
  expect(ids).toEqual(IDS);
  expect(new Set(nodes.map((n) => n.attributes.get('id'))).size).toBe(IDS.length);
}

describe('exports of hostile ids, labels and column names', () => {
  for (const version of ['1.3', '1.2draft'] as GexfVersion[]) {
    it(`exportGexf (${version}) is well-formed, keeps every id distinct and decodable, and every extra value exact`, () => {
      const root = readXml(exportGexf(graph, { measures, colors, sizes, provenance, version }));
      const nodes = findAll(root, 'node');
      expectIds(nodes);
      nodes.forEach((n, i) => expect(attr(n, 'label')).toBe(LABELS[i]));
      const [nodeModel, edgeModel] = findAll(root, 'attributes').map((a) => new Map(a.children.map((c) => [c.attributes.get('id')!, attr(c, 'title')])));
      const values = (e: XmlElement, model: Map<string, string>) =>
        new Map(findAll(e, 'attvalue').map((v) => [model.get(v.attributes.get('for')!)!, attr(v, 'value')]));
      nodes.forEach((n, i) => {
        const got = values(n, nodeModel!);
        expect(got.get('type')).toBe(TYPES[i % 3]);
        for (const name of EXTRA_NAMES) expect(got.get(name), `${IDS[i]} ${name}`).toBe(getOwn(extraOf(i), name));
      });
      const edges = findAll(root, 'edge');
      expect(edges.map((e) => [attr(e, 'source'), attr(e, 'target')])).toEqual(IDS.slice(1).map((id, i) => [IDS[i], id]));
      edges.forEach((e, j) => {
        const got = values(e, edgeModel!);
        expect(got.get('relations')).toBe(`constructor;uses\u0003${j + 1}`);
        for (const name of ['__proto__', 'toString']) expect(got.get(name)).toBe(getOwn(graph.getEdgeAttribute(`e${j + 1}`, 'extra'), name)?.join(';'));
      });
      expect(decodeXmlText(findAll(root, 'description')[0]!.text)).toContain('n]]>\uffff_x0041_');
    });
  }

  it('exportGraphml is well-formed, keeps every id distinct and decodable, and every extra value exact', () => {
    const root = readXml(exportGraphml(graph, { measures, provenance, positions: Float64Array.from({ length: 2 * keys.length }, (_, i) => i) }));
    const keyName = new Map(findAll(root, 'key').map((k) => [k.attributes.get('id')!, attr(k, 'attr.name')]));
    const data = (e: XmlElement) =>
      new Map(e.children.filter((c) => c.name === 'data').map((d) => [keyName.get(d.attributes.get('key')!)!, decodeXmlText(d.text)]));
    const nodes = findAll(root, 'node');
    expectIds(nodes);
    nodes.forEach((n, i) => {
      const got = data(n);
      expect(got.get('label')).toBe(LABELS[i] || undefined);
      for (const name of EXTRA_NAMES) expect(got.get(name), `${IDS[i]} ${name}`).toBe(getOwn(extraOf(i), name));
    });
    const edges = findAll(root, 'edge');
    expect(edges.map((e) => [attr(e, 'source'), attr(e, 'target')])).toEqual(IDS.slice(1).map((id, i) => [IDS[i], id]));
    const graphData = data(findAll(root, 'graph')[0]!);
    expect(JSON.parse(findAll(root, 'graph')[0]!.children.find((c) => keyName.get(c.attributes.get('key')!) === 'provenance')!.text)).toEqual(provenance);
    expect(graphData.get('creator')).toBe('Partnership Atlas 0.1.0');
  });

  it('exportNodesCsv and exportEdgesCsv write ids, and extra columns named constructor/toString/__proto__ exactly, empty cells empty', () => {
    const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.filter((row) => !row[0]!.startsWith('#'));
    const [header, ...rows] = parse(exportNodesCsv(graph, { measures, provenance }));
    expect(header!.slice(-EXTRA_NAMES.length)).toEqual(EXTRA_NAMES);
    expect(rows.map((r) => r[0])).toEqual(IDS);
    rows.forEach((row, i) => {
      EXTRA_NAMES.forEach((name, j) => {
        const expected = getOwn(extraOf(i), name) ?? '';
        expect(row[header!.length - EXTRA_NAMES.length + j], `${IDS[i]} ${name}`).toBe(expected.startsWith('=') ? `'${expected}` : expected);
      });
    });
    const [edgeHeader, ...edgeRows] = parse(exportEdgesCsv(graph, { provenance }));
    expect(edgeHeader!.slice(-2)).toEqual(['__proto__', 'toString']);
    expect(edgeRows.map((r) => [r[0], r[1]])).toEqual(IDS.slice(1).map((id, i) => [IDS[i], id]));
    edgeRows.forEach((row, j) => expect(row.slice(-2)).toEqual(j % 2 === 1 ? [`ep${j + 1};x`, `et${j + 1}`] : ['', '']));
  });

  it('exportJson writes node ids (not keys), own extra values, and indicators by id with topFirm as an id', () => {
    const indicators = Object.fromEntries(
      keys.map((k) => [k, { type: 'city', projectsUsed: 1, firms: 1, firmLinks: 1, topFirm: nodeKey('constructor') } satisfies NodeIndicators]),
    );
    const json = JSON.parse(JSON.stringify(exportJson(graph, { measures, provenance, indicators })));
    expect(json.nodeKeys).toEqual(IDS);
    expect(json.graph.nodes.map((n: { key: string }) => n.key)).toEqual(IDS);
    json.graph.nodes.forEach((n: { attributes: { extra: object } }, i: number) => expect(Object.entries(n.attributes.extra)).toEqual(nodeExtra(i)));
    expect(json.graph.edges.map((e: { source: string; target: string }) => [e.source, e.target])).toEqual(IDS.slice(1).map((id, i) => [IDS[i], id]));
    expect(Object.keys(json.indicators)).toEqual(IDS);
    expect(getOwn(json.indicators, '__proto__')).toMatchObject({ type: 'city', topFirm: 'constructor' });
    expect(json.measures.degree).toEqual(IDS.map((id) => graph.degree(nodeKey(id))));
  });

  it('sceneToSvg is well-formed with hostile labels, types, title, caption and provenance; data-id gives back the ids', () => {
    // Types named like Object members are left out here: the style's palette and shape tables (src/core/style) give them a function as colour.
    const svgTypes = ['Typ\u0003e', '<b>&amp;]]>', 'x\uffff_x0041_'];
    const typed = graph.copy() as AtlasGraph;
    typed.forEachNode((k, a) => typed.setNodeAttribute(k, 'type', svgTypes[TYPES.indexOf(a.type)]!));
    const scene = buildScene({
      graph: typed,
      measures,
      settings: { color: { kind: 'type' }, size: 'degree', labels: { count: IDS.length } },
      title: 'Title ]]> </script> \u0001',
      caption: 'Caption <!-- \uffff -->',
    });
    const root = readXml(sceneToSvg(scene, { provenance }));
    const ids = findAll(root, 'circle')
      .concat(findAll(root, 'rect'))
      .map((e) => e.attributes.get('data-id'))
      .filter((v) => v !== undefined);
    expect(new Set(ids.map(decodeXmlText))).toEqual(new Set(IDS));
    expect(new Set(ids).size).toBe(IDS.length);
    const texts = findAll(root, 'text').map((t) => decodeXmlText(t.text));
    expect(texts).toContain('Title ]]> </script> \u0001');
    expect(texts).toContain('Caption <!-- \uffff -->');
    for (const type of svgTypes) expect(texts.some((t) => t.startsWith(type))).toBe(true); // legend rows
    // A long label is drawn cut ("…"), with the whole label as the <title> of its <text>.
    const titles = findAll(root, 'title').map((t) => decodeXmlText(t.text));
    for (const n of scene.nodes.filter((n) => n.showLabel)) {
      expect(texts.some((t) => t.startsWith(n.labelText ?? n.label))).toBe(true);
      if (n.labelText !== undefined) expect(titles).toContain(n.label);
    }
    expect(scene.nodes.some((n) => n.labelText !== undefined)).toBe(true);
    expect(scene.nodes.find((n) => n.id === nodeKey('constructor'))!.label).toBe('constructor'); // an empty label shows the id, not the key
    expect(JSON.parse(findAll(root, 'metadata')[0]!.text)).toEqual(provenance);
  });
});

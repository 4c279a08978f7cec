/**
 * exportGexf's two versions. GEXF 1.3 is the default; 1.2draft is for readers
 * that know only it (networkx < 3, still Debian stable's). The 1.2draft
 * output is checked against the structure of the GEXF 1.2draft schema
 * (gexf.xsd, data.xsd, viz.xsd): namespaces, version "1.2", meta children,
 * attribute types, attvalues referring to declared attributes, viz colour,
 * size and position with x, y and z, edges between declared nodes. When
 * python3 has networkx (a developer's machine may; CI's fresh machine and the
 * package index it cannot reach may not), the file is also read by networkx
 * with the 1.3 namespace removed from its table of versions, as networkx < 3
 * reads: 1.2draft loads with every node, edge, attribute and position; 1.3
 * does not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGexf, type GexfVersion } from '../../../src/core/export/gexf';
import { buildProvenance } from '../../../src/core/export/provenance';
import { decodeXmlText } from '../../../src/core/export/xml-text';
import { nodeId } from '../../../src/core/graph/node-key';
import { nodeColors, nodeSizes } from '../../../src/core/style';
import { defaultAnalysis, NOW } from './default-dataset';
import { findAll, readXml, type XmlElement } from './xml-reader';

const { analysis, report } = defaultAnalysis();
const graph = analysis.graph;
const measures = { keys: analysis.network.keys, values: analysis.network.measures };
const provenance = buildProvenance({ report, view: 'network', layout: { kind: 'force', seed: 42 }, now: NOW });
const colors = nodeColors(graph, measures, { kind: 'type' });
const sizes = nodeSizes(graph, measures, 'degree');
const positions = Float64Array.from({ length: 2 * measures.keys.length }, (_, i) => (i % 7) - 3.5);
const gexf = (version?: GexfVersion) => exportGexf(graph, { measures, colors, sizes, positions, provenance, ...(version ? { version } : {}) });

const GEXF_12 = 'http://www.gexf.net/1.2draft';
const VIZ_12 = 'http://www.gexf.net/1.2draft/viz';
/** attrtype-type of the 1.2draft data.xsd. */
const TYPES_12 = new Set(['integer', 'long', 'double', 'float', 'boolean', 'liststring', 'string', 'anyURI']);
const isNumber = (s: string | undefined) => s !== undefined && s.trim() !== '' && Number.isFinite(Number(s));

function children(e: XmlElement, local: string): XmlElement[] {
  return e.children.filter((c) => c.name.split(':').at(-1) === local);
}

describe('exportGexf version', () => {
  it('writes GEXF 1.3 by default and 1.2draft when asked', () => {
    expect(readXml(gexf()).attributes.get('version')).toBe('1.3');
    expect(readXml(gexf()).uri).toBe('http://gexf.net/1.3');
    expect(readXml(gexf('1.3')).attributes.get('version')).toBe('1.3');
    expect(readXml(gexf('1.2draft')).attributes.get('version')).toBe('1.2');
    expect(() => exportGexf(graph, { measures, colors, sizes, provenance, version: '1.1' as GexfVersion })).toThrow(/export\/gexf: unknown GEXF version "1.1"/);
  });

  it('1.2draft follows the structure of the 1.2draft schema', () => {
    const root = readXml(gexf('1.2draft'));
    expect(root.name).toBe('gexf');
    expect(root.uri).toBe(GEXF_12);
    expect(root.attributes.get('xmlns:viz')).toBe(VIZ_12);
    const every: XmlElement[] = [];
    const walk = (e: XmlElement) => {
      every.push(e);
      e.children.forEach(walk);
    };
    walk(root);
    for (const e of every) expect([GEXF_12, VIZ_12], e.name).toContain(e.uri);

    expect(root.children.map((c) => c.name)).toEqual(['meta', 'graph']);
    const meta = root.children[0]!;
    expect(meta.attributes.get('lastmodifieddate')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const c of meta.children) expect(['creator', 'description', 'keywords']).toContain(c.name);

    const g = root.children[1]!;
    expect(g.attributes.get('defaultedgetype')).toBe('undirected');
    expect(['static', 'dynamic']).toContain(g.attributes.get('mode'));
    const declared = new Map<string, Map<string, string>>();
    for (const a of children(g, 'attributes')) {
      const cls = a.attributes.get('class')!;
      expect(['node', 'edge']).toContain(cls);
      const ids = new Map<string, string>();
      for (const at of children(a, 'attribute')) {
        expect(TYPES_12.has(at.attributes.get('type')!), at.attributes.get('type')).toBe(true);
        expect(at.attributes.get('title')).toBeTruthy();
        expect(ids.has(at.attributes.get('id')!)).toBe(false);
        ids.set(at.attributes.get('id')!, at.attributes.get('type')!);
      }
      declared.set(cls, ids);
    }
    const checkValues = (e: XmlElement, cls: string) => {
      for (const v of findAll(e, 'attvalue')) {
        const type = declared.get(cls)?.get(v.attributes.get('for')!);
        expect(type, `attvalue for=${v.attributes.get('for')}`).toBeDefined();
        const value = v.attributes.get('value')!;
        if (type === 'integer' || type === 'long') expect(value).toMatch(/^-?\d+$/);
        if (type === 'double') expect(isNumber(value), value).toBe(true);
      }
    };

    const nodes = children(children(g, 'nodes')[0]!, 'node');
    expect(nodes).toHaveLength(graph.order);
    const ids = new Set(nodes.map((n) => decodeXmlText(n.attributes.get('id')!)));
    expect(ids).toEqual(new Set(graph.nodes().map(nodeId)));
    for (const n of nodes) {
      checkValues(n, 'node');
      const [color] = children(n, 'color');
      for (const c of ['r', 'g', 'b']) expect(Number(color!.attributes.get(c))).toBeGreaterThanOrEqual(0);
      expect(color!.uri).toBe(VIZ_12);
      const [position] = children(n, 'position');
      for (const c of ['x', 'y', 'z']) expect(isNumber(position!.attributes.get(c)), `position ${c}`).toBe(true);
      expect(isNumber(children(n, 'size')[0]!.attributes.get('value'))).toBe(true);
    }

    const edges = children(children(g, 'edges')[0]!, 'edge');
    expect(edges).toHaveLength(graph.size);
    const edgeIds = new Set<string>();
    for (const e of edges) {
      checkValues(e, 'edge');
      edgeIds.add(e.attributes.get('id')!);
      expect(ids.has(decodeXmlText(e.attributes.get('source')!))).toBe(true);
      expect(ids.has(decodeXmlText(e.attributes.get('target')!))).toBe(true);
      expect(isNumber(e.attributes.get('weight'))).toBe(true);
    }
    expect(edgeIds.size).toBe(graph.size);
  });

  const python = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
  it.skipIf(python.status !== 0)('networkx, reading as networkx < 3 does (no 1.3), loads the 1.2draft file whole and refuses the 1.3 one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-gexf-'));
    const script = [
      'import json, sys',
      'import networkx as nx',
      'from networkx.readwrite import gexf',
      "gexf.GEXF.versions.pop('1.3', None)",
      'out = {}',
      'for path in sys.argv[1:]:',
      '    try:',
      '        g = nx.read_gexf(path)',
      '        some = next(iter(g.nodes(data=True)))',
      "        out[path] = {'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'attrs': sorted(some[1].keys()), 'viz': sorted(some[1].get('viz', {}).keys())}",
      '    except Exception as e:',
      "        out[path] = {'error': type(e).__name__}",
      'print(json.dumps(out))',
    ].join('\n');
    const files = (['1.2draft', '1.3'] as const).map((v) => {
      const file = join(dir, `map-${v}.gexf`);
      writeFileSync(file, gexf(v));
      return file;
    });
    const run = spawnSync('python3', ['-c', script, ...files], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as Record<string, { nodes?: number; edges?: number; attrs?: string[]; viz?: string[]; error?: string }>;
    expect(out[files[0]!]).toMatchObject({ nodes: graph.order, edges: graph.size, viz: ['color', 'position', 'size'] });
    expect(out[files[0]!]!.attrs).toEqual(expect.arrayContaining(['label', 'type', 'degree', 'pagerank', 'community']));
    expect(out[files[1]!]!.error).toBeDefined();
  });
});

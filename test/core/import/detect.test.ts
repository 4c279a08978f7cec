/**
 * detectGraphFormat tells graph files by their root element (after a BOM,
 * the XML declaration, comments and a doctype), and the CSV sniff refuses
 * other XML by name while keeping its HTML and JSON messages.
 */
import { describe, expect, it } from 'vitest';
import { FatalInputError } from '../../../src/core/csv/types';
import { readEdges } from '../../../src/core/csv';
import { detectGraphFormat } from '../../../src/core/import';
import { readGexf } from '../../../src/core/import/gexf';

describe('detectGraphFormat', () => {
  it('finds <gexf> and <graphml> after a BOM, a declaration, comments and a doctype', () => {
    expect(detectGraphFormat('\uFEFF<?xml version="1.0"?>\n<!-- made by hand -->\n<gexf version="1.3">')).toEqual({ format: 'gexf' });
    expect(detectGraphFormat('<!DOCTYPE graphml>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">')).toEqual({ format: 'graphml' });
    expect(detectGraphFormat('<ns0:gexf xmlns:ns0="http://www.gexf.net/1.2draft">')).toEqual({ format: 'gexf' });
  });
  it('names another root, and calls text a table', () => {
    expect(detectGraphFormat('<?xml version="1.0"?><svg/>')).toEqual({ format: 'xml', root: 'svg' });
    expect(detectGraphFormat('source,target\na,b\n')).toEqual({ format: 'table' });
  });
});

describe('the CSV sniff and XML', () => {
  const fatal = (text: string) => {
    try {
      readEdges(text, { file: 'x.csv' });
    } catch (e) {
      return e as FatalInputError;
    }
    throw new Error('no error');
  };
  it('refuses other XML by its root element', () => {
    const e = fatal('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(e.code).toBe('not-csv');
    expect(e.message).toContain('<svg>');
  });
  it('keeps the HTML and JSON messages', () => {
    expect(fatal('<!doctype html><html></html>').kind).toBe('html');
    expect(fatal('{"a": 1}').kind).toBe('json');
  });
});

describe('readGexf', () => {
  it('refuses broken XML with the line', () => {
    expect(() => readGexf('<gexf>\n<graph>\n<node id="a\n</gexf>', 'g.gexf')).toThrow(FatalInputError);
  });
  it('reads types from category when there is no type, and keeps other attributes', () => {
    const gexf = `<gexf version="1.3"><graph defaultedgetype="undirected">
<attributes class="node"><attribute id="0" title="category" type="string"/><attribute id="1" title="population" type="integer"/></attributes>
<nodes><node id="a" label="Aarhus"><attvalues><attvalue for="0" value="City"/><attvalue for="1" value="280000"/></attvalues></node>
<node id="d" label="Decidim"><attvalues><attvalue for="0" value="project"/></attvalues></node></nodes>
<edges><edge source="a" target="d" weight="2" label="uses"/></edges></graph></gexf>`;
    const { nodes, edges } = readGexf(gexf, 'g.gexf');
    expect(nodes.rows.map((r) => [r.id, r.type, r.label, r.line])).toEqual([
      ['a', 'city', 'Aarhus', 3],
      ['d', 'project', 'Decidim', 4],
    ]);
    expect(nodes.rows[0]!.attributes['population']).toBe('280000');
    expect(edges.rows.map((r) => [r.source, r.target, r.weight, r.relation, r.line])).toEqual([['a', 'd', 2, 'uses', 5]]);
    expect(edges.issues.total).toBe(0);
  });
});

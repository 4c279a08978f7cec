/** Tests of the node table's model: columns, rows, formatting, filtering, sorting and the virtual window. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { NodeIndicators } from '../../../src/core/graph/indicators';
import { nodeKey } from '../../../src/core/graph/node-key';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { dictFrom } from '../../../src/core/util/dict';
import { foldText } from '../../../src/core/search/fold';
import { formatCell, tableColumns, tableRows, type TableRow } from '../../../src/ui/panels/table-columns';
import { defaultDirection, filterRows, sortRows, visibleRange } from '../../../src/ui/panels/table-rows';
import type { ViewData } from '../../../src/ui/state/dataset';
import { encodeGraph } from '../../../src/core/graph/codec';

function tinyView(): ViewData {
  const graph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  graph.addNode('München', { label: 'Landeshauptstadt München', type: 'city', country: 'DE', extra: {} });
  graph.addNode('Decidim', { label: 'Decidim', type: 'project', extra: {} });
  graph.addNode('Acme', { label: 'Acme', type: 'firm', extra: {} });
  const keys = graph.nodes();
  return {
    graph,
    encoded: encodeGraph(graph),
    keys,
    index: new Map(keys.map((k, i) => [k, i])),
    measures: { degree: new Float64Array([1, 2, 1]), pagerank: new Float64Array([0.25, 0.5, 0.25]), community: new Float64Array([0, 0, 1]) },
    positions: new Float64Array(6),
    stats: {} as ViewData['stats'],
    params: {},
    notes: [],
  };
}

const indicators: Record<string, NodeIndicators> = {
  München: { type: 'city', projectsUsed: 1, firms: 1, firmLinks: 1, topFirm: 'Acme', topFirmShare: 1, vendorHhi: 1 },
  Decidim: { type: 'project', adoptingCities: 1, firmsInvolved: 1, maintainers: 1, countries: 1, countryList: ['DE'] },
  Acme: { type: 'firm', citiesReached: 1, projectsReached: 1, brokerage: 0 },
};

const row = (id: string, type: string, cells: (string | number)[]): TableRow => ({ id, type, search: foldText(`${cells[0]} ${id}`), cells });

describe('ui/panels/table-columns', () => {
  it('tableColumns(view, indicators) lists label, type, country, measures with registry labels, then present indicators', () => {
    const columns = tableColumns(tinyView(), indicators);
    expect(columns.map((c) => c.header)).toEqual([
      'Label',
      'Type',
      'Country',
      'Degree',
      'PageRank',
      'Community',
      'Top vendor',
      'Vendor share',
      'Vendor HHI',
      'Adopting cities',
      'Brokerage',
      'Projects used',
      'Firms',
      'Firms involved',
      'Maintainers',
      'Countries',
      'Cities reached',
      'Projects reached',
    ]);
    expect(columns.find((c) => c.id === 'community')!.kind).toBe('category');
    expect(tableColumns(tinyView()).map((c) => c.id)).toEqual(['label', 'type', 'country', 'degree', 'pagerank', 'community']);
  });

  it('tableRows(view, columns, nodes, indicators) reads attributes, measures and indicators, top vendor by label', () => {
    const view = tinyView();
    const rows = tableRows(view, tableColumns(view, indicators), ['München', 'Acme', 'missing'], indicators);
    expect(rows.map((r) => r.id)).toEqual(['München', 'Acme']);
    expect(rows[0]!.cells).toEqual(['Landeshauptstadt München', 'city', 'DE', 1, 0.25, 0, 'Acme', 1, 1, NaN, NaN, 1, 1, NaN, NaN, NaN, NaN, NaN]);
    expect(rows[1]!.cells.slice(-12, -7)).toEqual(['', NaN, NaN, NaN, 0]);
    expect(rows[1]!.cells.slice(-7)).toEqual([NaN, NaN, NaN, NaN, NaN, 1, 1]);
    expect(rows[0]!.search).toContain('munchen');
  });

  it('tableRows writes a tie for top vendor as every tied firm, by label, never an arbitrary one', () => {
    const view = tinyView();
    const tied: Record<string, NodeIndicators> = {
      ...indicators,
      München: { type: 'city', projectsUsed: 1, firms: 2, firmLinks: 2, topFirm: 'Acme', topFirms: ['Acme', 'Decidim'], topFirmShare: 0.5, vendorHhi: 0.5 },
    };
    const columns = tableColumns(view, tied);
    const rows = tableRows(view, columns, ['München'], tied);
    const at = columns.findIndex((c) => c.id === 'topFirm');
    expect(rows[0]!.cells[at]).toBe('Acme; Decidim');
  });

  it('formatCell(value, kind) groups integers, keeps 3 significant digits, writes shares as percentages', () => {
    expect(formatCell(12345, 'number')).toBe('12,345');
    expect(formatCell(0.0123456, 'number')).toBe('0.0123');
    expect(formatCell(2.5, 'category')).toBe('3');
    expect(formatCell(0.666, 'share')).toBe('67%');
    expect(formatCell(NaN, 'number')).toBe('–');
    expect(formatCell('x', 'text')).toBe('x');
  });
});

describe('ui/panels/table-rows', () => {
  const rows = [row('b', 'city', ['Bologna', 3]), row('a', 'project', ['Ämter', NaN]), row('c', 'city', ['Cádiz', 10]), row('d', 'firm', ['', 1])];

  it('filterRows(rows, query, type) matches every folded word and the type', () => {
    expect(filterRows(rows, 'CADIZ', null).map((r) => r.id)).toEqual(['c']);
    expect(filterRows(rows, 'amter', null).map((r) => r.id)).toEqual(['a']);
    expect(filterRows(rows, '', 'city').map((r) => r.id)).toEqual(['b', 'c']);
    expect(filterRows(rows, 'bo c', 'city').map((r) => r.id)).toEqual([]);
  });

  it('filterRows(tableRows(…), query, type) folds as the search box does: ß = ss, ø = o, æ = ae', () => {
    const view = tinyView();
    const graph = view.graph as AtlasGraph;
    graph.addNode('Großbeeren', { label: 'Großbeeren', type: 'city', country: 'DE', extra: {} });
    graph.addNode('Ærø', { label: 'Ærø Kommune', type: 'city', country: 'DK', extra: {} });
    const all = tableRows(view, tableColumns(view), view.graph.nodes());
    expect(filterRows(all, 'grossbeeren', null).map((r) => r.id)).toEqual(['Großbeeren']);
    expect(filterRows(all, 'GROSSBEEREN de', 'city').map((r) => r.id)).toEqual(['Großbeeren']);
    expect(filterRows(all, 'aero', null).map((r) => r.id)).toEqual(['Ærø']);
    expect(filterRows(all, 'Ærø kommune', null).map((r) => r.id)).toEqual(['Ærø']);
  });

  it('sortRows(rows, sort) sorts numbers and text both ways with missing values last', () => {
    expect(sortRows(rows, { column: 1, direction: 'desc' }).map((r) => r.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(sortRows(rows, { column: 1, direction: 'asc' }).map((r) => r.id)).toEqual(['d', 'b', 'c', 'a']);
    expect(sortRows(rows, { column: 0, direction: 'asc' }).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(sortRows(rows, { column: 0, direction: 'desc' }).map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(rows.map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('defaultDirection(kind) sorts numbers largest first and text A to Z', () => {
    expect(defaultDirection('number')).toBe('desc');
    expect(defaultDirection('text')).toBe('asc');
  });

  it('visibleRange(scrollTop, viewport, rowHeight, total, overscan) clamps the window to the rows', () => {
    expect(visibleRange(0, 280, 28, 6834, 5)).toEqual({ first: 0, last: 15 });
    expect(visibleRange(2800, 280, 28, 6834, 5)).toEqual({ first: 95, last: 115 });
    expect(visibleRange(1e6, 280, 28, 50, 5)).toEqual({ first: 50, last: 50 });
  });
});

describe('ui/panels/table-columns with ids and columns named like Object members', () => {
  it('tableRows labels a node without a label by its id as written, reads indicators by own key, and searches on the id', () => {
    const graph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    graph.addNode(nodeKey('constructor'), { label: '', type: 'city', extra: dictFrom([]) });
    graph.addNode(nodeKey('toString'), { label: '', type: 'firm', extra: dictFrom([]) });
    graph.addNode('plain', { label: '', type: 'city', extra: dictFrom([]) });
    const keys = graph.nodes();
    const view: ViewData = {
      graph,
      encoded: encodeGraph(graph),
      keys,
      index: new Map(keys.map((k, i) => [k, i])),
      measures: {},
      positions: new Float64Array(6),
      stats: {} as ViewData['stats'],
      params: {},
      notes: [],
    };
    // After a structured clone the record has Object.prototype again: 'plain' must not read an inherited member.
    const byKey = structuredClone(
      dictFrom<NodeIndicators>([
        [nodeKey('constructor'), { type: 'city', projectsUsed: 0, firms: 1, firmLinks: 1, topFirm: nodeKey('toString'), topFirmShare: 1, vendorHhi: 1 }],
      ]),
    );
    const columns = tableColumns(view, byKey);
    expect(columns.map((c) => c.id)).toEqual(['label', 'type', 'country', 'topFirm', 'topFirmShare', 'vendorHhi', 'projectsUsed', 'firms']);
    const rows = tableRows(view, columns, keys, byKey);
    expect(rows.map((r) => [r.id, r.cells[0], r.cells[3]])).toEqual([
      [nodeKey('constructor'), 'constructor', 'toString'],
      [nodeKey('toString'), 'toString', ''],
      ['plain', 'plain', ''],
    ]);
    expect(filterRows(rows, 'constructor', null).map((r) => r.id)).toEqual([nodeKey('constructor')]);
  });
});

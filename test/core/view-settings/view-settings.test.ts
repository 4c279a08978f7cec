/**
 * core/view-settings: defaults, the text codec of each field (links, CLI
 * flags and menus read and write the same text), validation with typed
 * problems, and the position helpers of the graph that owns positions.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import {
  assignFlatPositions,
  assignPositions,
  colorModeLabel,
  decodeColor,
  DEFAULT_VIEW_SETTINGS,
  encodeColor,
  flatPositions,
  formatViewSetting,
  LABEL_DENSITY_IDS,
  LAYOUT_KINDS,
  parseViewSetting,
  resolveViewSettings,
  sameColorMode,
  typeLayoutMode,
  validateViewSettings,
  type ViewSettings,
} from '../../../src/core/view-settings';

describe('view settings', () => {
  it('DEFAULT_VIEW_SETTINGS is the network by force layout, coloured by type, sized by degree, plain links, 15 labels of 12 px at normal density, stars above 30; it validates', () => {
    expect(DEFAULT_VIEW_SETTINGS).toEqual({
      view: 'network',
      layout: 'force',
      color: { kind: 'type' },
      size: 'degree',
      linkColor: 'plain',
      labels: { count: 15 },
      labelDensity: 'normal',
      labelSize: 12,
      stars: 30,
    });
    expect(Object.isFrozen(DEFAULT_VIEW_SETTINGS)).toBe(true);
    expect(validateViewSettings(resolveViewSettings())).toEqual([]);
  });

  it('formatViewSetting then parseViewSetting gives the value back, for every field', () => {
    const values: ViewSettings[] = [
      DEFAULT_VIEW_SETTINGS,
      {
        view: 'city',
        layout: 'geo',
        color: { kind: 'attribute', attribute: 'constructor' },
        size: 'uniform',
        linkColor: 'relation',
        labels: { count: 0 },
        labelDensity: 'dense',
        labelSize: 24,
        stars: 0,
      },
      { ...DEFAULT_VIEW_SETTINGS, labelDensity: 'sparse', labelSize: 8, stars: 2 },
    ];
    for (const settings of values)
      for (const field of Object.keys(settings) as (keyof ViewSettings)[]) {
        const parsed = parseViewSetting(field, formatViewSetting(field, settings[field]));
        expect(parsed).toEqual({ ok: true, value: settings[field] });
      }
  });

  it('the attr: codec: column names are data (constructor, __proto__, a colon inside)', () => {
    for (const attribute of ['constructor', '__proto__', 'a:b', 'toString'])
      expect(decodeColor(encodeColor({ kind: 'attribute', attribute }))).toEqual({ kind: 'attribute', attribute });
    expect(decodeColor('attr:')).toBeNull();
    expect(decodeColor('red')).toBeNull();
    expect(decodeColor('country', { bareAttribute: true })).toEqual({ kind: 'attribute', attribute: 'country' });
    expect(decodeColor('community', { bareAttribute: true })).toEqual({ kind: 'community' });
  });

  it('the figure: codec: a measure, an indicator or a numeric column (named like an Object member) round-trips; sizes take the same ids', () => {
    for (const figure of ['degree', 'ind:vendorHhi', 'attr:constructor', 'attr:__proto__', 'attr:a:b']) {
      expect(encodeColor({ kind: 'figure', figure })).toBe(`figure:${figure}`);
      expect(decodeColor(encodeColor({ kind: 'figure', figure }))).toEqual({ kind: 'figure', figure });
      expect(decodeColor(`figure:${figure}`, { bareAttribute: true })).toEqual({ kind: 'figure', figure });
      expect(parseViewSetting('size', figure)).toEqual({ ok: true, value: figure });
    }
    for (const text of ['figure:', 'figure:a b', 'figure:ind:', 'figure:attr:']) expect(decodeColor(text)).toBeNull();
    expect(colorModeLabel({ kind: 'figure', figure: 'ind:vendorHhi' })).toBe('Vendor HHI');
    expect(colorModeLabel({ kind: 'figure', figure: 'pagerank' })).toBe('PageRank');
    expect(colorModeLabel({ kind: 'figure', figure: 'attr:population' })).toBe('population');
    expect(sameColorMode({ kind: 'figure', figure: 'degree' }, { kind: 'figure', figure: 'degree' })).toBe(true);
    expect(sameColorMode({ kind: 'figure', figure: 'degree' }, { kind: 'attribute', attribute: 'degree' })).toBe(false);
  });

  it('validateViewSettings checks a figure colour and size against the figures of the data when it lists them', () => {
    const data = { measures: () => new Set(['degree']), figures: () => new Set(['degree', 'ind:vendorHhi', 'attr:constructor']) };
    expect(validateViewSettings(resolveViewSettings({ color: { kind: 'figure', figure: 'ind:vendorHhi' }, size: 'attr:constructor' }), data)).toEqual([]);
    expect(validateViewSettings(resolveViewSettings({ color: { kind: 'figure', figure: 'ind:nope' }, size: 'attr:toString' }), data)).toEqual([
      { field: 'color', code: 'missing-figure', value: 'ind:nope', message: 'no such numeric figure in this view' },
      { field: 'size', code: 'missing-measure', value: 'attr:toString', message: 'no such measure' },
    ]);
  });

  it('parseViewSetting gives a typed problem in plain words, with the values allowed', () => {
    expect(parseViewSetting('layout', 'spiral')).toEqual({
      ok: false,
      problem: {
        field: 'layout',
        code: 'unknown-layout',
        value: 'spiral',
        allowed: LAYOUT_KINDS,
        message: 'no such layout (force, type-columns, type-rings, geo)',
      },
    });
    expect(parseViewSetting('view', 'tree')).toMatchObject({
      ok: false,
      problem: { code: 'unknown-view', message: 'no such view (network, city, firm, project)' },
    });
    expect(parseViewSetting('linkColor', 'blue')).toMatchObject({ ok: false, problem: { code: 'unknown-link-color', message: 'expected plain or relation' } });
    expect(parseViewSetting('color', 'red')).toMatchObject({
      ok: false,
      problem: { code: 'bad-color', message: 'expected type, community, attr:<column> or figure:<figure>' },
    });
    expect(parseViewSetting('size', 'a b')).toMatchObject({ ok: false, problem: { code: 'bad-size', message: 'not a measure or figure name' } });
    expect(parseViewSetting('labels', '-1')).toMatchObject({ ok: false, problem: { code: 'bad-label-count' } });
    expect(parseViewSetting('view', 'constructor')).toMatchObject({ ok: false, problem: { code: 'unknown-view' } });
  });

  it('labelDensity, labelSize and stars: their lists and ranges, with a typed problem outside them', () => {
    expect(LABEL_DENSITY_IDS).toEqual(['sparse', 'normal', 'dense']);
    for (const id of LABEL_DENSITY_IDS) expect(parseViewSetting('labelDensity', id)).toEqual({ ok: true, value: id });
    expect(parseViewSetting('labelDensity', 'Dense')).toMatchObject({ ok: false, problem: { code: 'unknown-label-density', allowed: LABEL_DENSITY_IDS } });
    expect(parseViewSetting('labelDensity', 'constructor')).toMatchObject({ ok: false, problem: { code: 'unknown-label-density' } });
    const sizes = ['7', '8', '12', ' 24 ', '25', '12.5', '1e1', '', '-8', 'x'].map((t) => parseViewSetting('labelSize', t));
    expect(sizes.map((p) => (p.ok ? p.value : p.problem.code))).toEqual([
      'bad-label-size',
      8,
      12,
      24,
      'bad-label-size',
      'bad-label-size',
      'bad-label-size',
      'bad-label-size',
      'bad-label-size',
      'bad-label-size',
    ]);
    const stars = ['0', '1', '2', '30', '100000', '-1', '2.5', '', 'off'].map((t) => parseViewSetting('stars', t));
    expect(stars.map((p) => (p.ok ? p.value : p.problem.code))).toEqual([0, 'bad-stars', 2, 30, 100000, 'bad-stars', 'bad-stars', 'bad-stars', 'bad-stars']);
    expect(parseViewSetting('stars', '1')).toMatchObject({ ok: false, problem: { message: 'expected a whole number of 2 or more, or 0 (off)' } });
    const bad = { ...DEFAULT_VIEW_SETTINGS, labelDensity: 'crowded', labelSize: 12.5, stars: 1 } as unknown as ViewSettings;
    expect(validateViewSettings(bad).map((p) => p.code)).toEqual(['unknown-label-density', 'bad-label-size', 'bad-stars']);
    expect(validateViewSettings({ ...DEFAULT_VIEW_SETTINGS, labelSize: Number.NaN }).map((p) => p.code)).toEqual(['bad-label-size']);
  });

  it('validateViewSettings checks values made in code, and the attribute and measure against the data by Set', () => {
    const bad = { ...DEFAULT_VIEW_SETTINGS, layout: 'spiral', labels: { count: 1.5 } } as unknown as ViewSettings;
    expect(validateViewSettings(bad).map((p) => p.code)).toEqual(['unknown-layout', 'bad-label-count']);
    const data = { attributes: () => new Set(['country']), measures: () => new Set(['degree', 'pagerank']) };
    const asks = resolveViewSettings({ color: { kind: 'attribute', attribute: 'constructor' }, size: '__proto__' });
    expect(validateViewSettings(asks, data)).toEqual([
      { field: 'color', code: 'missing-attribute', value: 'constructor', message: 'no such attribute with 2 to 40 values' },
      { field: 'size', code: 'missing-measure', value: '__proto__', message: 'no such measure' },
    ]);
    expect(validateViewSettings(resolveViewSettings({ color: { kind: 'attribute', attribute: 'country' }, size: 'uniform' }), data)).toEqual([]);
  });

  it('typeLayoutMode maps the by-type layouts to typeLayout modes', () => {
    expect(LAYOUT_KINDS.map(typeLayoutMode)).toEqual([null, 'columns', 'rings', null]);
  });
});

describe('positions (owned by the graph)', () => {
  const graph = (): AtlasGraph => {
    const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    for (const id of ['a', 'constructor', 'c']) g.addNode(id, { label: id, type: 'city', extra: {} });
    return g;
  };

  it('assignPositions writes a Map into x/y; flatPositions reads pairs aligned with keys, NaN or the fallback where missing', () => {
    const g = graph();
    assignPositions(
      g,
      new Map([
        ['a', { x: 1, y: 2 }],
        ['constructor', { x: 3, y: 4 }],
      ]),
    );
    expect(Array.from(flatPositions(g, ['constructor', 'a', 'c']))).toEqual([3, 4, 1, 2, NaN, NaN]);
    expect(Array.from(flatPositions(g, ['c'], [9, 8]))).toEqual([9, 8]);
  });

  it('assignFlatPositions writes pairs aligned with keys into x/y', () => {
    const g = graph();
    assignFlatPositions(g, ['c', 'a'], Float64Array.from([5, 6, 7, 8]));
    expect(g.getNodeAttributes('c')).toMatchObject({ x: 5, y: 6 });
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 7, y: 8 });
    expect(g.getNodeAttribute('constructor', 'x')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type FilterState } from '../../../src/core/filter';
import { KEY_PREFIX, nodeKey } from '../../../src/core/graph/node-key';
import { checkNames, decodeState, DEFAULT_SHARE_STATE, type ShareData, type ShareState } from '../../../src/core/url-state';

const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];

/** A view with three types, two relations, communities 0–2, two measures, one attribute and nodes A, B, `constructor`. */
function data(overrides: Partial<Record<keyof ShareData, unknown>> = {}): ShareData {
  const nodes = new Set(['A', 'B', nodeKey('constructor')]);
  return {
    types: () => new Set(['city', 'firm', 'project']),
    relations: () => new Set(['uses', 'funds', '(none)']),
    communities: () => new Set([0, 1, 2]),
    measures: () => new Set(['degree', 'pagerank']),
    attributes: () => new Set(['country']),
    hasNode: (key: string) => nodes.has(key),
    ...overrides,
  } as ShareData;
}

/** Decodes `query` and checks it against {@link data}. */
function apply(query: string, d = data()): { state: ShareState; notices: string[] } {
  const decoded = decodeState(new URLSearchParams(query));
  expect(decoded.notices).toEqual([]);
  return checkNames({ ...DEFAULT_SHARE_STATE, ...decoded.state }, d);
}

const filters = (patch: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...patch });

describe('checkNames', () => {
  it("checkNames with the view's figures: keeps ind: and attr: ids in range, size and figure colour, drops unknown ones with a notice", () => {
    const d = data({ figures: () => new Set(['degree', 'pagerank', 'ind:vendorHhi', 'attr:constructor']) });
    const kept = apply('range=ind%3AvendorHhi:0.5:1&size=attr%3Aconstructor&color=figure%3Aind%3AvendorHhi', d);
    expect(kept.notices).toEqual([]);
    expect(kept.state.filters.measureRange).toEqual({ measure: 'ind:vendorHhi', min: 0.5, max: 1 });
    expect(kept.state.size).toBe('attr:constructor');
    expect(kept.state.color).toEqual({ kind: 'figure', figure: 'ind:vendorHhi' });
    // Typed by hand with bare colons, the range still reads: its bounds are the last two parts.
    expect(apply('range=ind:vendorHhi:0.5:1', d).state.filters.measureRange).toEqual({ measure: 'ind:vendorHhi', min: 0.5, max: 1 });
    const dropped = apply('range=ind:nope:0:1&size=ind:nope&color=figure:attr:toString', d);
    expect(dropped.state.filters.measureRange).toBeNull();
    expect(dropped.state.size).toBe(DEFAULT_SHARE_STATE.size);
    expect(dropped.state.color).toEqual(DEFAULT_SHARE_STATE.color);
    expect(dropped.notices).toEqual([
      "ignored 'range=ind:nope:…': no such measure",
      "ignored 'color=figure:attr:toString': no such numeric figure in this view",
      "ignored 'size=ind:nope': no such measure",
    ]);
  });

  it('checkNames(types=bogus) switches the type filter off instead of hiding every node', () => {
    const { state, notices } = apply('types=bogus');
    expect(state.filters).toEqual(DEFAULT_FILTERS);
    expect(notices).toEqual(["ignored 'bogus' in 'types': no such node type in this view (it has city, firm and project); the types filter is off"]);
  });

  it('checkNames(types=city,bogus,x) keeps the types the view has', () => {
    const { state, notices } = apply('types=city,bogus,x');
    expect(state.filters).toEqual(filters({ types: ['city'] }));
    expect(notices).toEqual(["ignored 'bogus' and 'x' in 'types': no such node types in this view (it has city, firm and project)"]);
  });

  it('checkNames keeps types=, the filter that hides every type on purpose', () => {
    const { state, notices } = apply('types=');
    expect(state.filters.types).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('checkNames(rel=bogus) and (comm=999) switch their filters off with a notice', () => {
    const rel = apply('rel=bogus');
    expect(rel.state.filters).toEqual(DEFAULT_FILTERS);
    expect(rel.notices).toEqual(["ignored 'bogus' in 'rel': no such relation in this view (it has (none), funds and uses); the rel filter is off"]);
    const comm = apply('comm=999,1');
    expect(comm.state.filters).toEqual(filters({ communities: [1] }));
    expect(comm.notices).toEqual(["ignored '999' in 'comm': no such community in this view (it has 0, 1 and 2)"]);
    const none = apply('comm=5', data({ communities: () => new Set() }));
    expect(none.state.filters).toEqual(DEFAULT_FILTERS);
    expect(none.notices).toEqual(["ignored '5' in 'comm': no such community in this view; the comm filter is off"]);
  });

  it('checkNames lists at most three missing names and counts the rest', () => {
    const { notices } = apply('types=a,b,c,d,e,f,city');
    expect(notices).toEqual(["ignored 'a', 'b', 'c' and 3 more in 'types': no such node types in this view (it has city, firm and project)"]);
  });

  it('checkNames drops range, size and colour names that are Object members, not measures', () => {
    for (const name of PROTO_NAMES) {
      const { state, notices } = apply(
        `range=${encodeURIComponent(name)}:0:1&size=${name.replace(/[^\w-]/g, '') || 'x'}&color=attr:${encodeURIComponent(name)}`,
      );
      expect(state.filters.measureRange).toBeNull();
      expect(state.size).toBe('degree');
      expect(state.color).toEqual({ kind: 'type' });
      expect(notices).toHaveLength(3);
      expect(notices[0]).toBe(`ignored 'range=${name}:…': no such measure`);
    }
  });

  it('checkNames keeps a type, relation or measure that is really called constructor', () => {
    const d = data({ types: () => new Set(['constructor', 'city']), relations: () => new Set(['__proto__']), measures: () => new Set(['toString']) });
    const { state, notices } = apply('types=constructor&rel=__proto__&range=toString:0:1&size=toString', d);
    expect(notices).toEqual([]);
    expect(state.filters).toEqual(filters({ types: ['constructor'], relations: ['__proto__'], measureRange: { measure: 'toString', min: 0, max: 1 } }));
    expect(state.size).toBe('toString');
  });

  it('checkNames finds the node called constructor by its graph key, and drops nodes the view lacks', () => {
    const ok = apply('selected=constructor&focus=constructor:2&path=A~constructor');
    expect(ok.notices).toEqual([]);
    expect(ok.state.selected).toBe(`${KEY_PREFIX}constructor`);
    expect(ok.state.focus).toEqual({ node: `${KEY_PREFIX}constructor`, hops: 2 });
    expect(ok.state.path).toEqual({ from: 'A', to: `${KEY_PREFIX}constructor` });
    const missing = apply('selected=toString&focus=Z:1&path=A~__proto__');
    expect(missing.state).toMatchObject({ selected: null, focus: null, path: null });
    expect(missing.notices).toEqual([
      "ignored 'selected=toString': no node 'toString' in this view",
      "ignored 'focus=Z': no node 'Z' in this view",
      "ignored 'path=A~__proto__': no node '__proto__' in this view",
    ]);
  });

  it('checkNames quotes a 400 KB node name or measure in at most 60 characters', () => {
    const big = 'a'.repeat(400_000);
    const { state, notices } = apply(`selected=${big}&focus=${big}:1&size=${big}&types=${big}`);
    expect(state.selected).toBeNull();
    expect(notices).toHaveLength(4);
    const quoted = `${'a'.repeat(59)}…`;
    expect(notices).toContain(`ignored 'selected=${quoted}': no node '${quoted}' in this view`);
    expect(notices).toContain(`ignored 'size=${quoted}': no such measure`);
    for (const n of notices) expect(n.length).toBeLessThan(200);
  });
});

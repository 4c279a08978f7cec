import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type FilterState } from '../../../src/core/filter';
import { decodeState, DEFAULT_SHARE_STATE, encodeState, type ShareState } from '../../../src/core/url-state';

/** State → URL text → parameters → state, as a browser would carry it. */
function roundTrip(state: Partial<ShareState>): ReturnType<typeof decodeState> {
  const url = new URL(`https://atlas.example/?${encodeState(state).toString()}`);
  return decodeState(url.searchParams);
}

const ODD_IDS = ['München', 'Comune di Roma', 'A&B=C#D', 'x~y:z,w%2C', '?&=#', 'Città  con spazi ', '名古屋'];

describe('encodeState / decodeState', () => {
  it('encodeState(defaults) is empty: a fresh app has a bare address', () => {
    expect(encodeState(DEFAULT_SHARE_STATE).toString()).toBe('');
    expect(decodeState(new URLSearchParams('')).state).toEqual({});
  });

  it('round-trips every field, every filter set', () => {
    const filters: FilterState = {
      types: ['city', 'firm'],
      relations: ['uses', '(none)'],
      communities: [0, 1, 5],
      yearRange: [2015, 2020],
      keepUndated: false,
      minDegree: 2,
      measureRange: { measure: 'pagerank', min: 0.001, max: 0.1 },
      hideIsolates: true,
      largestComponentOnly: true,
    };
    const state: ShareState = {
      edges: 'https://example.org/e.csv?x=1&y=2',
      nodes: 'https://example.org/n.csv',
      view: 'city',
      filters,
      color: { kind: 'attribute', attribute: 'country' },
      size: 'pagerank',
      edgecolor: 'relation',
      selected: 'Madrid',
      focus: { node: 'Madrid', hops: 2 },
      path: { from: 'Madrid', to: 'Decidim' },
      layout: 'geo',
      camera: { x: 0.51234567, y: 0.4, ratio: 0.25 },
    };
    const { state: back, notices } = roundTrip(state);
    expect(notices).toEqual([]);
    expect(back).toEqual({ ...state, camera: { x: 0.5123, y: 0.4, ratio: 0.25 } });
  });

  it('writes the compact forms the README shows', () => {
    const text = decodeURIComponent(
      encodeState({ filters: { ...DEFAULT_FILTERS, types: ['city', 'firm'], yearRange: [2015, 2020], keepUndated: false, minDegree: 2, measureRange: { measure: 'pagerank', min: 0.001, max: 0.1 }, largestComponentOnly: true } }).toString(),
    );
    expect(text).toBe('types=city,firm&years=2015-2020&undated=0&mindeg=2&range=pagerank:0.001:0.1&lcc=1');
  });

  it('round-trips each filter alone (the others stay at their defaults)', () => {
    const singles: Partial<FilterState>[] = [
      { types: [] }, { types: ['intermediary'] }, { relations: ['member_of', 'funds'] }, { communities: [] }, { communities: [3] },
      { yearRange: [1999, 1999] }, { keepUndated: false }, { minDegree: 1.5 }, { measureRange: { measure: 'betweenness', min: -1e-9, max: 1e6 } },
      { hideIsolates: true }, { largestComponentOnly: true },
    ];
    for (const single of singles) {
      const filters = { ...DEFAULT_FILTERS, ...single };
      expect(roundTrip({ filters }).state.filters).toEqual(filters);
    }
  });

  it('round-trips node ids with accents, spaces, &, =, #, and the separators ~ : , %', () => {
    for (const id of ODD_IDS) {
      const other = `${id}→2`;
      const { state, notices } = roundTrip({ selected: id, focus: { node: id, hops: 1 }, path: { from: id, to: other }, filters: { ...DEFAULT_FILTERS, types: [id, 'firm'] } });
      expect(notices).toEqual([]);
      expect(state.selected).toBe(id);
      expect(state.focus).toEqual({ node: id, hops: 1 });
      expect(state.path).toEqual({ from: id, to: other });
      expect(state.filters?.types).toEqual([id, 'firm']);
    }
  });

  it('decodeState ignores invalid and unknown parameters with a plain notice each', () => {
    const { state, notices } = decodeState(
      new URLSearchParams('view=tree&years=2020-2015&mindeg=-1&comm=a&range=pagerank:1&iso=maybe&color=red&edgecolor=blue&focus=x:3&path=a&layout=spiral&camera=1,2&foo=1&size=degree'),
    );
    expect(state).toEqual({ size: 'degree' });
    expect(notices).toEqual([
      "ignored 'foo': not a parameter of the atlas",
      "ignored 'view=tree': no such view (network, city, firm, project)",
      "ignored 'comm=a': expected community numbers like 0,1,2",
      "ignored 'years=2020-2015': the first year is after the second",
      "ignored 'mindeg=-1': expected a number of 0 or more",
      "ignored 'range=pagerank:1': expected measure:min:max, like pagerank:0.001:0.1",
      "ignored 'iso=maybe': expected 0 or 1",
      "ignored 'color=red': expected type, community or attr:<column>",
      "ignored 'edgecolor=blue': expected plain or relation",
      "ignored 'focus=x:3': expected node:1 or node:2",
      "ignored 'path=a': expected from~to",
      "ignored 'layout=spiral': no such layout (force, type-columns, type-rings, geo)",
      "ignored 'camera=1,2': expected x,y,ratio (ratio above 0)",
    ]);
  });

  it('decodeState keeps the valid filters when one is broken, and skips the known extra parameters', () => {
    const { state, notices } = decodeState(new URLSearchParams('types=city&years=soon&search=1&legend=0'), { known: ['search', 'legend'] });
    expect(state.filters).toEqual({ ...DEFAULT_FILTERS, types: ['city'] });
    expect(notices).toEqual(["ignored 'years=soon': expected a year range like 2015-2020"]);
  });

  it('decodeState refuses a nodes address without an edges address, and leaves measure names to the app', () => {
    const { state, notices } = decodeState(new URLSearchParams('nodes=https://x/n.csv&size=bogus'));
    expect(state).toEqual({ size: 'bogus' });
    expect(notices).toEqual(["ignored 'nodes=https://x/n.csv': a nodes file needs an edges file (edges=…)"]);
  });

  it('encodeState writes nodes only with edges, and focus with its hops', () => {
    expect(encodeState({ nodes: 'n.csv' }).toString()).toBe('');
    expect(encodeState({ focus: { node: 'a:b', hops: 2 } }).get('focus')).toBe('a:b:2');
    expect(roundTrip({ focus: { node: 'a:b', hops: 2 } }).state.focus).toEqual({ node: 'a:b', hops: 2 });
  });
});

describe('toQuery', () => {
  it('toQuery keeps , : ~ / readable and still round-trips escaped separators', async () => {
    const { toQuery } = await import('../../../src/core/url-state');
    const params = encodeState({ edges: 'https://x.org/a.csv', focus: { node: 'Madrid', hops: 1 }, path: { from: 'a,b', to: 'c~d' }, filters: { ...DEFAULT_FILTERS, types: ['city', 'firm'] } });
    const text = toQuery(params);
    expect(text).toBe('edges=https://x.org/a.csv&types=city,firm&focus=Madrid:1&path=a%252Cb~c%257Ed');
    expect(decodeState(new URLSearchParams(text)).state.path).toEqual({ from: 'a,b', to: 'c~d' });
  });
});

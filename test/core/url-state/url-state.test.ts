import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type FilterState } from '../../../src/core/filter';
import { decodeState, DEFAULT_SHARE_STATE, encodeState, toQuery, type ShareState } from '../../../src/core/url-state';

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
      maxvia: 500,
      communities: 'leiden',
      question: 'coalitions',
      filters,
      color: { kind: 'attribute', attribute: 'country' },
      size: 'pagerank',
      edgecolor: 'relation',
      selected: 'Madrid',
      focus: { node: 'Madrid', hops: 2 },
      path: { from: 'Madrid', to: 'Decidim' },
      layout: 'geo',
      labeldensity: 'sparse',
      labelsize: 16,
      stars: 0,
      camera: { x: 0.51234567, y: 0.4, ratio: 0.25 },
    };
    const { state: back, notices } = roundTrip(state);
    expect(notices).toEqual([]);
    expect(back).toEqual({ ...state, camera: { x: 0.5123, y: 0.4, ratio: 0.25 } });
  });

  it('maxvia: a projection made without its hubs keeps that choice; bad values and maxvia on the network are notices', () => {
    expect(toQuery(encodeState({ view: 'city', maxvia: 500 }))).toBe('view=city&maxvia=500');
    expect(decodeState(new URLSearchParams('view=city&maxvia=500')).state.maxvia).toBe(500);
    const bad = decodeState(new URLSearchParams('view=city&maxvia=lots'));
    expect(bad.state.maxvia).toBeUndefined();
    expect(bad.notices).toEqual(["ignored 'maxvia=lots': not a whole number of members ≥ 1"]);
    const network = decodeState(new URLSearchParams('maxvia=500'));
    expect(network.state.maxvia).toBeUndefined();
    expect(network.notices).toEqual(["ignored 'maxvia=500': hubs are left out of projections only, not of the network"]);
  });

  it('communities: a method other than the default is written as communities=leiden; an unknown one is a notice', () => {
    expect(toQuery(encodeState({ communities: 'leiden' }))).toBe('communities=leiden');
    expect(toQuery(encodeState({ communities: 'louvain' }))).toBe('');
    expect(decodeState(new URLSearchParams('communities=leiden')).state.communities).toBe('leiden');
    const bad = decodeState(new URLSearchParams('communities=infomap'));
    expect(bad.state.communities).toBeUndefined();
    expect(bad.notices).toEqual(["ignored 'communities=infomap': no such community method (louvain, leiden)"]);
  });

  it('writes the compact forms the README shows', () => {
    const text = decodeURIComponent(
      encodeState({
        filters: {
          ...DEFAULT_FILTERS,
          types: ['city', 'firm'],
          yearRange: [2015, 2020],
          keepUndated: false,
          minDegree: 2,
          measureRange: { measure: 'pagerank', min: 0.001, max: 0.1 },
          largestComponentOnly: true,
        },
      }).toString(),
    );
    expect(text).toBe('types=city,firm&years=2015-2020&undated=0&mindeg=2&range=pagerank:0.001:0.1&lcc=1');
  });

  it('round-trips each filter alone (the others stay at their defaults)', () => {
    const singles: Partial<FilterState>[] = [
      { types: [] },
      { types: ['intermediary'] },
      { relations: ['member_of', 'funds'] },
      { communities: [] },
      { communities: [3] },
      { yearRange: [1999, 1999] },
      { keepUndated: false },
      { minDegree: 1.5 },
      { measureRange: { measure: 'betweenness', min: -1e-9, max: 1e6 } },
      { hideIsolates: true },
      { largestComponentOnly: true },
    ];
    for (const single of singles) {
      const filters = { ...DEFAULT_FILTERS, ...single };
      expect(roundTrip({ filters }).state.filters).toEqual(filters);
    }
  });

  it('round-trips node ids with accents, spaces, &, =, #, and the separators ~ : , %', () => {
    for (const id of ODD_IDS) {
      const other = `${id}→2`;
      const { state, notices } = roundTrip({
        selected: id,
        focus: { node: id, hops: 1 },
        path: { from: id, to: other },
        filters: { ...DEFAULT_FILTERS, types: [id, 'firm'] },
      });
      expect(notices).toEqual([]);
      expect(state.selected).toBe(id);
      expect(state.focus).toEqual({ node: id, hops: 1 });
      expect(state.path).toEqual({ from: id, to: other });
      expect(state.filters?.types).toEqual([id, 'firm']);
    }
  });

  it('decodeState ignores invalid and unknown parameters with a plain notice each', () => {
    const { state, notices } = decodeState(
      new URLSearchParams(
        'view=tree&years=2020-2015&mindeg=-1&comm=a&range=pagerank:1&iso=maybe&color=red&edgecolor=blue&focus=x:3&path=a&layout=spiral&camera=1,2&foo=1&size=degree',
      ),
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
      "ignored 'color=red': expected type, community, attr:<column> or figure:<figure>",
      "ignored 'edgecolor=blue': expected plain or relation",
      "ignored 'focus=x:3': expected node:1 or node:2",
      "ignored 'path=a': expected from~to",
      "ignored 'layout=spiral': no such layout (force, type-columns, type-rings, geo)",
      "ignored 'camera=1,2': expected x,y,ratio (ratio above 0)",
    ]);
  });

  it('labeldensity, labelsize and stars: defaults are left out of links, other values round-trip, bad values are notices', () => {
    expect(toQuery(encodeState({ labeldensity: 'normal', labelsize: 12, stars: 30 }))).toBe('');
    expect(toQuery(encodeState({ labeldensity: 'dense', labelsize: 20, stars: 0 }))).toBe('labeldensity=dense&labelsize=20&stars=0');
    expect(roundTrip({ labeldensity: 'sparse', labelsize: 8, stars: 2 }).state).toEqual({ labeldensity: 'sparse', labelsize: 8, stars: 2 });
    expect(roundTrip({ labelsize: 24, stars: 500 }).state).toEqual({ labelsize: 24, stars: 500 });
    const { state, notices } = decodeState(new URLSearchParams('labeldensity=crowded&labelsize=7&stars=1&size=degree'));
    expect(state).toEqual({ size: 'degree' });
    expect(notices).toEqual([
      "ignored 'labeldensity=crowded': expected sparse, normal, dense",
      "ignored 'labelsize=7': expected a whole number of pixels from 8 to 24",
      "ignored 'stars=1': expected a whole number of 2 or more, or 0 (off)",
    ]);
    const more = decodeState(new URLSearchParams('labelsize=12.5&stars=-4&labelsize=13'));
    expect(more.state).toEqual({});
    expect(more.notices).toEqual([
      "ignored 'labelsize=13': 'labelsize' is given 2 times; the first one is used",
      "ignored 'labelsize=12.5': expected a whole number of pixels from 8 to 24",
      "ignored 'stars=-4': expected a whole number of 2 or more, or 0 (off)",
    ]);
  });

  it('encodeState writes the chosen question, and decodeState reads it back or ignores an unknown one with a notice', () => {
    expect(encodeState({ question: 'vendor-lock-in' }).toString()).toBe('question=vendor-lock-in');
    expect(roundTrip({ question: 'single-points-of-failure' }).state).toEqual({ question: 'single-points-of-failure' });
    const { state, notices } = decodeState(new URLSearchParams('question=who-pays&size=degree'));
    expect(state).toEqual({ size: 'degree' });
    expect(notices).toEqual(["ignored 'question=who-pays': no such question (vendor-lock-in, brokers, reach, coalitions, single-points-of-failure)"]);
  });

  it('encodeState writes one year as years=2018 (the timeline single year) and decodeState reads it as [2018, 2018]', () => {
    expect(encodeState({ filters: { ...DEFAULT_FILTERS, yearRange: [2018, 2018] } }).toString()).toBe('years=2018');
    expect(encodeState({ filters: { ...DEFAULT_FILTERS, yearRange: [2016, 2021] } }).toString()).toBe('years=2016-2021');
    expect(decodeState(new URLSearchParams('years=2018')).state.filters?.yearRange).toEqual([2018, 2018]);
    expect(decodeState(new URLSearchParams('years=%202016%20-%202021%20')).state.filters?.yearRange).toEqual([2016, 2021]);
    expect(decodeState(new URLSearchParams('years=2021-2016')).notices).toEqual(["ignored 'years=2021-2016': the first year is after the second"]);
  });

  it('decodeState keeps the valid filters when one is broken, and skips the known extra parameters', () => {
    const { state, notices } = decodeState(new URLSearchParams('types=city&years=soon&search=1&legend=0'), { known: ['search', 'legend'] });
    expect(state.filters).toEqual({ ...DEFAULT_FILTERS, types: ['city'] });
    expect(notices).toEqual(["ignored 'years=soon': expected a year range like 2015-2020, or one year like 2018"]);
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
    const params = encodeState({
      edges: 'https://x.org/a.csv',
      focus: { node: 'Madrid', hops: 1 },
      path: { from: 'a,b', to: 'c~d' },
      filters: { ...DEFAULT_FILTERS, types: ['city', 'firm'] },
    });
    const text = toQuery(params);
    expect(text).toBe('edges=https://x.org/a.csv&types=city,firm&focus=Madrid:1&path=a%252Cb~c%257Ed');
    expect(decodeState(new URLSearchParams(text)).state.path).toEqual({ from: 'a,b', to: 'c~d' });
  });
});

describe('user strings in links', () => {
  const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];

  it('encodeState writes node ids (nodeId), decodeState reads graph keys (nodeKey): a node called constructor can be shared', async () => {
    const { KEY_PREFIX } = await import('../../../src/core/graph/node-key');
    for (const id of [...PROTO_NAMES, `${KEY_PREFIX}already-prefixed`, 'Madrid']) {
      const key = PROTO_NAMES.includes(id) || id.startsWith(KEY_PREFIX) ? `${KEY_PREFIX}${id}` : id;
      const params = encodeState({ selected: key, focus: { node: key, hops: 2 }, path: { from: key, to: 'B' } });
      expect(params.get('selected')).toBe(id);
      expect(params.get('focus')).toBe(`${id}:2`);
      const { state, notices } = roundTrip({ selected: key, focus: { node: key, hops: 2 }, path: { from: key, to: 'B' } });
      expect(notices).toEqual([]);
      expect(state).toEqual({ selected: key, focus: { node: key, hops: 2 }, path: { from: key, to: 'B' } });
    }
  });

  it('decodeState reads parameter names that are Object members as unknown, and range=constructor as a name to check later', () => {
    const { state, notices } = decodeState(new URLSearchParams('__proto__=1&constructor=2&range=constructor:0:1&size=toString&color=attr:__proto__'));
    expect(notices).toEqual(["ignored '__proto__' and 'constructor': not parameters of the atlas"]);
    expect(state).toEqual({
      filters: { ...DEFAULT_FILTERS, measureRange: { measure: 'constructor', min: 0, max: 1 } },
      size: 'toString',
      color: { kind: 'attribute', attribute: '__proto__' },
    });
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  });

  it('decodeState names at most three unknown parameters and counts the rest', () => {
    const query = Array.from({ length: 1000 }, (_, i) => `p${i}=1`).join('&');
    expect(decodeState(new URLSearchParams(query)).notices).toEqual(["ignored 'p0', 'p1', 'p2' and 997 more: not parameters of the atlas"]);
  });

  it('decodeState quotes a 400 KB value or name in 60 characters', () => {
    const big = 'x'.repeat(400_000);
    const { notices } = decodeState(new URLSearchParams(`view=${big}&${big}=1&camera=${big}`));
    const quoted = `${'x'.repeat(59)}…`;
    expect(notices).toEqual([
      `ignored '${quoted}': not a parameter of the atlas`,
      `ignored 'view=${quoted}': no such view (network, city, firm, project)`,
      `ignored 'camera=${quoted}': expected x,y,ratio (ratio above 0)`,
    ]);
  });

  it('decodeState says when a parameter is given twice (the first one counts)', () => {
    const { state, notices } = decodeState(new URLSearchParams('size=pagerank&size=degree'));
    expect(state).toEqual({ size: 'pagerank' });
    expect(notices).toEqual(["ignored 'size=degree': 'size' is given 2 times; the first one is used"]);
  });
});

describe('data addresses in links', () => {
  it('decodeState takes http(s), relative and small data: addresses', () => {
    const data = 'data:text/csv,source,target%0AA,B';
    for (const edges of ['https://x.org/e.csv', 'http://x.org/e.csv', 'data/e.csv', '//x.org/e.csv', data]) {
      expect(decodeState(new URLSearchParams({ edges })).state.edges).toBe(edges);
    }
  });

  it('decodeState refuses javascript:, blob:, file: and other schemes by name, and the nodes address with them', () => {
    for (const [edges, scheme] of [
      ['javascript:alert(1)', 'javascript'],
      ['blob:https://x.org/1', 'blob'],
      ['file:///etc/passwd', 'file'],
      ['C:\\data\\e.csv', 'c'],
    ] as const) {
      const { state, notices } = decodeState(new URLSearchParams({ edges, nodes: 'n.csv' }));
      expect(state).toEqual({});
      expect(notices).toEqual([
        `ignored 'edges=${edges}': only http(s) addresses and small data: addresses can be loaded from a link, not ${scheme}:`,
        "ignored 'nodes=n.csv': the edges address was ignored",
      ]);
    }
  });

  it('decodeState refuses a data: address over 8,000 characters, pointing to the snapshot', async () => {
    const { MAX_DATA_ADDRESS } = await import('../../../src/core/url-state');
    expect(MAX_DATA_ADDRESS).toBe(8000);
    const head = 'data:text/csv,source,target%0A';
    const fits = head + 'A'.repeat(8000 - head.length);
    expect(decodeState(new URLSearchParams({ edges: fits })).state.edges).toBe(fits);
    const { state, notices } = decodeState(new URLSearchParams({ edges: `${fits}B` }));
    expect(state).toEqual({});
    expect(notices).toEqual([
      `ignored 'edges=${head}${'A'.repeat(59 - head.length)}…': a data: address of 8,001 characters is too long for a link (at most 8,000: many web servers refuse longer addresses); share larger data as a snapshot file (Share → Download snapshot)`,
    ]);
  });
});

describe('notices', () => {
  it('shown, listed and noticeText keep a banner short', async () => {
    const { shown, listed, noticeText } = await import('../../../src/core/url-state');
    expect(shown('short')).toBe('short');
    expect(shown('a'.repeat(60))).toBe('a'.repeat(60));
    expect(shown('a'.repeat(61))).toBe(`${'a'.repeat(59)}…`);
    expect(shown('line\none')).toBe('line one');
    expect(shown(`${'a'.repeat(58)}😀😀`)).toBe(`${'a'.repeat(58)}…`);
    expect(listed(['a'])).toBe("'a'");
    expect(listed(['a', 'b'])).toBe("'a' and 'b'");
    expect(listed(['a', 'b', 'c'])).toBe("'a', 'b' and 'c'");
    expect(listed(['a', 'b', 'c', 'd'])).toBe("'a', 'b', 'c' and 1 more");
    expect(noticeText(['ignored x: why'])).toBe('Ignored x: why.');
    const seven = Array.from({ length: 7 }, (_, i) => `n${i}`);
    expect(noticeText(seven)).toBe('N0. N1. N2. N3. N4. 2 more parameters were ignored.');
  });
});

import { describe, expect, it } from 'vitest';
import { createSearchIndex, foldText, matchScore } from '../../../src/core/search';
import { searchBenchEntries } from '../../../bench/interaction';

describe('foldText', () => {
  it('foldText(s) strips diacritics and case', () => {
    expect(foldText('München')).toBe('munchen');
    expect(foldText('São Paulo')).toBe('sao paulo');
    expect(foldText('ÎLE-DE-FRANCE')).toBe('ile-de-france');
    expect(foldText('Łódź')).toBe('lodz');
    expect(foldText('Ærø Kommune')).toBe('aero kommune');
  });

  it('foldText(s) spells ß as ss and collapses whitespace', () => {
    expect(foldText('Großbeeren')).toBe('grossbeeren');
    expect(foldText('  Den \t Haag\n ')).toBe('den haag');
  });

  it('foldText(s) folds composed and decomposed forms alike', () => {
    expect(foldText('Mu\u0308nchen')).toBe(foldText('M\u00fcnchen'));
  });
});

describe('matchScore', () => {
  it('matchScore(text, q) ranks exact > prefix > word prefix > substring > none', () => {
    expect(matchScore('madrid', 'madrid')).toBe(4);
    expect(matchScore('madrid city', 'mad')).toBe(3);
    expect(matchScore('comune di roma', 'roma')).toBe(2);
    expect(matchScore('ile-de-france', 'france')).toBe(2);
    expect(matchScore('paramadrid', 'madrid')).toBe(1);
    expect(matchScore('madrid', 'paris')).toBe(0);
    // A later occurrence at a word start still counts as a word prefix.
    expect(matchScore('aroma roma', 'roma')).toBe(2);
  });
});

describe('createSearchIndex', () => {
  const index = createSearchIndex([
    { id: 'Muenchen', label: 'München', type: 'city' },
    { id: 'Sao Paulo', label: 'São Paulo', type: 'city' },
    { id: 'Roma', label: 'Comune di Roma', type: 'city' },
    { id: 'Romagna', label: 'Romagna', type: 'city' },
    { id: 'Aroma', label: 'Aroma', type: 'firm' },
    { id: 'Rom', label: 'Rom', type: 'city' },
    { id: 'Decidim', label: 'Decidim', type: 'project' },
    { id: 'decidim-fork', label: 'Decidim Barcelona', type: 'project' },
  ]);
  const ids = (q: string, limit?: number) => index.search(q, limit).map((h) => h.id);

  it("createSearchIndex(entries).search('Munchen') finds München", () => {
    expect(index.search('Munchen')).toEqual([{ id: 'Muenchen', key: 'Muenchen', label: 'München', type: 'city', score: 4 }]);
    expect(ids('MÜNCH')).toEqual(['Muenchen']);
  });

  it("createSearchIndex(entries).search('sao paulo') finds São Paulo, whatever the case", () => {
    expect(ids('sao paulo')).toEqual(['Sao Paulo']);
    expect(ids('SÃO PAULO')).toEqual(['Sao Paulo']);
    expect(ids('paulo')).toEqual(['Sao Paulo']);
  });

  it('createSearchIndex(entries).search(q) ranks exact > label prefix > word prefix > substring', () => {
    expect(index.search('rom').map((h) => [h.id, h.score])).toEqual([
      ['Rom', 4],
      ['Romagna', 3],
      ['Roma', 3], // the id 'Roma' starts with it (its label only has it as a word); longer label
      ['Aroma', 1],
    ]);
    // The id 'Roma' matches exactly.
    expect(index.search('roma').map((h) => [h.id, h.score])).toEqual([
      ['Roma', 4],
      ['Romagna', 3],
      ['Aroma', 1],
    ]);
    expect(index.search('di roma').map((h) => [h.id, h.score])).toEqual([['Roma', 2]]);
  });

  it('createSearchIndex(entries).search(q) breaks ties by shorter label, then alphabetically', () => {
    expect(ids('decidim')).toEqual(['Decidim', 'decidim-fork']);
    const tie = createSearchIndex([
      { id: 'b', label: 'Alpha Beta', type: 'city' },
      { id: 'a', label: 'Alpha Acme', type: 'city' },
      { id: 'c', label: 'Alpha', type: 'city' },
    ]);
    expect(tie.search('alp').map((h) => h.id)).toEqual(['c', 'a', 'b']);
  });

  it('createSearchIndex(entries).search(q, limit) returns at most limit hits; blank queries none', () => {
    expect(ids('o', 2)).toHaveLength(2);
    expect(ids('   ')).toEqual([]);
    expect(ids('zzz')).toEqual([]);
  });

  it('createSearchIndex(10k entries).search(q) finds word matches and ranks a one-letter query by score', () => {
    // The bench's generator (bench/interaction.ts); the bench times it over 100k labels.
    const big = createSearchIndex(searchBenchEntries(10_000));
    const hits = big.search('munchen');
    const many = big.search('m', 10);
    expect(big.size).toBe(10_000);
    expect(hits.length).toBe(10);
    for (const h of hits) expect(foldText(h.label)).toContain('munchen');
    // Everything returned for 'm' is at least a word prefix, sorted by score then label length.
    expect(many.map((h) => h.score)).toEqual([...many.map((h) => h.score)].sort((a, b) => b - a));
    expect(many[0]!.score).toBeGreaterThanOrEqual(3);
  });
});

describe('createSearchIndex ranks what the user meant first', () => {
  // The default dataset's three Barcelona nodes, plus a node labelled exactly "Barcelona".
  const entries = [
    { id: 'Diputació de Barcelona', label: 'Diputació de Barcelona', type: 'city' },
    { id: 'Barcelona Supercomputing Center', label: 'Barcelona Supercomputing Center', type: 'city' },
    { id: 'Barcelona', label: 'Ajuntament de Barcelona', type: 'city' },
  ];
  const ids = (index: ReturnType<typeof createSearchIndex>, q: string) => index.search(q).map((h) => h.id);

  it("createSearchIndex(entries).search('barcelona') puts the exact id first, then the prefix, then the word", () => {
    const index = createSearchIndex(entries);
    expect(index.search('barcelona').map((h) => [h.id, h.score])).toEqual([
      ['Barcelona', 4],
      ['Barcelona Supercomputing Center', 3],
      ['Diputació de Barcelona', 2],
    ]);
  });

  it("createSearchIndex(entries).search(q) puts an exact label first, whatever the case and accents ('BARCELONA', 'barcelóna')", () => {
    const index = createSearchIndex([{ id: 'bcn-ciutat', label: 'Barcelona', type: 'city' }, ...entries]);
    for (const q of ['barcelona', 'BARCELONA', 'barcelóna', '  Barcelona ']) {
      expect(ids(index, q).slice(0, 2), q).toEqual(['bcn-ciutat', 'Barcelona']);
    }
  });

  it('createSearchIndex(entries).search(q) puts an exact label before an exact id, even with a shorter label', () => {
    // The id 'roma' is exact, but its label 'Rom' is shorter than the label matching exactly.
    const index = createSearchIndex([
      { id: 'roma', label: 'Rom', type: 'city' },
      { id: 'x1', label: 'Roma', type: 'city' },
    ]);
    expect(index.search('roma').map((h) => [h.id, h.score])).toEqual([
      ['x1', 4],
      ['roma', 4],
    ]);
  });

  it('createSearchIndex(entries).search(q) puts a label prefix before a longer-standing word match', () => {
    const index = createSearchIndex([
      { id: 'a', label: 'Gran Barcelona', type: 'city' },
      { id: 'b', label: 'Barcelonaaaaaa Extra Long Name', type: 'firm' },
    ]);
    expect(ids(index, 'barcelona')).toEqual(['b', 'a']);
  });
});

describe('createSearchIndex with ids named like Object members', () => {
  it('matches and shows the id as written, and gives back the graph key to select', () => {
    const index = createSearchIndex([
      { id: 'constructor', key: '\uE000constructor', label: 'constructor', type: 'city' },
      { id: '__proto__', key: '\uE000__proto__', label: 'Proto City', type: 'city' },
      { id: 'toString', key: '\uE000toString', label: 'toString', type: '__proto__' },
    ]);
    expect(index.search('constructor')).toEqual([{ id: 'constructor', key: '\uE000constructor', label: 'constructor', type: 'city', score: 4 }]);
    expect(index.search('__proto').map((h) => [h.id, h.key])).toEqual([['__proto__', '\uE000__proto__']]);
    expect(index.search('tostring').map((h) => h.type)).toEqual(['__proto__']);
  });
});

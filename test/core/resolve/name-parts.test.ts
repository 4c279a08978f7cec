/**
 * nameParts and isAcronymOf on names from the real catalogues: folding,
 * administrative prefixes and suffixes, legal forms, acronyms of the same
 * name, saints, numbers and parenthesised qualifiers.
 */
import { describe, expect, test } from 'vitest';
import { isAcronymOf, nameParts } from '../../../src/core/resolve/name-parts';

describe('nameParts', () => {
  test('folds case, accents and punctuation and drops function words', () => {
    const p = nameParts('Agenzia della Mobilità Piemontese');
    expect(p.core).toEqual(['agenzia', 'mobilita', 'piemontese']);
    expect(nameParts('Agenzia Mobilita Piemontese').core).toEqual(p.core);
  });

  test('reads an administrative prefix as a body and its country', () => {
    expect(nameParts('Comune di Salò')).toMatchObject({ core: ['salo'], affix: 'comune', body: 'municipality', countries: ['IT'] });
    expect(nameParts('Comune del Trentino Ledro')).toMatchObject({ core: ['ledro'], affix: 'comune trentino' });
    expect(nameParts('Ajuntament de Barcelona')).toMatchObject({ core: ['barcelona'], countries: ['ES', 'AD'] });
    expect(nameParts('Gemeente Utrecht')).toMatchObject({ core: ['utrecht'], body: 'municipality' });
    expect(nameParts('Provincia di Lecce')).toMatchObject({ core: ['lecce'], body: 'province' });
    expect(nameParts('Unione Montana Valle Susa')).toMatchObject({ core: ['valle', 'susa'], body: 'union' });
    expect(nameParts('Bristol City Council')).toMatchObject({ core: ['bristol'], affix: 'city council', countries: ['GB'] });
    expect(nameParts('Bordeaux Métropole')).toMatchObject({ core: ['bordeaux'], body: 'metropolitan' });
  });

  test('a name that is only a prefix word keeps it', () => {
    expect(nameParts('Comune').core).toEqual(['comune']);
  });

  test('sets legal and organisation forms aside, dotted or not', () => {
    expect(nameParts('Capitale Lavoro S.p.A.')).toMatchObject({ core: ['capitale', 'lavoro'], forms: ['spa'], body: 'company' });
    expect(nameParts('GESEM Srl')).toMatchObject({ core: ['gesem'], forms: ['srl'] });
    expect(nameParts('Maykin Media B.V.').forms).toEqual(['bv']);
    expect(nameParts('Fondazione Film Commission Torino Piemonte')).toMatchObject({ forms: ['fondazione'], body: 'organisation' });
  });

  test('sets aside an acronym of the same name, wherever it stands', () => {
    const full = nameParts("Agenzia per l'Italia Digitale").core;
    expect(nameParts("AgID - Agenzia per l'Italia Digitale")).toMatchObject({ core: full, acronyms: expect.arrayContaining(['agid']) });
    expect(nameParts("Agenzia per l'Italia Digitale (AgID)").core).toEqual(full);
    expect(nameParts('MIC - Ministero della Cultura').core).toEqual(nameParts('Ministero della Cultura').core);
    expect(nameParts('Ior Istituto Ortopedico Rizzoli').core).toEqual(['istituto', 'ortopedico', 'rizzoli']);
    // A capitalised word that abbreviates nothing in the name stays a word.
    expect(nameParts('GESEM').core).toEqual(['gesem']);
    // An acronym candidate has half its letters or more in capitals: CamelCase names are words.
    expect([nameParts('UNICEF Innovation').capitals, nameParts('OpenFisca France').capitals]).toEqual([['unicef'], []]);
    expect(nameParts('Organized Crime and Corruption Reporting Project')).toMatchObject({
      core: ['organized', 'crime', 'corruption', 'reporting'],
      acronyms: expect.arrayContaining(['occrp']),
    });
  });

  test('reads saints one way, keeps numbers and the part outside parentheses', () => {
    expect(nameParts('Fondazione casa di riposo S. Giuseppe Onlus').core).toEqual(nameParts('Fondazione casa di riposo San Giuseppe Onlus').core);
    expect(nameParts('United Nations Children’s Fund').core).toEqual(['united', 'nation', 'children', 'fund']);
    expect(nameParts('ASL 5 Liguria').numbers).toEqual(['5']);
    expect(nameParts('Comune di Ferrara (FE)')).toMatchObject({ core: ['ferrara', 'fe'], outer: ['ferrara'], qualified: true });
    expect(nameParts('Comune di Ferrara').qualified).toBe(false);
  });
});

describe('isAcronymOf', () => {
  test('matches prefixes of successive words, one word left out at most', () => {
    expect(isAcronymOf('agid', ['agenzia', 'italia', 'digitale'])).toBe(true);
    expect(isAcronymOf('izsve', ['istituto', 'zooprofilattico', 'sperimentale', 'venezie'])).toBe(true);
    expect(isAcronymOf('arpa', ['basilicata', 'agenzia', 'regionale', 'protezione', 'ambiente'])).toBe(true);
    expect(isAcronymOf('mig', ['ministero', 'giustizia'])).toBe(true);
  });

  test('refuses two letters, one word, and letters out of order', () => {
    expect(isAcronymOf('fe', ['ferrara', 'emilia'])).toBe(false);
    expect(isAcronymOf('asl', ['liguria'])).toBe(false);
    expect(isAcronymOf('dia', ['agenzia', 'italia', 'digitale'])).toBe(false);
    expect(isAcronymOf('aid', ['agenzia', 'italia', 'digitale', 'nazionale', 'ricerca'])).toBe(false);
  });
});

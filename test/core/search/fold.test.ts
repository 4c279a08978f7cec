/** Tests of foldText, the one text folding of the search box, the node table's filter and file names. */
import { describe, expect, it } from 'vitest';
import { fileSlug, foldText } from '../../../src/core/search/fold';

describe('foldText', () => {
  it('foldText(s) drops accents and case', () => {
    expect(foldText('Landeshauptstadt MÜNCHEN')).toBe('landeshauptstadt munchen');
    expect(foldText('Ciudad de México')).toBe('ciudad de mexico');
    expect(foldText('Ñuñoa, Škofja Loka, Açores')).toBe('nunoa, skofja loka, acores');
  });

  it('foldText(s) spells out the letters that do not decompose: ß ẞ ø æ œ ł đ', () => {
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('GROẞ')).toBe('gross');
    expect(foldText('Øresund, København')).toBe('oresund, kobenhavn');
    expect(foldText('Ærø, Æble')).toBe('aero, aeble');
    expect(foldText('Œuvre, cœur')).toBe('oeuvre, coeur');
    expect(foldText('Łódź, Wrocław')).toBe('lodz, wroclaw');
    expect(foldText('Đakovo, đak')).toBe('dakovo, dak');
  });

  it('foldText(s) collapses whitespace and trims', () => {
    expect(foldText('  Den \t Haag\n ')).toBe('den haag');
  });
});

describe('fileSlug', () => {
  it('fileSlug(s) folds, keeps a-z and 0-9, joins the rest with single dashes', () => {
    expect(fileSlug('Top 10 — Größte Städte (Köln)')).toBe('top-10-grosste-stadte-koln');
    expect(fileSlug('  ¿Qué?  ')).toBe('que');
    expect(fileSlug('日本')).toBe('');
  });

  it('fileSlug(s, maxLength) cuts to maxLength and never ends on a dash', () => {
    expect(fileSlug('abc def ghi', 4)).toBe('abc');
    expect(fileSlug('abcdef', 3)).toBe('abc');
  });
});

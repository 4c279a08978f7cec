/**
 * An aliases file given with the data files is told by its header (the names
 * the core's aliases reader accepts), whatever the order the files were
 * dropped in; two aliases files, or three data files, are refused.
 */
import { describe, expect, it } from 'vitest';
import { assignRoles, InputError, looksLikeAliases } from '../../../src/ui/panels/load-input';

const file = (name: string, text: string) => ({ name, text });
const edges = file('edges.csv', 'source,target\nLecco,Decidim\n');
const nodes = file('nodes.csv', 'id,label,type\nLecco,Lecco,city\n');
const aliases = file('aliases.csv', 'alias,canonical,note\nComune di Lecco,Lecco,same city\n');

describe('looksLikeAliases', () => {
  it('reads alias,canonical and the other names of the aliases reader, not edges or nodes', () => {
    expect(looksLikeAliases(aliases.text)).toBe(true);
    expect(looksLikeAliases('Alias_ID;Merge_Into\nA;B\n')).toBe(true);
    expect(looksLikeAliases('# made by hand\nvariant\tcanonical_id\nA\tB\n')).toBe(true);
    expect(looksLikeAliases(edges.text)).toBe(false);
    expect(looksLikeAliases(nodes.text)).toBe(false);
    expect(looksLikeAliases('alias\nA\n')).toBe(false);
  });
});

describe('assignRoles with an aliases file', () => {
  it('takes the aliases file out, in any order', () => {
    expect(assignRoles([aliases, nodes, edges])).toEqual({ edges, nodes, aliases });
    expect(assignRoles([edges, aliases])).toEqual({ edges, aliases });
    expect(assignRoles([nodes, edges])).toEqual({ edges, nodes });
  });
  it('refuses two aliases files and three data files', () => {
    expect(() => assignRoles([edges, aliases, file('more.csv', aliases.text)])).toThrow(InputError);
    expect(() => assignRoles([edges, nodes, file('other.csv', 'id,label\nA,B\n')])).toThrow(InputError);
  });
});

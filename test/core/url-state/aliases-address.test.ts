/**
 * The aliases file in share links: `aliases=<address>` read and written
 * with the same address rules as `edges=` and `nodes=` (web or small data:
 * addresses), refused without an edges file, and an aliases file made in
 * the app carried as a data: address that decodes back to its text.
 */
import { describe, expect, it } from 'vitest';
import { csvDataAddress, dataAddressesProblem, decodeState, encodeState, MAX_DATA_ADDRESS, toQuery } from '../../../src/core/url-state';

describe('aliases= in share links', () => {
  it('encodeState({edges, nodes, aliases}) writes aliases after nodes, and decodeState reads it back', () => {
    const params = encodeState({ edges: 'https://x.org/e.csv', nodes: 'https://x.org/n.csv', aliases: 'https://x.org/aliases.csv' });
    expect(toQuery(params)).toBe('edges=https://x.org/e.csv&nodes=https://x.org/n.csv&aliases=https://x.org/aliases.csv');
    const { state, notices } = decodeState(params);
    expect(state).toMatchObject({ edges: 'https://x.org/e.csv', nodes: 'https://x.org/n.csv', aliases: 'https://x.org/aliases.csv' });
    expect(notices).toEqual([]);
  });

  it('encodeState({aliases}) without edges writes nothing; decodeState refuses aliases= without edges=', () => {
    expect(toQuery(encodeState({ aliases: 'https://x.org/a.csv' }))).toBe('');
    const { state, notices } = decodeState(new URLSearchParams('aliases=https://x/a.csv'));
    expect(state.aliases).toBeUndefined();
    expect(notices).toEqual(["ignored 'aliases=https://x/a.csv': an aliases file needs an edges file (edges=…)"]);
  });

  it('decodeState refuses an aliases address of another scheme, as for edges=', () => {
    const { state, notices } = decodeState(new URLSearchParams('edges=https://x/e.csv&aliases=javascript:alert(1)'));
    expect(state.aliases).toBeUndefined();
    expect(notices).toEqual([
      "ignored 'aliases=javascript:alert(1)': only http(s) addresses and small data: addresses can be loaded from a link, not javascript:",
    ]);
  });

  it('csvDataAddress(text) round-trips through a link and a data: URL, ids such as __proto__ and commas included', async () => {
    const text = 'alias,canonical\r\n"Comune di Parma, PR",Parma\r\n__proto__,constructor\r\nMünchen ✓,Landeshauptstadt München\r\n';
    const address = csvDataAddress(text);
    const { state } = decodeState(new URLSearchParams(toQuery(encodeState({ edges: 'https://x/e.csv', aliases: address }))));
    expect(state.aliases).toBe(address);
    expect(await (await fetch(state.aliases!)).text()).toBe(text);
  });

  it('dataAddressesProblem names the file whose address cannot go into a link', () => {
    expect(dataAddressesProblem({ edges: 'https://x/e.csv', nodes: 'https://x/n.csv', aliases: csvDataAddress('alias,canonical\nA,B\n') })).toBeNull();
    const long = csvDataAddress(`alias,canonical\n${'A,B\n'.repeat(MAX_DATA_ADDRESS / 4)}`);
    expect(dataAddressesProblem({ edges: 'https://x/e.csv', aliases: long })).toMatch(
      /^the aliases file: a data: address of [\d,]+ characters is too long for a link/,
    );
    expect(dataAddressesProblem({ edges: 'file:///e.csv' })).toMatch(/^only http\(s\) addresses/);
  });
});

/**
 * Which data addresses a link may name (`edges=`, `nodes=`, `aliases=`): web addresses
 * (`https:`, `http:`, or a path relative to the page) and small `data:`
 * addresses. A `data:` address is the user's own data written into the
 * link: the browser reads it without any server and without CORS, and it
 * is parsed as CSV like any other file, so it is safe to load. Its only
 * cost is length: the whole link travels to the web host that serves the
 * atlas, and common servers refuse request lines over about 8 KB (Apache's
 * and nginx's defaults), so a longer link would not open for the people it
 * is sent to. Larger data belongs in a snapshot file (Share → Download
 * snapshot). Other schemes (`javascript:`, `blob:`, `file:`…) cannot be
 * fetched from a shared link and are refused by name. Merges made in the
 * app (the Possible duplicates panel) have no address of their own: their
 * aliases file goes into the link as a `data:` address, under the same limit.
 */
import type { DataAddresses } from './share-state';

/** Longest `data:` address a link may carry, in characters. */
export const MAX_DATA_ADDRESS = 8000;

/** The scheme of an absolute address (`https`, `data`…), lower case; null for a relative one. */
export function addressScheme(address: string): string | null {
  const m = /^\s*([a-z][a-z\d+.-]*):/i.exec(address);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Why `address` cannot be a data address in a link, in plain words, or
 * null when it can.
 */
export function dataAddressProblem(address: string): string | null {
  if (!address.trim()) return 'the address is empty';
  const scheme = addressScheme(address);
  if (scheme === null || scheme === 'https' || scheme === 'http') return null;
  if (scheme === 'data') {
    if (address.length <= MAX_DATA_ADDRESS) return null;
    return (
      `a data: address of ${address.length.toLocaleString('en-US')} characters is too long for a link ` +
      `(at most ${MAX_DATA_ADDRESS.toLocaleString('en-US')}: many web servers refuse longer addresses); ` +
      'share larger data as a snapshot file (Share → Download snapshot)'
    );
  }
  return `only http(s) addresses and small data: addresses can be loaded from a link, not ${scheme.slice(0, 20)}:`;
}

/** A `data:` address holding `text` as a UTF-8 CSV (what a link carries for an aliases file made in the app). */
export function csvDataAddress(text: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;
}

/** Why one of the data's addresses cannot go into a link (naming the file), or null when all can. */
export function dataAddressesProblem(urls: DataAddresses): string | null {
  for (const role of ['edges', 'nodes', 'aliases'] as const) {
    const address = urls[role];
    const problem = address === undefined ? null : dataAddressProblem(address);
    if (problem) return role === 'edges' ? problem : `the ${role} file: ${problem}`;
  }
  return null;
}

/**
 * The page's input reading, in Node with `fetch` stubbed: an address that
 * answers a web page or JSON under a CSV content type is refused by the
 * kind of the core's `not-csv` error (not by its wording), and the nodes
 * file of two is told by its columns.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assignRoles, fetchCsv, InputError, looksLikeNodes } from '../../../src/ui/panels/load-input';

describe('fetchCsv', () => {
  beforeEach(() => vi.stubGlobal('location', { href: 'https://atlas.example/' }));
  afterEach(() => vi.unstubAllGlobals());

  const answering = (body: string) => vi.stubGlobal('fetch', async () => new Response(body, { status: 200, headers: { 'content-type': 'text/plain' } }));

  it('fetchCsv(url) refuses a web page served as text with the web-page message', async () => {
    answering('<!doctype html><html><body>Sign in</body></html>');
    const error = await fetchCsv('https://data.example/edges.csv', 'edges').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      'The edges URL https://data.example/edges.csv returned a web page, not a CSV. Link to the raw file (e.g. GitHub\'s "Raw" button).',
    );
  });

  it('fetchCsv(url) refuses JSON with the JSON message', async () => {
    answering('{"nodes": []}');
    const error = await fetchCsv('https://data.example/nodes.csv', 'nodes').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('The nodes URL https://data.example/nodes.csv returned JSON, not a CSV.');
  });

  it('fetchCsv(url) returns a CSV with its name and hash', async () => {
    answering('source,target\nA,B\n');
    const file = await fetchCsv('https://data.example/links.csv', 'edges');
    expect([file.name, file.text]).toEqual(['links.csv', 'source,target\nA,B\n']);
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('looksLikeNodes / assignRoles', () => {
  it('looksLikeNodes(text) is true for an id column without source/target', () => {
    expect(looksLikeNodes('id,label\nA,Alpha\n')).toBe(true);
    expect(looksLikeNodes('source,target\nA,B\n')).toBe(false);
    expect(looksLikeNodes('colour,size\nred,2\n')).toBe(false);
  });

  it('assignRoles(files) takes the file that reads only as nodes as the nodes file', () => {
    const nodes = { name: 'n.csv', text: 'id,type\nA,city\n' };
    const edges = { name: 'e.csv', text: 'source,target\nA,B\n' };
    expect(assignRoles([nodes, edges])).toEqual({ edges, nodes });
    expect(assignRoles([edges])).toEqual({ edges });
  });
});

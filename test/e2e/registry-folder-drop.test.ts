/**
 * A folder of publiccode.yml files dropped on the app, in Chromium: the
 * page's own drop handler walks it (src/ui/panels/registry-drop.ts,
 * `droppedFiles`) — nested folders, entries read in several batches, hidden
 * folders and node_modules left out, a loose file beside the folder — and
 * imports the twelve real fixtures into the same map as dropping them one by
 * one (228 nodes, 217 links), each file named by its path in the drop.
 *
 * Playwright cannot drag a real folder from the disk onto a page (its drops
 * are synthetic DataTransfer objects, whose items never give a directory
 * entry), so the dropped DataTransfer's `items` is given a fake entry tree
 * with the FileSystemEntry interface `webkitGetAsEntry` returns
 * (isFile/isDirectory, name, fullPath, file(), createReader().readEntries()),
 * and the event goes through the real handler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { type Harness, openApp, startHarness } from './browser';

const DIR = new URL('../fixtures/registries/publiccode/', import.meta.url).pathname;
const FILES = readdirSync(DIR)
  .sort()
  .map((name) => ({ name, text: readFileSync(DIR + name, 'utf8') }));

/** A file or a folder of the fake drop. */
type TreeNode = { name: string; text?: string; children?: TreeNode[] };

/** A publiccode.yml whose project and city must not reach the map (it sits where the walk must not go). */
const hidden = (name: string): TreeNode => ({
  name: 'publiccode.yml',
  text: `publiccodeYmlVersion: "0.2"\nname: ${name}\nurl: https://example.org/${name}\nusedBy:\n  - Comune di ${name}\n`,
});

/** registries/ { italy/ (6 files), other/deeper/ (5 files), .git/, node_modules/ } and the twelfth file loose beside it. */
const TREE: TreeNode[] = [
  {
    name: 'registries',
    children: [
      { name: 'italy', children: FILES.slice(0, 6) },
      { name: 'other', children: [{ name: 'deeper', children: FILES.slice(6, 11) }] },
      { name: '.git', children: [hidden('Hidden in git')] },
      { name: 'node_modules', children: [{ name: 'pkg', children: [hidden('Hidden in modules')] }] },
    ],
  },
  FILES[11]!,
];

/** Drops the fake tree on the page through its own drop handler. */
const dropTree = (page: Page, tree: TreeNode[]) =>
  page.evaluate((nodes) => {
    type Node = { name: string; text?: string; children?: Node[] };
    const later = <T>(value: T, done: (v: T) => void) => setTimeout(() => done(value), 0);
    const entry = (node: Node, parent: string): unknown => {
      const fullPath = `${parent}/${node.name}`;
      if (!node.children) {
        const file = new File([node.text ?? ''], node.name, { type: 'application/yaml' });
        return { isFile: true, isDirectory: false, name: node.name, fullPath, file: (ok: (f: File) => void) => later(file, ok) };
      }
      const children = node.children;
      return {
        isFile: false,
        isDirectory: true,
        name: node.name,
        fullPath,
        createReader() {
          // As browsers do: the entries in batches (here of two, in reverse order), then an empty batch.
          const batches: Node[][] = [];
          const reversed = [...children].reverse();
          for (let i = 0; i < reversed.length; i += 2) batches.push(reversed.slice(i, i + 2));
          batches.push([]);
          let next = 0;
          return {
            readEntries: (ok: (entries: unknown[]) => void) =>
              later(
                (batches[next++] ?? []).map((c) => entry(c, fullPath)),
                ok,
              ),
          };
        },
      };
    };
    const data = new DataTransfer();
    // A real folder drop lists the folder among `files` too; the handler only looks for some file.
    for (const node of nodes) data.items.add(new File([node.text ?? ''], node.name));
    Object.defineProperty(data, 'items', { value: nodes.map((node) => ({ kind: 'file', webkitGetAsEntry: () => entry(node, '') })) });
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, tree);

describe('a folder of registry files dropped on the app', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => h?.close());

  it('walks nested folders, skips .git and node_modules, and imports the twelve files as the one-by-one drop does', async () => {
    const errors: string[] = [];
    const page = await openApp(h, '', errors);
    await dropTree(page, TREE);
    await page.waitForFunction(() => {
      const s = (window as unknown as AtlasTestWindow).atlas.store.get();
      return s.dataset?.source.title === '12 publiccode.yml files' && s.busy === null && s.message?.text.startsWith('Imported');
    });
    const shown = await page.evaluate(() => {
      const s = (window as unknown as AtlasTestWindow).atlas.store.get();
      const graph = s.dataset!.network.graph;
      const evidence = new Set<string>();
      graph.forEachEdge((_k, a) => a.evidence.forEach((e) => evidence.add(e)));
      const labels: string[] = [];
      graph.forEachNode((_k, a) => labels.push(a.label));
      return { order: graph.order, size: graph.size, evidence: [...evidence].sort(), labels };
    });
    expect([shown.order, shown.size]).toEqual([228, 217]);
    expect(shown.labels.filter((l) => l.includes('Hidden'))).toEqual([]);
    // Each file is named by its path in the drop (the loose file by its name alone); two of the twelve
    // give no link, as `atlas import` finds too: 5Tsrl-emma-backend.yml and Comune-Milano-Whistleblowing.yml.
    const linkless = new Set(['5Tsrl-emma-backend.yml', 'Comune-Milano-Whistleblowing.yml']);
    const paths = [
      ...FILES.slice(0, 6).map((f) => `registries/italy/${f.name}`),
      ...FILES.slice(6, 11).map((f) => `registries/other/deeper/${f.name}`),
      FILES[11]!.name,
    ].filter((p) => !linkless.has(p.split('/').pop()!));
    expect(paths).toHaveLength(10);
    expect(shown.evidence).toEqual([...paths].sort());
    expect(errors).toEqual([]);
    await page.close();
  });
});

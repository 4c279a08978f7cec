/**
 * The bare sigma page: reads an edges CSV (papaparse, source and target
 * taken from the header), builds a graphology graph with duplicate pairs
 * merged like the app does, and renders it with `new Sigma(graph, container)`
 * and default settings (or a few given ones, e.g. hiding edges while the
 * camera moves, to isolate the app's own overhead) — no reducers, no custom
 * programs. Positions, sizes
 * and colours can be handed over from the app's map so both pages draw the
 * same picture; otherwise positions are seeded-random.
 * The benchmark drives it through `window.bare`.
 */
import Graph from 'graphology';
import Papa from 'papaparse';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';

/** What the app's map shows for each node, to draw the same picture. */
export interface BareLook {
  keys: string[];
  xy: number[];
  size: number[];
  color: string[];
}

/** Column index of the first header cell matching one of `names` (case-insensitive). */
function column(header: readonly string[], names: readonly string[], fallback: number): number {
  const i = header.findIndex((h) => names.includes(h.trim().toLowerCase()));
  return i >= 0 ? i : fallback;
}

/** The undirected graph of an edges CSV; `#` lines before the header are skipped. */
function graphOf(text: string): Graph {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  let first = 0;
  while (rows[first]?.[0]?.startsWith('#')) first++;
  const header = rows[first] ?? [];
  const s = column(header, ['source', 'from', 'src'], 0);
  const t = column(header, ['target', 'to', 'dst'], 1);
  const graph = new Graph({ type: 'undirected' });
  for (let r = first + 1; r < rows.length; r++) {
    const source = rows[r]![s]?.trim();
    const target = rows[r]![t]?.trim();
    if (!source || !target) continue;
    graph.mergeNode(source);
    graph.mergeNode(target);
    if (source !== target) graph.mergeEdge(source, target);
  }
  return graph;
}

/** Seeded positions (mulberry32) and degree sizes, when the app's look is not given. */
function placeRandomly(graph: Graph): void {
  let a = 42;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: random(), y: random(), size: 2 + Math.sqrt(graph.degree(node)) }));
}

let sigma: Sigma | null = null;

/** Loads `url` and renders it with sigma's defaults over `settings`; resolves with the graph's order and size once the first frame is drawn. */
async function load(
  url: string,
  look?: BareLook,
  settings: Partial<Settings> = {},
): Promise<{ nodes: number; edges: number; buildMs: number; renderMs: number }> {
  const text = await (await fetch(url)).text();
  const t0 = performance.now();
  const graph = graphOf(text);
  if (look) {
    look.keys.forEach((key, i) => {
      if (graph.hasNode(key)) graph.mergeNodeAttributes(key, { x: look.xy[2 * i], y: look.xy[2 * i + 1], size: look.size[i], color: look.color[i] });
    });
  } else placeRandomly(graph);
  const t1 = performance.now();
  sigma?.kill();
  sigma = new Sigma(graph, document.getElementById('map')!, settings);
  return { nodes: graph.order, edges: graph.size, buildMs: t1 - t0, renderMs: performance.now() - t1 };
}

Object.assign(window, {
  bare: {
    load,
    get sigma() {
      return sigma;
    },
  },
});

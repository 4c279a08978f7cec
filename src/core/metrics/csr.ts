/**
 * Compressed sparse row (CSR) adjacency of an undirected graph, built once and
 * shared by every measure.
 *
 * Why not walk graphology's adjacency directly: its neighbour iteration goes
 * through object-keyed maps, which makes power iterations and Brandes' 2n
 * traversals 5–13× slower than igraph on 10k–100k-node graphs. A CSR over
 * typed arrays turns every traversal into integer loops with no allocation and
 * can be transferred between a worker and the page without copying.
 */

export interface Csr {
  /** Number of nodes. */
  n: number;
  /** Number of undirected edges (each stored twice in `neighbors`). */
  m: number;
  /** Node keys in graph order: index i ↔ `keys[i]`. */
  keys: string[];
  /** Neighbours of node i are `neighbors[offsets[i] .. offsets[i+1])`. */
  offsets: Int32Array;
  neighbors: Int32Array;
  /** Weight of each stored half-edge, aligned with `neighbors` (1 when unweighted). */
  weights: Float64Array;
}

/**
 * A graph that makes its own CSR: the built graph in columns
 * (graph/columns.ts), whose `csr` equals `buildCsr` of its graphology graph.
 */
export interface ColumnarGraph {
  readonly order: number;
  readonly size: number;
  /** Node keys in graph order (a new array). */
  nodes(): string[];
  csr(weightAttribute: 'weight' | null): Csr;
}

/**
 * What the measures read of a graph: its size, its node keys in order and
 * its CSR (through {@link csrFor}) — a graphology graph, or the columns the
 * builder writes, which give the CSR without graphology's graph.
 */
export type MeasureGraph = EdgeListGraph | ColumnarGraph;

/**
 * What {@link buildCsr} reads of a graph: its node keys in order and its
 * links with their attributes — any graphology graph, or the page's graph
 * over the worker's columns (graph/read-graph.ts).
 */
export interface EdgeListGraph {
  readonly order: number;
  readonly size: number;
  nodes(): string[];
  forEachEdge(callback: (edge: string, attributes: object, source: string, target: string) => void): void;
}

/**
 * Builds the CSR of an undirected graph. Self-loops are skipped (the readers
 * drop them with an issue). `weightAttribute` names the edge attribute read as
 * weight, or `null` for all ones; missing or non-positive weights count as 1.
 */
export function buildCsr(graph: EdgeListGraph, weightAttribute: string | null = 'weight'): Csr {
  const keys = graph.nodes();
  const n = keys.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(keys[i]!, i);

  // One pass over graphology's edges (its iteration is the slow part: ~1 µs a
  // link), keeping each link's ends and weight; the CSR is then filled from
  // these arrays in the same order, so every node's neighbours come in the
  // order of the graph's edges, as the measures' results depend on.
  const size = graph.size;
  const sources = new Int32Array(size);
  const targets = new Int32Array(size);
  const linkWeights = new Float64Array(size);
  let m = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const raw = weightAttribute === null ? 1 : (attributes as Record<string, unknown>)[weightAttribute];
    sources[m] = index.get(source)!;
    targets[m] = index.get(target)!;
    linkWeights[m] = typeof raw === 'number' ? raw : 1;
    m++;
  });
  return csrFromLinks(keys, sources, targets, linkWeights, m);
}

/**
 * The CSR of `count` links given by their ends (indices into `keys`) in link
 * order, so every node's neighbours come in that order: self-loops skipped,
 * a weight that is not a positive finite number counts as 1, `linkWeights`
 * null for all ones. Shared by {@link buildCsr} and the builder's columns
 * (graph/columns.ts), which hold the ends as typed arrays already.
 */
export function csrFromLinks(keys: string[], sources: Int32Array, targets: Int32Array, linkWeights: Float64Array | null, count: number): Csr {
  const n = keys.length;
  const degree = new Int32Array(n);
  let m = 0;
  for (let e = 0; e < count; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    if (s === t) continue;
    degree[s]!++;
    degree[t]!++;
    m++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const neighbors = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  const cursor = offsets.slice(0, n);
  for (let e = 0; e < count; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    if (s === t) continue;
    const raw = linkWeights === null ? 1 : linkWeights[e]!;
    const w = raw > 0 && Number.isFinite(raw) ? raw : 1;
    let p = cursor[s]!++;
    neighbors[p] = t;
    weights[p] = w;
    p = cursor[t]!++;
    neighbors[p] = s;
    weights[p] = w;
  }
  return { n, m, keys, offsets, neighbors, weights };
}

/**
 * The CSR of `graph` for `weightAttribute`, from `cache` when one is given
 * (an analysis builds the adjacency once for all its measures). The
 * unweighted variant shares the topology arrays of a weighted one. Columns
 * give their own CSR (weighted by `weight` or unweighted only); a
 * graphology graph's is built from its edges.
 */
export function csrFor(graph: MeasureGraph, weightAttribute: string | null, cache?: Map<string | null, Csr>): Csr {
  if (!cache) return csrOf(graph, weightAttribute);
  const hit = cache.get(weightAttribute);
  if (hit) return hit;
  const other = weightAttribute === null ? cache.values().next().value : undefined;
  const csr = other ? { ...other, weights: new Float64Array(other.weights.length).fill(1) } : csrOf(graph, weightAttribute);
  cache.set(weightAttribute, csr);
  return csr;
}

function csrOf(graph: MeasureGraph, weightAttribute: string | null): Csr {
  if (!('csr' in graph)) return buildCsr(graph, weightAttribute);
  if (weightAttribute !== null && weightAttribute !== 'weight')
    throw new Error(`metrics/csr: the graph's columns hold the weight only, not an attribute '${weightAttribute}'`);
  return graph.csr(weightAttribute);
}

/**
 * A tiny stand-in for the benchmark's generator (bench/generate.ts), for
 * trying the browser part alone when bench/data has not been written yet:
 * seeded, typed city–project–firm edge lists with community structure,
 * about 5 links per node, in the app's CSV format (`<size>-edges.csv`).
 * The real run reads the generator's files from its data folder.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

/** '50k' → 50000, '1.5k' → 1500, '2m' → 2000000. */
export function nodesOf(size: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(size);
  if (!m) return null;
  return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1));
}

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The edges CSV text of a graph of about `n` nodes in communities of ~250. */
export function generateEdges(n: number, seed = 1): string {
  const random = rng(seed);
  const communities = Math.max(1, Math.round(n / 250));
  const projects = Math.max(communities, Math.round(n * 0.1));
  const firms = Math.round(n * 0.15);
  const cities = n - projects - firms;
  const projectOf = (c: number) => {
    // 90% of links stay inside the community (projects are dealt round-robin).
    const community = random() < 0.9 ? c : Math.floor(random() * communities);
    const inCommunity = Math.ceil((projects - community) / communities);
    return community + communities * Math.floor(random() * inCommunity);
  };
  const lines = ['source,source_type,target,target_type,relation,weight'];
  for (let i = 0; i < cities; i++) for (let k = 0; k < 4; k++) lines.push(`city ${i},city,project ${projectOf(i % communities)},project,uses,1`);
  for (let i = 0; i < firms; i++)
    for (let k = 0; k < 8; k++) lines.push(`firm ${i},firm,project ${projectOf(i % communities)},project,${k % 2 ? 'maintains' : 'develops'},1`);
  return `${lines.join('\n')}\n`;
}

/** Writes `<size>-edges.csv` into `dir` for each size it lacks; returns the sizes written. */
export function writeFallbackData(sizes: readonly string[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const size of sizes) {
    const n = nodesOf(size);
    const file = `${dir}/${size}-edges.csv`;
    if (n === null || existsSync(file)) continue;
    writeFileSync(file, generateEdges(n));
    written.push(size);
  }
  return written;
}

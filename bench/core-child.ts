/**
 * One round of our core in a fresh Node process, so each round's peak memory
 * (`maxRSS`) is its own and JIT warm-up is paid as a user pays it on one load:
 * `node --import tsx bench/core-child.ts <dataset> <edges.csv> [nodes.csv]`
 * prints a RoundResult as JSON on stdout.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeBytes } from '../src/core/csv';
import { runCoreRound, type CoreInput } from './core';

/** Reads a file as the CLI does: bytes, then the app's decoding (BOM, binary sniff). */
function readText(path: string): { name: string; text: string } {
  const name = basename(path);
  return { name, text: decodeBytes(new Uint8Array(readFileSync(path)), name) };
}

const [dataset, edgesPath, nodesPath] = process.argv.slice(2);
if (!dataset || !edgesPath) {
  process.stderr.write('usage: node --import tsx bench/core-child.ts <dataset> <edges.csv> [nodes.csv]\n');
  process.exit(2);
}
const baseRssMb = Math.round(process.memoryUsage().rss / 1048576);
const input: CoreInput = { dataset, edges: readText(edgesPath), ...(nodesPath ? { nodes: readText(nodesPath) } : {}) };
process.stdout.write(JSON.stringify(runCoreRound(input, baseRssMb)) + '\n');

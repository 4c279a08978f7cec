/**
 * One round of our core in a fresh Node process, so each round's peak memory
 * (`maxRSS`) is its own and JIT warm-up is paid as a user pays it on one load:
 * `node --import tsx bench/core-child.ts <dataset> <edges.csv> [nodes.csv] [--skip a,b]`
 * prints a RoundResult as JSON on stdout, and `bench-stage <id> start|<ms>`
 * lines (with a JSON of peak RSS and modularity at the end of a stage) on stderr so the parent can tell in which stage a crash happened.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeBytes } from '../src/core/csv';
import { runCoreRound, type CoreInput, type StageInfo } from './core';

/** Reads a file as the CLI does: bytes, then the app's decoding (BOM, binary sniff). */
function readText(path: string): { name: string; text: string } {
  const name = basename(path);
  return { name, text: decodeBytes(new Uint8Array(readFileSync(path)), name) };
}

const args = process.argv.slice(2);
const skipAt = args.indexOf('--skip');
const skip = new Set(skipAt >= 0 ? (args.splice(skipAt, 2)[1] ?? '').split(',') : []);
const [dataset, edgesPath, nodesPath] = args;
if (!dataset || !edgesPath) {
  process.stderr.write('usage: node --import tsx bench/core-child.ts <dataset> <edges.csv> [nodes.csv]\n');
  process.exit(2);
}
const baseRssMb = Math.round(process.memoryUsage().rss / 1048576);
const input: CoreInput = { dataset, edges: readText(edgesPath), ...(nodesPath ? { nodes: readText(nodesPath) } : {}) };
const onStage = (stage: string, ms?: number, info?: StageInfo) =>
  process.stderr.write(`bench-stage ${stage} ${ms === undefined ? 'start' : `${ms} ${JSON.stringify(info)}`}\n`);
process.stdout.write(JSON.stringify(runCoreRound(input, { baseRssMb, skip, onStage })) + '\n');

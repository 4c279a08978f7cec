/**
 * Child processes of the benchmark: one round of our core in a fresh Node
 * (`core-child.ts`), one round of a peer library in Debian's Python
 * (`peers.py`), and the check of which peers are installed. Every child has
 * a wall-clock limit, so a run never hangs.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LIMITS, type RoundResult } from './stages';

export const PYTHON = '/usr/bin/python3';
export const PEERS = ['igraph', 'networkx'] as const;
export type Peer = (typeof PEERS)[number];

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
/** A round that runs longer than this is stopped and reported as failed. */
const ROUND_TIMEOUT_MS = 60 * 60 * 1000;

export interface DatasetFiles {
  dataset: string;
  edges: string;
  nodes?: string;
}

function parseRound(what: string, result: ReturnType<typeof spawnSync>): RoundResult {
  const stdout = String(result.stdout ?? '');
  if (result.error || result.status !== 0) {
    const why = result.error?.message ?? `exit ${result.status ?? result.signal}`;
    throw new Error(`bench: ${what} failed (${why}): ${String(result.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`);
  }
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as RoundResult;
}

/** One round of our core in a fresh Node process. */
export function runOursRound(files: DatasetFiles): RoundResult {
  const args = ['--import', 'tsx', `${BENCH_DIR}core-child.ts`, files.dataset, files.edges, ...(files.nodes ? [files.nodes] : [])];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: ROUND_TIMEOUT_MS });
  return parseRound(`ours on ${files.dataset}`, result);
}

/** One round of a peer library; `budgetSeconds` bounds each networkx stage. */
export function runPeerRound(peer: Peer, files: DatasetFiles, budgetSeconds: number): RoundResult {
  const args = [
    `${BENCH_DIR}peers.py`,
    ...['--peer', peer, '--dataset', files.dataset, '--edges', files.edges],
    ...(files.nodes ? ['--nodes', files.nodes] : []),
    ...['--exact-max-nodes', String(LIMITS.exactBetweennessMaxNodes), '--closeness-max-work', String(LIMITS.closenessMaxWork)],
    ...['--samples', String(LIMITS.samples), '--max-via-members', String(LIMITS.maxViaMembers), '--seed', String(LIMITS.seed)],
    ...['--budget', String(budgetSeconds)],
  ];
  const result = spawnSync(PYTHON, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: ROUND_TIMEOUT_MS });
  return parseRound(`${peer} on ${files.dataset}`, result);
}

/** Version of each installed peer, or why it cannot be used. */
export function peerVersions(): Record<Peer, { version?: string; missing?: string }> {
  const out = {} as Record<Peer, { version?: string; missing?: string }>;
  for (const peer of PEERS) {
    const result = spawnSync(PYTHON, ['-c', `import ${peer}; print(${peer}.__version__)`], { encoding: 'utf8', timeout: 60_000 });
    out[peer] =
      result.status === 0
        ? { version: result.stdout.trim() }
        : { missing: result.error ? `${PYTHON} not found` : `not installed (apt-get install python3-${peer})` };
  }
  return out;
}

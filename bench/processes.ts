/**
 * Child processes of the benchmark: one round of our core in a fresh Node
 * (`core-child.ts`), one round of a peer library in Debian's Python
 * (`peers.py`), and the check of which peers are installed. Every child has
 * a wall-clock limit, so a run never hangs.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { StageInfo } from './core';
import { FIRST_STAGE, LIMITS, type RoundResult } from './stages';

export const PYTHON = '/usr/bin/python3';
export const PEERS = ['igraph', 'networkx'] as const;
export type Peer = (typeof PEERS)[number];

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
/** A round that runs longer than this is stopped and reported as failed. */
const ROUND_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * Bundles `core-child.ts` with Vite into `bench/.cache/core-child.mjs`, as the
 * app's worker is bundled: tsx would run the sources through esbuild with
 * `keepNames`, whose per-closure `__name` calls the shipped app does not pay
 * (a second of a 3.6 s parse of 250k rows). Returns the script's path.
 */
export async function bundleCoreChild(): Promise<string> {
  const outDir = `${BENCH_DIR}.cache`;
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: `${BENCH_DIR}core-child.ts`,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: { output: { entryFileNames: 'core-child.mjs' }, checks: { pluginTimings: false } },
    },
  });
  return `${outDir}/core-child.mjs`;
}

/** How a round's child runs: the bundle when given, else the sources through tsx. `--expose-gc`: stages start from a collected heap. */
function childArgs(script: string | undefined): string[] {
  return script ? ['--expose-gc', script] : ['--expose-gc', '--import', 'tsx', `${BENCH_DIR}core-child.ts`];
}

export interface DatasetFiles {
  dataset: string;
  edges: string;
  nodes?: string;
}

function parseRound(what: string, result: ReturnType<typeof spawnSync>): RoundResult {
  const stdout = String(result.stdout ?? '');
  if (result.error || result.status !== 0) {
    const why = result.error?.message ?? `exit ${result.status ?? result.signal}`;
    throw new Error(
      `bench: ${what} failed (${why}): ${String(result.stderr ?? '')
        .trim()
        .split('\n')
        .slice(-3)
        .join(' | ')}`,
    );
  }
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as RoundResult;
}

/** Why a child died, in words (V8's out-of-memory abort is the one that matters). */
function crashReason(result: ReturnType<typeof spawnSync>): string {
  const stderr = String(result.stderr ?? '');
  if (/heap out of memory|Allocation failed|invalid (array|table) size|Invalid string length/i.test(stderr)) return 'failed: out of memory (V8 heap)';
  return `failed (${result.signal ?? `exit ${result.status}`})`;
}

/**
 * One round of our core in a fresh Node process. When the process dies in a
 * stage (out of memory at 100k, say), that stage is noted as failed, the
 * times of the stages it finished are kept, and the round is run again
 * without the stages already done; up to 4 attempts.
 */
export function runOursRound(files: DatasetFiles, script?: string): RoundResult {
  const done: Record<string, number> = {};
  const failed: Record<string, string> = {};
  const modularity: RoundResult['modularity'] = {};
  let analysisRssMb = 0;
  let peakSeenMb = 0;
  for (let attempt = 0; attempt < 4; attempt++) {
    const skip = [...Object.keys(failed), ...Object.keys(done).filter((s) => s !== FIRST_STAGE)];
    const args = [...childArgs(script), files.dataset, files.edges, ...(files.nodes ? [files.nodes] : [])];
    if (skip.length) args.push('--skip', skip.join(','));
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: ROUND_TIMEOUT_MS });
    if (result.status === 0) {
      const round = parseRound(`ours on ${files.dataset}`, result);
      round.ms = { ...done, ...round.ms };
      for (const s of Object.keys(done)) delete round.notes[s];
      Object.assign(round.notes, failed);
      round.modularity = { ...modularity, ...round.modularity };
      if (attempt > 0) {
        round.analysisRssMb = Math.max(analysisRssMb, round.analysisRssMb ?? 0);
        round.peakRssMb = Math.max(peakSeenMb, round.peakRssMb);
        round.notes.memory = `${attempt + 1} attempts: peak RSS over the stages that finished (the failed ones not counted)`;
      }
      return round;
    }
    let running: string | undefined;
    for (const [, stage, what, json] of String(result.stderr ?? '').matchAll(/^bench-stage (\S+) (\S+) ?(.*)$/gm)) {
      if (what === 'start') running = stage;
      else if (stage) {
        const info = JSON.parse(json || '{}') as StageInfo;
        peakSeenMb = Math.max(peakSeenMb, info.peakRssMb);
        if (stage !== FIRST_STAGE) done[stage] = Number(what);
        if (stage === 'louvain' || stage === 'louvain-1') {
          if (info.modularity !== undefined) modularity[stage] = info.modularity;
          analysisRssMb = Math.max(analysisRssMb, info.peakRssMb);
        }
        running = undefined;
      }
    }
    if (!running || running === FIRST_STAGE) return parseRound(`ours on ${files.dataset}`, result);
    failed[running] = crashReason(result);
    process.stderr.write(`bench: ours on ${files.dataset}: ${running} ${failed[running]}; running the other stages again\n`);
  }
  throw new Error(`bench: ours on ${files.dataset} kept failing: ${JSON.stringify(failed)}`);
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

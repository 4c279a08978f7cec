/**
 * Running the CLI from tests: `atlas(...args)` calls `main(argv, io)` in this
 * process with the output captured (fast: no new Node, no TypeScript
 * loader); `spawnAtlas(...args)` starts `src/cli/main.ts` as a user does, for
 * the few tests about the process itself (exit code, pipes, no stack trace).
 */
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/atlas';

/** The repository root: the CLI's relative paths (`data/…`) are read from here. */
export const root = new URL('../../', import.meta.url).pathname;

export interface AtlasRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `atlas <args>` in-process and returns its exit code and what it printed. */
export function atlas(...args: string[]): AtlasRun {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Runs `atlas <args>` as a separate process from the repository root. */
export function spawnAtlas(...args: string[]): AtlasRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The input files a command names — the edges file, `--nodes` and
 * `--aliases` — read from disk (bytes hashed, text decoded) as one
 * `AnalysisInput` for the core.
 */
import type { AnalysisInput } from '../core/analysis/analyze';
import { readInput } from './read-input';

/** Reads the files of `args`; throws `FatalInputError` when one cannot be read. */
export function readAnalysisInput(args: { nodes?: string; aliases?: string }, edges: string): AnalysisInput {
  return {
    edges: readInput(edges),
    ...(args.nodes ? { nodes: readInput(args.nodes) } : {}),
    ...(args.aliases ? { aliases: readInput(args.aliases) } : {}),
  };
}

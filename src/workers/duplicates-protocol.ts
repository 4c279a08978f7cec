/**
 * The typed messages between the page and the duplicates worker
 * (duplicates.worker.ts), which reads the loaded input as `analyze` does,
 * builds its graph and lists the pairs of ids that may name one entity
 * (core/resolve). Every answer names its job, as the analysis worker's do;
 * cancelling terminates the worker.
 */
import type { AnalysisInput } from '../core/analysis/analyze';
import type { AnalysisOptions } from '../core/analysis/options';
import type { PairEvidence } from '../core/resolve/pair-evidence';

export interface DuplicatesRequest {
  type: 'duplicates';
  jobId: number;
  input: AnalysisInput;
  options: Pick<AnalysisOptions, 'edgeMapping' | 'nodeMapping' | 'defaultTypes'>;
  threshold: number;
}

/** What the worker found: the pairs best first, with their evidence side by side. */
export interface DuplicatesPayload {
  pairs: PairEvidence[];
  nodes: number;
  compared: number;
  threshold: number;
}

export type DuplicatesResponse =
  | { type: 'progress'; jobId: number; stage: string; fraction: number }
  | { type: 'found'; jobId: number; payload: DuplicatesPayload }
  /** A file could not be used at all (core `FatalInputError`). */
  | { type: 'fatal'; jobId: number; file: string; code: string; message: string }
  | { type: 'failed'; jobId: number; message: string };

/**
 * The typed messages between the page and the analysis worker. Every request
 * carries a job id and every answer names the job it belongs to, so a page
 * can ignore answers to a job it has abandoned. Cancelling a job terminates
 * the worker (a synchronous computation cannot read messages while it runs)
 * and the page starts a fresh one.
 */
import type { AnalysisInput } from '../core/analysis/analyze';
import type { AnalysisOptions } from '../core/analysis/options';
import type { Report } from '../core/analysis/report';

export interface AnalyzeRequest {
  type: 'analyze';
  jobId: number;
  input: AnalysisInput;
  options: AnalysisOptions;
}

export type WorkerRequest = AnalyzeRequest;

export type WorkerResponse =
  | { type: 'progress'; jobId: number; stage: string; fraction: number }
  | { type: 'done'; jobId: number; report: Report }
  /** A file could not be used at all: the message says why and what was expected. */
  | { type: 'fatal'; jobId: number; file: string; code: string; message: string }
  /** An unexpected failure (a bug): the message is shown as is. */
  | { type: 'failed'; jobId: number; message: string };

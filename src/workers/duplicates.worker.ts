/**
 * The duplicates worker: reads the loaded input as `analyze` and the CLI's
 * `duplicates` do (column mappings and the aliases file too, so merges
 * already made are not suggested again), builds the graph and runs
 * findDuplicates, off the page's thread. Its own worker, so a search for
 * duplicates never costs the analysis worker the network it keeps for
 * projections.
 */
import { readInputRows } from '../core/analysis/read-input';
import { FatalInputError } from '../core/csv/types';
import { buildGraph } from '../core/graph/build';
import { findDuplicates } from '../core/resolve/find-duplicates';
import { pairEvidence } from '../core/resolve/pair-evidence';
import type { DuplicatesRequest, DuplicatesResponse } from './duplicates-protocol';

const post = (message: DuplicatesResponse): void => postMessage(message);

addEventListener('message', (event: MessageEvent<DuplicatesRequest>) => {
  const { jobId, input, options, threshold } = event.data;
  try {
    post({ type: 'progress', jobId, stage: 'Reading the files', fraction: 0 });
    const rows = readInputRows(input, options);
    const { graph } = buildGraph({
      edges: { file: rows.edges.file, rows: rows.edges.rows },
      ...(rows.nodes ? { nodes: { file: rows.nodes.file, rows: rows.nodes.rows } } : {}),
    });
    post({ type: 'progress', jobId, stage: 'Comparing names', fraction: 0.3 });
    const result = findDuplicates(graph, { threshold });
    const pairs = result.pairs.map((p) => pairEvidence(graph, p));
    post({ type: 'progress', jobId, stage: 'Comparing names', fraction: 1 });
    post({ type: 'found', jobId, payload: { pairs, nodes: result.nodes, compared: result.compared, threshold } });
  } catch (error) {
    if (error instanceof FatalInputError) post({ type: 'fatal', jobId, file: error.file, code: error.code, message: error.message });
    else post({ type: 'failed', jobId, message: error instanceof Error ? error.message : String(error) });
  }
});

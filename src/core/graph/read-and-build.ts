/**
 * Reading the input files and building the graph in one pass. An edges CSV
 * (the common case, and the only one that reaches millions of rows) is
 * streamed: each row goes into the graph builder as soon as its record is
 * read, so the file's records and rows never all exist at once — at a
 * million links that halves the memory the build holds (docs/performance.md,
 * "How much memory each stage holds"). A graph file (GEXF, GraphML) or an
 * aliases file, which need every row first, is read into rows as before.
 * Either way the graph, the issues and their order are the same.
 */
import type { AnalysisInput } from '../analysis/analyze';
import type { AnalysisOptions } from '../analysis/options';
import { type InputRows, readInputRows } from '../analysis/read-input';
import { readNodes } from '../csv';
import { type EdgeReadSummary, streamEdges } from '../csv/read-edges';
import { detectGraphFormat } from '../import';
import { type BuildResult, buildGraph, GraphBuilder } from './build';

/** The files as read (the edges file without its rows: they went into the graph) and the graph built from them. */
export interface ReadAndBuilt extends Omit<InputRows, 'edges'> {
  edges: EdgeReadSummary;
  built: BuildResult;
}

/**
 * Reads `input` and builds its graph; `onBuild` is called when the build
 * starts (for a streamed file, that is as the reading starts).
 *
 * @throws FatalInputError when a file cannot be used.
 */
export function readAndBuild(
  input: AnalysisInput,
  options: Pick<AnalysisOptions, 'edgeMapping' | 'nodeMapping' | 'defaultTypes'>,
  onBuild?: () => void,
): ReadAndBuilt {
  const format = detectGraphFormat(input.edges.text).format;
  if (input.aliases || format === 'gexf' || format === 'graphml') {
    const { edges, ...rest } = readInputRows(input, options);
    onBuild?.();
    const built = buildGraph({
      edges: { file: edges.file, rows: edges.rows },
      ...(rest.nodes ? { nodes: { file: rest.nodes.file, rows: rest.nodes.rows } } : {}),
    });
    const { rows, ...summary } = edges;
    return { ...rest, edges: { ...summary, rowCount: rows.length }, built };
  }
  // The nodes file first, as readInputRows reads it: its fatal errors come before the edges file's.
  const nodes = input.nodes
    ? readNodes(input.nodes.text, { file: input.nodes.name, ...(options.nodeMapping ? { mapping: options.nodeMapping } : {}) })
    : undefined;
  onBuild?.();
  const builder = new GraphBuilder(input.edges.name, nodes ? { file: nodes.file, rows: nodes.rows } : undefined, { ownsRows: true });
  const edges = streamEdges(
    input.edges.text,
    {
      file: input.edges.name,
      ...(options.edgeMapping ? { mapping: options.edgeMapping } : {}),
      ...(options.defaultTypes ? { defaultTypes: options.defaultTypes } : {}),
    },
    (row) => builder.add(row),
  );
  return { edges, ...(nodes ? { nodes } : {}), built: builder.finish() };
}

/**
 * Reading the input files into rows, whatever their format: an edges file in
 * GEXF or GraphML (told by its content) gives both the links and the nodes;
 * otherwise the edges and nodes CSVs are read with the column mappings of
 * the options. A nodes CSV given with a graph file adds its nodes' fields,
 * and wins where both describe a node. An aliases file, when given, is
 * applied to the rows last (core/resolve/apply-aliases.ts), so the graph is
 * built with every alias already replaced by its canonical.
 */
import { readEdges, readNodes } from '../csv';
import type { EdgeField, EdgeRow, NodeField, NodeRow, ParseResult } from '../csv/types';
import { readGraphFile } from '../import';
import { type AliasTable, readAliases } from '../resolve/aliases';
import { type AppliedAliases, applyAliases } from '../resolve/apply-aliases';
import type { AnalysisInput } from './analyze';
import type { AnalysisOptions } from './options';

/** The rows of each file, as the CSV readers return them. */
export interface InputRows {
  edges: ParseResult<EdgeRow, EdgeField>;
  nodes?: ParseResult<NodeRow, NodeField>;
  /** The aliases file as read and what applying it did, when one was given. */
  aliases?: { table: AliasTable; applied: AppliedAliases };
}

/** Reads `input` (throws `FatalInputError` when a file cannot be used). */
export function readInputRows(input: AnalysisInput, options: Pick<AnalysisOptions, 'edgeMapping' | 'nodeMapping' | 'defaultTypes'>): InputRows {
  // The aliases file is read first: a file that cannot be applied stops the run before the data is read.
  const table = input.aliases ? readAliases(input.aliases.text, input.aliases.name) : undefined;
  const rows = readDataRows(input, options);
  if (!table) return rows;
  const applied = applyAliases(rows, table);
  return { ...applied.rows, aliases: { table, applied } };
}

function readDataRows(input: AnalysisInput, options: Pick<AnalysisOptions, 'edgeMapping' | 'nodeMapping' | 'defaultTypes'>): InputRows {
  const nodesCsv = input.nodes
    ? readNodes(input.nodes.text, { file: input.nodes.name, ...(options.nodeMapping ? { mapping: options.nodeMapping } : {}) })
    : undefined;
  const graph = readGraphFile(input.edges.text, input.edges.name);
  if (graph) {
    if (!nodesCsv) return graph;
    return { edges: graph.edges, nodes: { ...nodesCsv, rows: [...nodesCsv.rows, ...graph.nodes.rows] } };
  }
  const edges = readEdges(input.edges.text, {
    file: input.edges.name,
    ...(options.edgeMapping ? { mapping: options.edgeMapping } : {}),
    ...(options.defaultTypes ? { defaultTypes: options.defaultTypes } : {}),
  });
  return nodesCsv ? { edges, nodes: nodesCsv } : { edges };
}

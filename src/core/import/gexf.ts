/**
 * Reading a GEXF file (Gephi, Gephi Lite, networkx, igraph; versions 1.1 to
 * 1.3) with graphology-gexf into the rows the CSV readers produce.
 * Attributes are named by their titles; values not declared in the file's
 * attribute model are kept too.
 */
import createGexfParser from 'graphology-gexf/common/parser.js';
import Graph from 'graphology';
import { FatalInputError } from '../csv/types';
import { elementLines } from './element-lines';
import { graphToRows, type ImportedRows } from './rows';
import { parseXml, XmlDocumentClass, XmlDomParser } from './xml';

const parseGexf = createGexfParser(XmlDomParser, XmlDocumentClass);

/**
 * The rows of the GEXF file `text`.
 *
 * @throws FatalInputError `xml-malformed` when the XML is broken,
 * `graph-unreadable` when it is XML but not a graph the parser can read.
 */
export function readGexf(text: string, file: string): ImportedRows {
  const doc = parseXml(text, file, 'GEXF');
  let graph: Graph;
  try {
    graph = parseGexf(Graph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new FatalInputError(file, 'graph-unreadable', `${file}: the GEXF could not be read as a graph (${reason(error)})`);
  }
  return graphToRows(graph, file, 'GEXF', elementLines(text));
}

/** A parser's exception as a short reason, without the library prefix. */
export function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^graphology-\w+\/parser:\s*/, '');
}

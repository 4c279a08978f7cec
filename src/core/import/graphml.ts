/**
 * Reading a GraphML file (networkx, igraph, yEd, Cytoscape, Gephi) with
 * graphology-graphml into the rows the CSV readers produce. Attributes are
 * named by their keys' `attr.name`.
 */
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import Graph from 'graphology';
import { FatalInputError } from '../csv/types';
import { elementLines } from './element-lines';
import { reason } from './gexf';
import { graphToRows, type ImportedRows } from './rows';
import { parseXml, XmlDocumentClass, XmlDomParser } from './xml';

const parseGraphml = createGraphmlParser(XmlDomParser, XmlDocumentClass);

/**
 * The rows of the GraphML file `text`.
 *
 * @throws FatalInputError `xml-malformed` when the XML is broken,
 * `graph-unreadable` when it is XML but not a graph the parser can read.
 */
export function readGraphml(text: string, file: string): ImportedRows {
  const doc = parseXml(text, file, 'GraphML');
  let graph: Graph;
  try {
    graph = parseGraphml(Graph, doc, { addMissingNodes: true });
  } catch (error) {
    throw new FatalInputError(file, 'graph-unreadable', `${file}: the GraphML could not be read as a graph (${reason(error)})`);
  }
  return graphToRows(graph, file, 'GraphML', elementLines(text));
}

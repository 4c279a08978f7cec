/**
 * Types for the parts of three CommonJS packages that the importers load by
 * path: xmldom's parser (its package types pull in the DOM lib, which the
 * core compiles without) and the DOM-independent parser factories of
 * graphology-gexf and graphology-graphml (their `common/` folders, which
 * ship no types). Only what the importers use is declared.
 */
declare module '@xmldom/xmldom/lib/dom-parser.js' {
  /** Called with xmldom's message, which ends with `@#[line:N,col:M]` when a locator is given. */
  type XmlErrorCallback = (message: string) => void;
  export interface XmlDomParserOptions {
    locator?: object;
    errorHandler?: { warning?: XmlErrorCallback; error?: XmlErrorCallback; fatalError?: XmlErrorCallback };
  }
  /** An XML document, opaque here: it is only handed to the graph parsers. */
  export interface XmlDocument {
    readonly documentElement: { readonly nodeName: string } | null;
  }
  export class DOMParser {
    constructor(options?: XmlDomParserOptions);
    parseFromString(source: string, mimeType: string): XmlDocument;
  }
}

declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = (GraphClass: typeof Graph, source: unknown, options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean }) => Graph;
  /** The GEXF parser for a given DOMParser and Document class. */
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}

declare module 'graphology-graphml/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = (GraphClass: typeof Graph, source: unknown, options?: { addMissingNodes?: boolean }) => Graph;
  /** The GraphML parser for a given DOMParser and Document class. */
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}

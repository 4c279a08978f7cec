/**
 * Parsing XML without the DOM: xmldom's parser (pure JavaScript, so the same
 * code runs in the worker, in Node and in tests), with its errors collected
 * instead of logged, so a broken file is refused with the line where it
 * breaks. The document is handed to graphology-gexf / graphology-graphml
 * through their DOM-independent parser factories.
 */
import { DOMParser, type XmlDocument } from '@xmldom/xmldom/lib/dom-parser.js';
import { FatalInputError } from '../csv/types';

/** xmldom's Document class, which the graph parsers check documents against. */
export const XmlDocumentClass = (new DOMParser().parseFromString('<t/>', 'application/xml') as unknown as { constructor: unknown }).constructor;

export { DOMParser as XmlDomParser };

/**
 * Parses `text` as XML.
 *
 * @throws FatalInputError `xml-malformed` when the XML is not well formed,
 * with the parser's first complaint and its line.
 */
export function parseXml(text: string, file: string, format: string): XmlDocument {
  const problems: string[] = [];
  const collect = (message: string) => void problems.push(message);
  let doc: XmlDocument | undefined;
  try {
    doc = new DOMParser({ locator: {}, errorHandler: { warning: () => {}, error: collect, fatalError: collect } }).parseFromString(text, 'application/xml');
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (problems.length > 0 || !doc?.documentElement) {
    throw new FatalInputError(file, 'xml-malformed', `${file} looks like ${format} but is not well-formed XML: ${describe(problems[0] ?? 'no root element')}`);
  }
  return doc;
}

/** xmldom's message as a sentence: `[xmldom error]\tunclosed xml attribute\n@#[line:3,col:9]` → `unclosed xml attribute (line 3, column 9)`. */
function describe(message: string): string {
  const place = /@#\[line:(\d+),col:(\d+)\]/.exec(message);
  const text = message
    .replace(/\[xmldom \w+\]/, '')
    .replace(/@#\[line:\d+,col:\d+\]/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return place ? `${text} (line ${place[1]}, column ${place[2]})` : text;
}

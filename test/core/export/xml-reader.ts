/**
 * A strict XML reader for the export tests: saxes (a conforming XML 1.0
 * parser that rejects disallowed characters, unbalanced tags and bad
 * entities) builds a small element tree, and throws on the first
 * well-formedness error, so a test that reads a document also proves it is
 * well-formed XML.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Qualified name as written (`viz:color`). */
  name: string;
  /** Namespace URI of the element. */
  uri: string;
  /** Attribute values as parsed (entities and character references resolved), by qualified name. */
  attributes: Map<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside the element, concatenated. */
  text: string;
}

/** Parses `xml`, throwing `Error('not well-formed XML: …')` on the first error. */
export function readXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, uri: tag.uri, attributes: new Map(), children: [], text: '' };
    for (const [name, a] of Object.entries(tag.attributes)) element.attributes.set(name, typeof a === 'string' ? a : a.value);
    (stack.at(-1)?.children ?? []).push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (t: string) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e as Error;
  }
  if (error) throw new Error(`not well-formed XML: ${error.message}`);
  if (!root) throw new Error('not well-formed XML: no root element');
  return root;
}

/** Every descendant of `root` (itself included) whose local name is `local`, in document order. */
export function findAll(root: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    if (e.name.split(':').at(-1) === local) out.push(e);
    e.children.forEach(visit);
  };
  visit(root);
  return out;
}

/** `null` when `xml` is well-formed, else the parser's message. */
export function xmlError(xml: string): string | null {
  try {
    readXml(xml);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

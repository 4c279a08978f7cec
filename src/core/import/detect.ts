/**
 * Telling a graph file from a table by its content: the name of the XML root
 * element, after an optional byte-order mark, XML declaration, comments,
 * processing instructions and doctype. A file named `.csv` that holds GEXF is
 * read as GEXF, and a `.gexf` that holds a table as a table.
 */

/** What {@link detectGraphFormat} found: a graph format, another XML root, or not XML. */
export type DetectedFormat = { format: 'gexf' | 'graphml' } | { format: 'xml'; root: string } | { format: 'table' };

/** How far into the file the root element is looked for (a long comment header still fits). */
const LOOK_AHEAD = 65_536;

/** Prolog items skipped before the root: declaration and processing instructions, comments, doctype. */
const PROLOG_ITEM = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^<>[]|\[[\s\S]*?\])*>|\s+)/i;

/**
 * The format of `text` told by its root element: `gexf` for `<gexf …>`,
 * `graphml` for `<graphml …>` (either with a namespace prefix), `xml` for any
 * other element (an SVG, an HTML page written as XHTML…), `table` otherwise.
 */
export function detectGraphFormat(text: string): DetectedFormat {
  let head = text.slice(0, LOOK_AHEAD);
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  for (let m = PROLOG_ITEM.exec(head); m; m = PROLOG_ITEM.exec(head)) head = head.slice(m[0].length);
  const root = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(head);
  if (!root) return { format: 'table' };
  const name = root[2]!.toLowerCase();
  if (name === 'gexf' || name === 'graphml') return { format: name };
  return { format: 'xml', root: root[2]! };
}

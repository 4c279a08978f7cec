/**
 * The line where each `<node>` and `<edge>` element starts, in document
 * order, so that messages about a node or a link of a graph file name a
 * line as they do for a CSV. A cheap scan of the text: the parsers keep no
 * positions, and they add nodes and links in document order.
 */
import type { ElementLines } from './rows';

/** Lines (1-based) of the `<node …>` and `<edge …>` start tags of `text`. */
export function elementLines(text: string): ElementLines {
  const out: ElementLines = { nodes: [], edges: [] };
  let line = 1;
  for (const m of text.matchAll(/<(node|edge)[\s/>]|\n/g)) {
    if (m[0] === '\n') {
      line++;
      continue;
    }
    (m[1] === 'node' ? out.nodes : out.edges).push(line);
  }
  return out;
}

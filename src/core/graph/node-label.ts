/**
 * What a node is called on screen and in outputs: its label, else its id as
 * written — never its graph key (see node-key.ts), which differs from the id
 * for ids such as `constructor` or `__proto__`.
 */
import { nodeId } from './node-key';
import type { ReadGraph } from './types';

/** The label of node `key` in `graph`, else its id (`nodeId(key)`), also for a key the graph lacks. */
export function nodeLabel(graph: ReadGraph, key: string): string {
  return (graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : '') || nodeId(key);
}

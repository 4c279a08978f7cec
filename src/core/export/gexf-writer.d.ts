/**
 * Types of graphology-gexf's writer module, imported on its own so the
 * browser bundle does not pull in the package's Node XML parser (@xmldom,
 * ~100 kB) that its main entry loads for `parse`.
 */
declare module 'graphology-gexf/common/writer' {
  import type { Attributes } from 'graphology-types';
  import type Graph from 'graphology-types';
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';

  /** Writes `graph` as a GEXF document. */
  export default function write<N extends Attributes = Attributes, E extends Attributes = Attributes>(
    graph: Graph<N, E>,
    options?: GexfWriterOptions<N, E>,
  ): string;
}

/**
 * The parts of sigma 3.0's renderer that the map writes to directly (not in
 * its public types): the display data caches, the picking ids and program
 * places of nodes and links, the programs' buffers, the frame (node extent,
 * normalisation) and the label grid. The progressive fills
 * (progressive-nodes.ts, progressive-links.ts), the sliced restyle
 * (sliced-restyle.ts) and the aggregates' places (map-view.ts) write there
 * exactly as sigma's own `process` does (sigma/src/sigma.ts, 3.0.x).
 */
import type { Coordinates, Dimensions } from 'sigma/types';

/** A sigma program's buffer (sigma 3.0's `Program`: one block of floats per item). */
export interface ProgramBuffer {
  /** Absent until the program first holds an item. */
  array?: Float32Array;
  capacity: number;
  reallocate(capacity: number): void;
}

/** Display data sigma keeps per node or link after the reducers (only what the map reads). */
export interface DisplayData {
  type: string;
  zIndex: number;
  x: number;
  y: number;
  size: number;
  hidden: boolean;
  label?: string | null;
}

/** Sigma 3.0's renderer, the internal members the map uses. */
export interface SigmaInternals {
  needToProcess: boolean;
  activeListeners: { addEdgeGraphUpdate?: (payload: { key: string }) => void; addNodeGraphUpdate?: (payload: { key: string }) => void };
  nodeDataCache: Record<string, DisplayData>;
  edgeDataCache: Record<string, DisplayData>;
  nodePrograms: Record<string, ProgramBuffer>;
  edgePrograms: Record<string, Partial<ProgramBuffer> | undefined>;
  nodeIndices: Record<string, number>;
  nodeProgramIndex: Record<string, number>;
  edgeIndices: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
  itemIDsIndex: Record<number, { type: 'edge' | 'node'; id: string }>;
  nodeZExtent: [number, number];
  /** The extent of every node's position, set by sigma's process (its frame when there is no custom box). */
  nodeExtent: { x: [number, number]; y: [number, number] };
  normalizationFunction: { applyTo(p: { x: number; y: number }): void };
  labelGrid: {
    resizeAndClear(dimensions: Dimensions, cellSize: number): void;
    add(node: string, size: number, position: Coordinates): void;
    organize(): void;
  };
  addNode(node: string): void;
  addEdge(edge: string): void;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
}

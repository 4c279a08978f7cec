/**
 * Node programs: one shape per node type so types read without colour —
 * circle (cities and other types), square (projects, `@sigma/node-square`),
 * ring (firms: a white disc in a thick coloured border, `@sigma/node-border`).
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import { NodeCircleProgram } from 'sigma/rendering';

export type NodeShape = 'circle' | 'square' | 'ring';

/** Sigma program name of each shape. */
export const PROGRAM_OF_SHAPE: Record<NodeShape, string> = { circle: 'circle', square: 'square', ring: 'ring' };

export const NODE_PROGRAMS = {
  circle: NodeCircleProgram,
  square: NodeSquareProgram,
  ring: createNodeBorderProgram({
    borders: [
      { size: { value: 0.38 }, color: { attribute: 'color' } },
      { size: { fill: true }, color: { attribute: 'ringFill', defaultValue: '#ffffff' } },
    ],
  }),
};

/**
 * The look of an aggregated star on the map (star-style.ts): a disc in the
 * members' colour with a white ring inside its rim, so it reads as "many
 * nodes" and is told apart from a single city (a plain disc) and a firm (a
 * white disc in a coloured ring). Built with `@sigma/node-border`.
 */
import { createNodeBorderProgram } from '@sigma/node-border';

export const AGGREGATE_PROGRAM = createNodeBorderProgram({
  borders: [
    { size: { value: 0.16 }, color: { attribute: 'color' } },
    { size: { value: 0.14 }, color: { value: '#ffffff' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

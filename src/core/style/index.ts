/** Palettes, colour and size mappings, and the legend as data. */
export {
  TYPE_COLORS,
  CATEGORY_PALETTE,
  OTHER_COLOR,
  typeColor,
  typeColors,
  categoricalColors,
} from './palette';
export { simulateDeuteranopia, colorDistance, hexToLab, parseHex, formatHex } from './color-vision';
export { sizeScale } from './size';
export { colorMapping, nodeColors } from './color-mapping';
export type { ColorBy, NodeMeasures } from './color-mapping';
export { buildLegend, nodeSizes, typeShape, UNIFORM_SIZE } from './legend';
export type { Legend, NodeShape } from './legend';
export { relationColors, relationsByFrequency } from './relation-colors';
export { edgeStyle, PATH_EDGE_COLOR, FADED_NODE_COLOR, FADED_EDGE_COLOR } from './edges';

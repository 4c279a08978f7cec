/** Palettes, colour and size mappings, and the legend as data. */
export {
  TYPE_COLORS,
  EXTRA_TYPE_COLORS,
  UNKNOWN_TYPE_COLOR,
  CATEGORY_PALETTE,
  OTHER_COLOR,
  typeColor,
  typeColors,
  categoricalColors,
} from './palette';
export { simulateDeuteranopia, colorDistance, hexToLab, parseHex, formatHex } from './color-vision';
export { sizeScale, SIZE_DEFAULTS } from './size';
export type { SizeScale, SizeScaleOptions } from './size';
export { colorMapping, nodeColors, attributeValue, NO_VALUE, OTHER } from './color-mapping';
export type { ColorBy, ColorClass, ColorMapping, NodeMeasures } from './color-mapping';
export { buildLegend, nodeSizes, nodeSizeScale, typeShape, UNIFORM_SIZE } from './legend';
export type { Legend, LegendInput, NodeShape } from './legend';
export { relationColors, relationsByFrequency } from './relation-colors';
export { edgeStyle, edgeThickness, PLAIN_EDGE_COLOR, PATH_EDGE_COLOR, FADED_NODE_COLOR, FADED_EDGE_COLOR } from './edges';

/**
 * Reading users' CSV files into rows and issues: the edges and nodes readers,
 * byte decoding, column detection, and the catalogue of issue codes.
 */
export * from './types';
export { ISSUE_CODES } from './codes';
export type { IssueCode, IssueCodeInfo } from './codes';
export { decodeBytes, sniffEncoding } from './decode';
export type { TextEncodingName } from './decode';
export { MAX_COLUMNS, MAX_FIELDS, MAX_FIELD_LENGTH, MAX_HEADER_LENGTH, MAX_LINE_LENGTH } from './limits';
export { detectColumns, normalizeHeader, EDGE_FIELDS, NODE_FIELDS } from './columns';
export type { ColumnDetection, FieldSpec } from './columns';
export { detectDelimiter } from './sniff';
export { previewTable, PREVIEW_LENGTH } from './preview';
export type { TablePreview } from './preview';
export { readEdges } from './read-edges';
export type { ReadEdgesOptions } from './read-edges';
export { readNodes } from './read-nodes';
export type { ReadNodesOptions } from './read-nodes';

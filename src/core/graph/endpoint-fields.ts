/**
 * Columns of an edges file that describe an endpoint rather than the link
 * (`source_kind`, `target_country`, `source_label`, `target_url`): they fill
 * the node's field when the nodes file left it empty. Column names are data,
 * read with `getOwn`.
 */
import type { EdgeRow } from '../csv/types';
import { getOwn } from '../util/dict';
import type { AtlasNodeAttributes } from './types';

/** Columns of an edges file that describe an endpoint rather than the link (`source_kind` → node `kind`). */
const ENDPOINT_FIELDS = ['kind', 'country', 'label', 'url'] as const;

/** The edges-file columns that describe an endpoint, as [column, node field] per end. */
const ENDPOINT_COLUMNS = (['source', 'target'] as const).map((end) => ENDPOINT_FIELDS.map((field) => [`${end}_${field}`, field] as const));

/** `source_kind`, `target_country`… in the edges file fill the endpoint's field when the nodes file left it empty. */
export function fillEndpointFields(row: EdgeRow, source: AtlasNodeAttributes, target: AtlasNodeAttributes): void {
  let any = false;
  for (const _ in row.attributes) {
    any = true;
    break;
  }
  if (!any) return;
  for (let end = 0; end < 2; end++) {
    const id = end === 0 ? row.source : row.target;
    const node = end === 0 ? source : target;
    for (const [column, field] of ENDPOINT_COLUMNS[end]!) {
      const value = getOwn(row.attributes, column);
      if (!value) continue;
      if (field === 'label') {
        if (node.label === id) node.label = value;
      } else if (node[field] === undefined) {
        node[field] = value;
      }
    }
  }
}

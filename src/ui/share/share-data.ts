/**
 * What the view on screen offers a share link (`ShareData` of the core's
 * `checkNames`): its node types, relations, communities, measures, colour
 * attributes and nodes, each computed only when a link asks for it. Sets
 * and the graph's own `hasNode`, never an object indexed by a name.
 */
import { NO_RELATION } from '../../core/filter';
import type { ShareData } from '../../core/url-state';
import { getOwn } from '../../core/util/dict';
import { numericMeasures } from '../panels/measure-labels';
import { colourableAttributes } from '../panels/style-controls';
import type { Dataset, ViewData } from '../state/dataset';
import { viewFigures } from '../state/view-figures';

/** Caches `compute`'s first result. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

/** The names a link may use in `view` (see the file header). */
export function shareDataOf(view: ViewData, dataset: Dataset | null | undefined): ShareData {
  return {
    types: once(() => {
      const types = new Set<string>();
      view.graph.forEachNode((_key, attr) => void types.add(attr.type));
      return types;
    }),
    relations: once(() => {
      const relations = new Set<string>();
      view.graph.forEachEdge((_key, attr) => {
        if (attr.relations.length === 0) relations.add(NO_RELATION);
        for (const r of attr.relations) relations.add(r);
      });
      return relations;
    }),
    communities: once(() => {
      const ids = new Set<number>();
      for (const v of getOwn(view.measures, 'community') ?? []) if (Number.isInteger(v)) ids.add(v);
      return ids;
    }),
    measures: once(() => new Set(numericMeasures(view.measures))),
    figures: once(() => new Set(viewFigures(view, dataset).byId.keys())),
    attributes: once(() => new Set(colourableAttributes(view))),
    hasNode: (key) => view.graph.hasNode(key),
  };
}

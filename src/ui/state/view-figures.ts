/**
 * A view's measures with the dataset's co-production indicators, as the core's
 * style, filter and figure functions take them (`NodeMeasures`), and the
 * view's list of numeric figures (core/style/figures.ts). Every panel that
 * colours, sizes, filters, charts or tabulates by a figure builds its input
 * here, so they all see the same figures. Indicators are keyed by graph key,
 * so a projection's cities keep their vendor HHI.
 */
import { communityRunOf } from '../../core/communities/methods';
import type { NodeMeasures } from '../../core/style';
import { figureList, type FigureList } from '../../core/style/figures';
import type { Dataset, ViewData } from './dataset';

/** `view`'s measures, the community method that found its communities, and, from `dataset`, the indicators of its nodes. */
export function viewMeasures(view: ViewData, dataset: Dataset | null | undefined): NodeMeasures {
  const communities = communityRunOf(view.params, view.stats)?.method;
  return { keys: view.keys, values: view.measures, ...(communities ? { communities } : {}), ...(dataset ? { indicators: dataset.indicators } : {}) };
}

/** Every numeric figure of `view` (cached per view by the core). */
export function viewFigures(view: ViewData, dataset: Dataset | null | undefined): FigureList {
  return figureList(view.graph, viewMeasures(view, dataset));
}

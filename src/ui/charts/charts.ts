/**
 * The Charts tab: the degree distribution by node type, the top 15 nodes
 * by a chosen figure (a measure, an indicator such as vendor HHI, a numeric
 * column; the view's figure list) and the adoption of projects over time,
 * all over the nodes and links of the current view that the filters and
 * focus leave shown. Redrawn when what is shown changes; the bar chart also
 * when the selection changes (it outlines the selected node).
 */
import { nodeId } from '../../core/graph/node-key';
import { KNOWN_TYPES, UNKNOWN_TYPE } from '../../core/graph/types';
import { typeColors } from '../../core/style';
import { computeAdoption } from '../../core/time/adoption';
import type { App } from '../app';
import { h, type Panel } from '../panels/panel';
import { viewFigures } from '../state/view-figures';
import { memo } from '../state/derived';
import { mountAdoptionChart } from './adoption';
import type { ChartNode } from './chart-data';
import { mountDegreeDistribution, type DegreeInput } from './degree-distribution';
import { mountTopBarChart, type TopInput } from './top-bar-chart';
import '../panels/table-charts.css';

/** Types in the map legend's order: city, project, firm, then the others, `unknown` last. */
const typeRank = (type: string): number => {
  const known = (KNOWN_TYPES as readonly string[]).indexOf(type);
  return known >= 0 ? known : type === UNKNOWN_TYPE ? 99 : 10;
};

export function mountCharts(container: HTMLElement, app: App): Panel {
  const root = h('div', { className: 'atlas-charts' });
  container.append(root);

  /** Colours as on the map: from every type of the current view's graph. */
  const colorOf = (): ((type: string) => string) => {
    const types = new Set<string>();
    app.derived.view(app.store.get())?.graph.forEachNode((_n, a) => types.add(a.type));
    const colors = typeColors(types);
    return (type) => colors.get(type) ?? '#999999';
  };

  /** The shown nodes of the current view with their types, in a stable order. */
  const shownNodes = () => {
    const state = app.store.get();
    const view = app.derived.view(state);
    const shown = app.derived.shown(state);
    if (!view || !shown) return null;
    const ids = [...shown.nodes].filter((id) => view.graph.hasNode(id));
    const types = [...new Set(ids.map((id) => view.graph.getNodeAttribute(id, 'type')))].sort((a, b) => typeRank(a) - typeRank(b) || a.localeCompare(b));
    return { view, ids, types };
  };

  const degreeInput = (): DegreeInput | null => {
    const data = shownNodes();
    if (!data) return null;
    const { view, ids, types } = data;
    const degree = view.measures['degree'];
    const nodes = ids.map((id) => {
      const i = view.index.get(id);
      return { type: view.graph.getNodeAttribute(id, 'type'), degree: degree && i !== undefined ? degree[i]! : view.graph.degree(id) };
    });
    return { nodes, types, color: colorOf() };
  };

  const topInput = (): TopInput | null => {
    const data = shownNodes();
    if (!data) return null;
    const { view, ids, types } = data;
    const figures = viewFigures(view, app.store.get().dataset);
    const measures = figures.figures.map((f) => ({ id: f.id, label: f.label }));
    const nodes = (measure: string): ChartNode[] => {
      const values = figures.byId.get(measure)?.values;
      return ids.map((id) => {
        const a = view.graph.getNodeAttributes(id);
        const i = view.index.get(id);
        return { id, label: a.label || nodeId(id), type: a.type, value: values && i !== undefined ? values[i]! : NaN };
      });
    };
    return { measures, types, nodes, color: colorOf(), selected: app.store.get().selected };
  };

  /** Adoption curves of what is shown, computed once per change of what is shown. */
  const adoptionOf = memo((view: NonNullable<ReturnType<typeof app.derived.view>>, shown: NonNullable<ReturnType<typeof app.derived.shown>>) =>
    computeAdoption(view.graph, { nodes: shown.nodes, edges: shown.edges }),
  );
  const adoptionInput = () => {
    const state = app.store.get();
    const view = app.derived.view(state);
    const shown = app.derived.shown(state);
    return view && shown ? adoptionOf(view, shown) : null;
  };

  const degreeChart = mountDegreeDistribution(root, degreeInput);
  const topChart = mountTopBarChart(root, topInput, (id) => app.select(id));
  const adoptionChart = mountAdoptionChart(root, adoptionInput, (key) => app.select(key));

  const unwatchShown = app.store.watch(
    (s) => app.derived.shown(s),
    () => {
      degreeChart.update();
      topChart.update();
      adoptionChart.update();
    },
  );
  const unwatchSelected = app.store.watch(
    (s) => s.selected,
    (_now, before) => {
      if (before !== undefined) topChart.update();
    },
  );

  return {
    kill() {
      unwatchShown();
      unwatchSelected();
      degreeChart.kill();
      topChart.kill();
      adoptionChart.kill();
      container.replaceChildren();
    },
  };
}

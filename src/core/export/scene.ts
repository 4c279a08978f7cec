/**
 * A figure as plain data: every shown node with its position, radius, colour,
 * shape and whether it carries a label, every shown link as a segment, and
 * the legend — computed with the same core/style functions the map draws
 * with, so an exported figure looks like the screen. Renderers (SVG here, a
 * canvas in the UI) only draw a Scene; they decide nothing.
 *
 * `buildScene` is the one figure function: the page's SVG export
 * (ui/export/map-svg.ts) and the CLI's `snapshot` (scene-snapshot.ts) both
 * call it with the graph, its measures, the view settings
 * (core/view-settings) and, on the page, the map's own style, so a report's
 * figure equals the screen's by construction. Positions are the graph's
 * nodes' `x`/`y` (their one owner, see core/view-settings/positions.ts).
 *
 * Coordinates are in picture pixels, y down. Without a `viewport` transform
 * the graph's bounding box is fitted into the picture (graph y grows upward,
 * as in sigma, so it is flipped); with one (the UI passes the screen camera's
 * `graphToViewport`) positions follow it exactly.
 *
 * Aggregated stars (core/style/stars.ts, setting `stars`) are drawn as the
 * map draws them (core/style/star-display.ts): a collapsed aggregate's
 * members and links are left out but for its representative, drawn in the
 * aggregate's place with its radius, label ("4,693 cities use GlobaLeaks")
 * and thick link to the hub; `expandedStars` lists the aggregates drawn as
 * their members.
 */
import { nodeId } from '../graph/node-key';
import type { ReadGraph } from '../graph/types';
import type { Point } from '../layout/seed-positions';
import { buildLegend, nodeColors, nodeSizes, typeShape, type Legend, type NodeMeasures, type NodeShape } from '../style';
import { edgeStyle } from '../style/edges';
import { nodeLabel } from '../graph/node-label';
import { nodeSizeScale } from '../style/legend';
import { sizeFit } from '../style/link-length';
import { aggregatePosition, aggregateRadius, spokeWidth, starDisplay, starThresholdOf } from '../style/star-display';
import { findStars, starLabel } from '../style/stars';
import { approxTextWidth, LABEL_PRIORITY, placeLabels } from '../style/label-placement';
import { DEFAULT_VIEW_SETTINGS, type ViewSettings } from '../view-settings';

export interface SceneNode {
  /** The graph key (the SVG writes the node id, `nodeId(key)`). */
  id: string;
  label: string;
  x: number;
  y: number;
  r: number;
  color: string;
  shape: NodeShape;
  showLabel: boolean;
  /** The label goes left of the node (its right was taken, or it would leave the picture there). */
  labelLeft?: boolean;
  /** The node stands for an aggregated star (the map draws it with a white ring inside its rim). */
  aggregate?: boolean;
  /** The text drawn when the label is cut ("Generalitat de Catalunya —…"); `label` is the whole one. */
  labelText?: string;
}

export interface SceneEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}

export interface Scene {
  /** Size of the map area in pixels (the legend, title and caption go around it). */
  width: number;
  height: number;
  /** Drawn in this order: later nodes on top. */
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Polylines drawn faintly under everything (the world outline of the geographic layout). */
  basemap?: Point[][];
  legend: Legend;
  /** Whether colour classes are node types (their legend swatches then take the type's shape). */
  colorByType: boolean;
  /** Label font size in pixels. */
  labelSize: number;
  title?: string;
  caption?: string;
}

/** Per-item overrides, e.g. the map's own style functions (fading, path colours) in the UI. */
export interface SceneStyle {
  nodeColor?(node: string): string;
  nodeSize?(node: string): number;
  nodeShape?(node: string): NodeShape;
  /** Higher is drawn later (on top). Default 0. */
  nodeLayer?(node: string): number;
  edgeColor?(edge: string): string;
  edgeSize?(edge: string): number;
}

/** The view settings a figure draws with (which view and layout made the graph and its positions is the caller's business). */
export type SceneSettings = Pick<ViewSettings, 'color' | 'size' | 'linkColor' | 'labels' | 'labelSize' | 'stars' | 'layout'>;

/** A label the screen drew (the map's label layer): the figure labels exactly these nodes, with the same text and side. */
export interface SceneLabel {
  id: string;
  text: string;
  left: boolean;
}

export interface SceneOptions {
  /** The view's graph; nodes are drawn at their `x`/`y` (a node without finite ones is left out). */
  graph: ReadGraph;
  measures: NodeMeasures;
  /** Colour, size, link colour, labels, star threshold and layout (no stars on the geographic one); missing fields take {@link DEFAULT_VIEW_SETTINGS}. */
  settings?: Partial<SceneSettings>;
  /** Shown nodes and edges (filters, focus); default: all. */
  visible?: { nodes?: ReadonlySet<string> | null; edges?: ReadonlySet<string> | null };
  /** Nodes whose labels go before the others' (selection, path); they still never overlap. */
  labelled?: ReadonlySet<string>;
  /** Ids of the aggregated stars drawn as their members (the page's expanded ones); default none. */
  expandedStars?: ReadonlySet<string>;
  /** The labels the screen shows: when given, the figure draws exactly these instead of placing its own. */
  placedLabels?: readonly SceneLabel[];
  width?: number;
  height?: number;
  /** Margin kept free around the fitted nodes. */
  padding?: number;
  /** Graph → picture transform (the screen camera); disables fitting. */
  viewport?: (p: Point) => Point;
  /** Multiplies radii and link widths (the camera's zoom on screen). Default 1. */
  sizeFactor?: number;
  style?: SceneStyle;
  /** Polylines in graph coordinates to draw under the links (e.g. country outlines). */
  basemap?: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  title?: string;
  caption?: string;
}

/** The picture's frame when not given (the view settings' defaults are in core/view-settings). */
export const SCENE_DEFAULTS = { width: 1200, height: 800, padding: 40 } as const;

/** Builds the scene of `graph` as the map would draw it. */
export function buildScene(options: SceneOptions): Scene {
  const { graph, measures, style = {} } = options;
  const settings: SceneSettings = { ...DEFAULT_VIEW_SETTINGS, ...options.settings };
  const { color, size, linkColor, labels, labelSize } = settings;
  const width = options.width ?? SCENE_DEFAULTS.width;
  const height = options.height ?? SCENE_DEFAULTS.height;
  const padding = options.padding ?? SCENE_DEFAULTS.padding;
  const factor = options.sizeFactor ?? 1;
  const shownNodes = options.visible?.nodes ?? null;
  const shownEdges = options.visible?.edges ?? null;
  const colors = nodeColors(graph, measures, color);
  // Sizes fit the figure as the map's fit the screen (core/style/size.ts).
  const fit = { fit: sizeFit(width, height, settings.layout) };
  const sizes = nodeSizes(graph, measures, size, fit);
  const stars = starDisplay(graph, findStars(graph, { nodes: shownNodes, edges: shownEdges }, starThresholdOf(settings)), options.expandedStars ?? new Set());
  const range = stars.collapsed.size > 0 ? nodeSizeScale(graph, measures, size, fit) : null;

  const ids: string[] = [];
  const raw = new Map<string, Point>();
  graph.forEachNode((node, attr) => {
    if ((shownNodes && !shownNodes.has(node)) || stars.hiddenNodes.has(node)) return;
    const aggregate = stars.collapsed.get(node);
    const { x, y } = (aggregate && aggregatePosition(graph, aggregate, stars.slots.get(aggregate.id))) || attr;
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return;
    ids.push(node);
    raw.set(node, { x, y });
  });
  const project = options.viewport ?? fitTransform([...raw.values()], width, height, padding);

  const at = new Map<string, Point>();
  for (const [node, p] of raw) at.set(node, project(p));
  const nodes: SceneNode[] = ids.map((id) => {
    const attr = graph.getNodeAttributes(id);
    const p = at.get(id)!;
    const aggregate = stars.collapsed.get(id);
    if (aggregate && range)
      return {
        id,
        label: starLabel(aggregate, graph.getNodeAttribute(aggregate.hub, 'type'), nodeLabel(graph, aggregate.hub)),
        x: p.x,
        y: p.y,
        r: aggregateRadius(aggregate.members.length, graph.order, range) * factor,
        color: style.nodeColor?.(id) ?? colors.get(id) ?? '#999999',
        // The map draws every aggregate as a disc (ui/map/aggregate-program.ts), whatever its members' type.
        shape: 'circle',
        showLabel: false,
        aggregate: true,
      };
    return {
      id,
      label: attr.label || nodeId(id),
      x: p.x,
      y: p.y,
      r: (style.nodeSize?.(id) ?? sizes.get(id) ?? 3) * factor,
      color: style.nodeColor?.(id) ?? colors.get(id) ?? '#999999',
      shape: style.nodeShape?.(id) ?? typeShape(attr.type),
      showLabel: false,
    };
  });

  if (options.placedLabels) useLabels(nodes, options.placedLabels);
  else chooseLabels(nodes, options.labelled, labels.count, width, height, labelSize);

  // Drawing order: by layer, then small under large, then graph order.
  const layer = (id: string) => style.nodeLayer?.(id) ?? 0;
  const position = new Map(ids.map((id, i) => [id, i]));
  nodes.sort((a, b) => layer(a.id) - layer(b.id) || a.r - b.r || position.get(a.id)! - position.get(b.id)!);

  const linkStyle = edgeStyle(graph, linkColor);
  const edges: SceneEdge[] = [];
  graph.forEachEdge((edge, _attr, source, target) => {
    if ((shownEdges && !shownEdges.has(edge)) || stars.hiddenEdges.has(edge)) return;
    const a = at.get(source);
    const b = at.get(target);
    if (!a || !b) return;
    edges.push({
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      color: style.edgeColor?.(edge) ?? linkStyle.color(edge),
      width:
        (stars.spokes.has(edge) ? spokeWidth(style.edgeSize?.(edge) ?? linkStyle.width(edge)) : (style.edgeSize?.(edge) ?? linkStyle.width(edge))) * factor,
    });
  });

  // The legend counts the members of collapsed stars too, as the page's legend and counts do.
  const legend = buildLegend({ colorBy: color, sizeBy: size, graph, measures, visible: new Set([...ids, ...stars.hiddenNodes]), size: fit });
  return {
    width,
    height,
    nodes,
    edges,
    ...(options.basemap ? { basemap: options.basemap.map((line) => line.map(([x, y]) => project({ x, y }))) } : {}),
    legend,
    colorByType: color.kind === 'type',
    labelSize,
    ...(options.title ? { title: options.title } : {}),
    ...(options.caption ? { caption: options.caption } : {}),
  };
}

/**
 * Marks labels with the map's placement (core/style/label-placement.ts):
 * the nodes asked for first, then the largest, right of the node or left
 * when the right is taken or would leave the picture, never two boxes
 * meeting nor a label over a node placed before it, long labels cut with
 * "…" — until `count` of the others are placed. Widths are estimated
 * (no canvas here), so a figure is the same in Node and in the browser.
 */
function chooseLabels(nodes: SceneNode[], labelled: ReadonlySet<string> | undefined, count: number, width: number, height: number, fontSize: number): void {
  const candidates = nodes.map((n) => ({
    id: n.id,
    x: n.x,
    y: n.y,
    r: n.r,
    text: n.label,
    // As on the map: selection and path first, then aggregated stars, then by size.
    priority: labelled?.has(n.id) ? LABEL_PRIORITY.path : n.aggregate ? LABEL_PRIORITY.star : LABEL_PRIORITY.node,
  }));
  const placed = placeLabels(candidates, { fontSize, measure: (text) => approxTextWidth(text, fontSize), width, height, limit: count });
  useLabels(nodes, placed);
}

/** Marks exactly `labels` (text and side as given). */
function useLabels(nodes: SceneNode[], labels: readonly SceneLabel[]): void {
  const byId = new Map(labels.map((l) => [l.id, l]));
  for (const n of nodes) {
    const label = byId.get(n.id);
    if (!label) continue;
    n.showLabel = true;
    if (label.left) n.labelLeft = true;
    if (label.text !== n.label) n.labelText = label.text;
  }
}

/**
 * The transform fitting `points` into width × height minus padding, keeping
 * the aspect ratio, centred, y flipped (graph y up → picture y down).
 */
export function fitTransform(points: readonly Point[], width: number, height: number, padding: number): (p: Point) => Point {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  if (points.length === 0) return () => ({ x: width / 2, y: height / 2 });
  const dx = maxX - minX;
  const dy = maxY - minY;
  const room = { x: Math.max(1, width - 2 * padding), y: Math.max(1, height - 2 * padding) };
  const scale = dx === 0 && dy === 0 ? 1 : Math.min(dx > 0 ? room.x / dx : Infinity, dy > 0 ? room.y / dy : Infinity);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return (p) => ({ x: width / 2 + (p.x - cx) * scale, y: height / 2 - (p.y - cy) * scale });
}

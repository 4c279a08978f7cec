/**
 * The map's node labels, never overlapping. Sigma draws labels one by one in
 * its own order (its label grid's picks first, forced labels last), so a
 * drawer that skipped a label meeting a drawn one would drop the selection's
 * label. Instead, every label drawer of the map — sigma's default and each
 * node program's — only records the candidate (node, position in pixels,
 * size, text) while sigma renders a frame; on `afterRender` the layer places
 * them with core/style's `placeLabels` (priority: selected, hovered, path and
 * link ends, star aggregates, then larger nodes; long labels cut with "…")
 * and draws the placed ones on sigma's labels canvas. Sigma's hover drawer
 * still shows the whole label of the node under the pointer.
 *
 * Label density and size are sigma settings (`labelGridCellSize`,
 * `labelDensity`, `labelRenderedSizeThreshold`, `labelSize`), changed with
 * `setSettings` when the app state changes ({@link LabelLayer.watch}), never
 * by rebuilding the map. Long-lived: `kill()`.
 */
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction, NodeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { LABEL_PRIORITY, placeLabels, type LabelBox, type LabelCandidate, type PlacedLabel } from '../../core/style/label-placement';
import { DEFAULT_VIEW_SETTINGS, type LabelDensity } from '../../core/view-settings';

/** Sigma's label grid for each density: a cell of this many pixels shows up to `labelDensity` labels (at zoom 1), of nodes at least `labelRenderedSizeThreshold` px. */
export const DENSITY_SETTINGS: Record<LabelDensity, Pick<Settings, 'labelGridCellSize' | 'labelDensity' | 'labelRenderedSizeThreshold'>> = {
  sparse: { labelGridCellSize: 160, labelDensity: 0.5, labelRenderedSizeThreshold: 6 },
  normal: { labelGridCellSize: 90, labelDensity: 1, labelRenderedSizeThreshold: 2 },
  dense: { labelGridCellSize: 45, labelDensity: 2, labelRenderedSizeThreshold: 0 },
};

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_COLOR = '#1d2330';
const HALO_COLOR = '#ffffff';

/** What the layer reads of the map's style to rank labels (MapStyle has it). */
export interface LabelRanking {
  selected: string | null;
  /** Selection, hovered node, path nodes, ends of a selected or hovered link. */
  labelled: ReadonlySet<string>;
  /** Whether a node stands for a star aggregate (optional: a style without aggregates has none). */
  isStar?(node: string): boolean;
}

/** The label options of the app state (a `Store<AppState>` fits). */
interface LabelOptionsSource {
  get(): { labelDensity: LabelDensity; labelSize: number };
  subscribe(listener: (s: { labelDensity: LabelDensity; labelSize: number }, prev: { labelDensity: LabelDensity; labelSize: number }) => void): () => void;
}

/** The sigma settings of a label density and size. */
export function labelSettings(density: LabelDensity, size: number): Partial<Settings> {
  return { ...DENSITY_SETTINGS[density], labelSize: size, labelFont: LABEL_FONT };
}

/** Draws placed labels on a 2D context in CSS pixels: dark text with a white halo, as the SVG export writes them. */
export function drawPlacedLabels(context: CanvasRenderingContext2D, labels: readonly PlacedLabel[], size: number): void {
  context.save();
  context.font = `${size}px ${LABEL_FONT}`;
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = HALO_COLOR;
  context.fillStyle = LABEL_COLOR;
  for (const label of labels) {
    context.textAlign = label.left ? 'right' : 'left';
    context.strokeText(label.text, label.x, label.y);
    context.fillText(label.text, label.x, label.y);
  }
  context.restore();
}

export class LabelLayer {
  private sigma: Sigma | null = null;
  private candidates: LabelCandidate[] = [];
  private placed: PlacedLabel[] = [];
  private hovered: string | null = null;
  private size: number = DEFAULT_VIEW_SETTINGS.labelSize;
  private readonly widths = new Map<string, number>();
  private readonly cleanups: (() => void)[] = [];
  /** Records a candidate instead of drawing (sigma's `defaultDrawNodeLabel` and every program's `drawLabel`). */
  readonly record: NodeLabelDrawingFunction = (_context, data) => {
    const key = (data as { key?: string }).key;
    if (key === undefined || typeof data.label !== 'string' || data.label === '') return;
    // Ranked when placed (afterRender), with the style of that frame.
    this.candidates.push({ id: key, x: data.x, y: data.y, r: data.size, text: data.label, priority: LABEL_PRIORITY.node });
  };

  /**
   * `ranking()` is read once a frame (the map's current style), and so is
   * `obstacles()`: areas of the map, in its pixels, that no label may meet
   * (what lies over the map, such as the open legend).
   */
  constructor(
    private readonly ranking: () => LabelRanking,
    private readonly obstacles: () => readonly LabelBox[] = () => [],
  ) {}

  /** The sigma settings to create the map with (default density and size; {@link watch} follows the app's). */
  initialSettings(): Partial<Settings> {
    return { ...labelSettings(DEFAULT_VIEW_SETTINGS.labelDensity, DEFAULT_VIEW_SETTINGS.labelSize), defaultDrawNodeLabel: this.record };
  }

  /** `programs` with each class's label drawer replaced by {@link record} (a program's own drawer would bypass the layer). */
  programs<T extends Record<string, NodeProgramType>>(programs: T): T {
    const record = this.record;
    const out: Record<string, NodeProgramType> = {};
    for (const [name, Program] of Object.entries(programs)) {
      out[name] = class extends Program {
        constructor(...args: ConstructorParameters<NodeProgramType>) {
          super(...args);
          this.drawLabel = record;
        }
      };
    }
    return out as T;
  }

  /** Starts drawing on `sigma`'s labels canvas; call once, right after the map is created. */
  attach(sigma: Sigma): void {
    this.sigma = sigma;
    const reset = () => {
      this.candidates = [];
    };
    const draw = () => this.draw();
    const enter = ({ node }: { node: string }) => {
      this.hovered = node;
    };
    const leave = () => {
      this.hovered = null;
    };
    sigma.on('beforeRender', reset);
    sigma.on('afterRender', draw);
    sigma.on('enterNode', enter);
    sigma.on('leaveNode', leave);
    // Sigma rendered a first frame in its constructor, before these listeners: its labels are placed now.
    this.draw();
    this.cleanups.push(() => {
      sigma.off('beforeRender', reset);
      sigma.off('afterRender', draw);
      sigma.off('enterNode', enter);
      sigma.off('leaveNode', leave);
    });
  }

  /** Follows the label density and size of `source` (the app store): applies them now and on every change. */
  watch(source: LabelOptionsSource): void {
    const now = source.get();
    this.setOptions(now.labelDensity, now.labelSize);
    this.cleanups.push(
      source.subscribe((s, prev) => {
        if (s.labelDensity !== prev.labelDensity || s.labelSize !== prev.labelSize) this.setOptions(s.labelDensity, s.labelSize);
      }),
    );
  }

  /** Sets sigma's label settings for `density` and `size` (one refresh, only when they change). */
  setOptions(density: LabelDensity, size: number): void {
    const sigma = this.sigma;
    if (!sigma) return;
    const want = labelSettings(density, size);
    const changed = (Object.keys(want) as (keyof Settings)[]).some((k) => sigma.getSetting(k) !== want[k]);
    if (!changed) return;
    this.size = size;
    this.widths.clear();
    sigma.setSettings(want);
  }

  /**
   * Draws the labels of the screen's last frame on another renderer's labels
   * canvas: the PNG export's own sigma (created with `renderLabels: false`,
   * same camera and size), so the picture labels exactly what the screen shows.
   */
  drawOn(renderer: Sigma): void {
    const context = renderer.getCanvases().labels?.getContext('2d');
    if (!context) return;
    const { width, height } = renderer.getDimensions();
    context.clearRect(0, 0, width, height);
    drawPlacedLabels(context, this.placed, this.size);
  }

  /** The labels drawn in the last frame, highest priority first (for exports and tests). */
  get placedLabels(): readonly PlacedLabel[] {
    return this.placed;
  }

  /** The font size the labels are drawn at. */
  get fontSize(): number {
    return this.size;
  }

  private priority(node: string, r: LabelRanking): number {
    if (node === r.selected) return LABEL_PRIORITY.selected;
    if (node === this.hovered) return LABEL_PRIORITY.hovered;
    if (r.labelled.has(node)) return LABEL_PRIORITY.path;
    if (r.isStar?.(node)) return LABEL_PRIORITY.star;
    return LABEL_PRIORITY.node;
  }

  private draw(): void {
    const sigma = this.sigma;
    if (!sigma) return;
    const context = sigma.getCanvases().labels?.getContext('2d');
    if (!context) return;
    const { width, height } = sigma.getDimensions();
    context.font = `${this.size}px ${LABEL_FONT}`;
    // Text widths are cached per size (cleared when it changes): the same labels are measured frame after frame.
    if (this.widths.size > 50_000) this.widths.clear();
    const measure = (text: string) => {
      let w = this.widths.get(text);
      if (w === undefined) this.widths.set(text, (w = context.measureText(text).width));
      return w;
    };
    const ranking = this.ranking();
    for (const c of this.candidates) c.priority = this.priority(c.id, ranking);
    this.placed = placeLabels(this.candidates, { fontSize: this.size, measure, width, height, obstacles: this.obstacles() });
    this.candidates = [];
    context.clearRect(0, 0, width, height);
    drawPlacedLabels(context, this.placed, this.size);
  }

  kill(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.sigma = null;
    this.candidates = [];
    this.placed = [];
  }
}

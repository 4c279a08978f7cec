/**
 * Runs ForceAtlas2 in its web worker without freezing the page.
 *
 * The worker writes positions into a light copy of the graph (positions and
 * weights only); every `interval` ms the positions are copied into the shown
 * graph and the map is redrawn. The interval adapts to how long a redraw
 * really takes — the script's part and what the frame then waits for (under
 * software WebGL the compositor waits at commit for the GPU's drawing, which
 * sigma's own render time does not show: 150–500 ms a frame on the municipal
 * catalogue on a loaded machine, measured with a Chrome trace) — and leaves
 * the page at least twice that time between redraws, so the page keeps
 * answering clicks while the layout runs (bench/browser/interactions.ts
 * measures both). Under software WebGL a redraw on every layout step slows
 * FA2 to ~1.5 steps/s, so redraws are throttled while the layout runs. The layout
 * stops by itself when it settles (or after `maxDuration`), then noverlap
 * removes overlaps — in its own web worker too (it took ~19 s on the main
 * thread on the municipal catalogue), for at most `NOVERLAP_MAX_MS`; the
 * layout counts as running until it is done. Long-lived: has `kill()`.
 */
import { UndirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import { fa2Settings, isSettled } from '../../core/layout';
import type { ReadGraph } from '../../core/graph/types';

export interface LayoutRunnerEvents {
  /** Positions in the shown graph changed: redraw. Returns how long the redraw took (ms). */
  onPositions(): number;
  /** The layout started or stopped (by itself or by the user). */
  onRunning(running: boolean, reason?: 'settled' | 'timeout' | 'stopped'): void;
}

export interface LayoutRunnerOptions {
  /** Hard stop after this many ms; default 30 s. */
  maxDuration?: number;
}

type Positions = Map<string, { x: number; y: number }>;

/** Redraw at most every this many ms, at least every `MAX_INTERVAL_MS`; in between, `COST_FACTOR` × a redraw's cost. */
const MIN_INTERVAL_MS = 120;
const MAX_INTERVAL_MS = 2000;
const COST_FACTOR = 3;
/** A redraw's frame is waited for at most this long (a hidden tab draws no frames). */
const FRAME_WAIT_MS = 1000;

/** The longest the overlap removal may run after ForceAtlas2 before it is stopped where it is. */
const NOVERLAP_MAX_MS = 3000;
/** Overlap removal: sizes as drawn are not known here, so a uniform margin. */
const NOVERLAP_SETTINGS = { margin: 1, ratio: 1.05 };

export class LayoutRunner {
  private supervisor: FA2Layout | null = null;
  private overlaps: { layout: NoverlapLayout; timer: ReturnType<typeof setTimeout>; reason: 'settled' | 'timeout' | 'stopped' } | null = null;
  private copy: UndirectedGraph | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private frame: number | null = null;
  private graph: ReadGraph | null = null;
  private startedAt = 0;
  private previous: Positions | null = null;

  constructor(
    private readonly events: LayoutRunnerEvents,
    private readonly options: LayoutRunnerOptions = {},
  ) {}

  get running(): boolean {
    return (this.supervisor?.isRunning() ?? false) || this.overlaps !== null;
  }

  /** Starts ForceAtlas2 from the graph's current positions (which must be set). */
  start(graph: ReadGraph): void {
    this.stop();
    this.graph = graph;
    const copy = new UndirectedGraph();
    graph.forEachNode((node, a) => {
      const { x, y } = a as unknown as { x: number; y: number };
      copy.addNode(node, { x, y });
    });
    graph.forEachEdge((_e, a, s, t) => copy.addEdge(s, t, { weight: a.weight }));
    this.copy = copy;
    this.supervisor = new FA2Layout(copy, { settings: fa2Settings(copy), getEdgeWeight: 'weight' });
    this.supervisor.start();
    this.startedAt = performance.now();
    this.previous = null;
    this.events.onRunning(true);
    this.schedule(150);
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => this.tick(), delay);
  }

  private tick(): void {
    this.timer = null;
    if (!this.copy || !this.graph || !this.supervisor) return;
    const t0 = performance.now();
    const positions = this.sync();
    const renderMs = this.events.onPositions();
    const settled = this.previous !== null && isSettled(this.previous, positions, this.graph.order);
    this.previous = positions;
    const elapsed = performance.now() - this.startedAt;
    if (settled || elapsed > (this.options.maxDuration ?? 30_000)) {
      this.finish(settled ? 'settled' : 'timeout');
      return;
    }
    // The redraw's cost runs until the first task after its frame (the compositor's commit included).
    this.afterFrame(() => {
      const cost = Math.max(renderMs, performance.now() - t0);
      this.schedule(Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, COST_FACTOR * cost)));
    });
  }

  /** Calls `next` in the first task after the next frame (or after {@link FRAME_WAIT_MS} when no frame comes). */
  private afterFrame(next: () => void): void {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      if (this.frame !== null) cancelAnimationFrame(this.frame);
      this.frame = null;
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      next();
    };
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(once, 0);
    });
    this.timer = setTimeout(once, FRAME_WAIT_MS);
  }

  private cancelTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  /** Copies the worker's positions into the shown graph; returns them. */
  private sync(): Positions {
    const positions: Positions = new Map();
    const copy = this.copy!;
    copy.forEachNode((node, a) => positions.set(node, { x: a['x'] as number, y: a['y'] as number }));
    // In place, not a copy of every node's attributes: 41 ms instead of 56–94 ms a redraw at 100k nodes (Node, this machine).
    this.graph!.updateEachNodeAttributes(
      (node, a) => {
        const p = positions.get(node)!;
        a.x = p.x;
        a.y = p.y;
        return a;
      },
      { attributes: ['x', 'y'] },
    );
    return positions;
  }

  private finish(reason: 'settled' | 'timeout' | 'stopped'): void {
    const graph = this.graph;
    this.supervisor?.kill();
    this.supervisor = null;
    this.cancelTimers();
    if (graph && this.copy) {
      this.sync();
      this.events.onPositions();
      // Remove the overlaps FA2 left, in noverlap's own worker (on the light copy), then show the result.
      const layout = new NoverlapLayout(this.copy, { settings: NOVERLAP_SETTINGS, onConverged: () => this.complete() });
      this.overlaps = { layout, timer: setTimeout(() => this.complete(), NOVERLAP_MAX_MS), reason };
      layout.start();
      return;
    }
    this.copy = null;
    this.events.onRunning(false, reason);
  }

  /** Ends the overlap removal: its positions go to the shown graph, and the layout has stopped. */
  private complete(): void {
    const overlaps = this.overlaps;
    if (!overlaps) return;
    this.overlaps = null;
    clearTimeout(overlaps.timer);
    overlaps.layout.kill();
    if (this.graph && this.copy) {
      this.sync();
      this.events.onPositions();
    }
    this.copy = null;
    this.events.onRunning(false, overlaps.reason);
  }

  /** Stops a running layout where it is (the overlap removal too). */
  stop(): void {
    if (this.supervisor) this.finish('stopped');
    if (this.overlaps) {
      this.overlaps.reason = 'stopped';
      this.complete();
    }
  }

  kill(): void {
    this.cancelTimers();
    if (this.overlaps) {
      clearTimeout(this.overlaps.timer);
      this.overlaps.layout.kill();
      this.overlaps = null;
    }
    this.supervisor?.kill();
    this.supervisor = null;
    this.copy = null;
    this.graph = null;
  }
}

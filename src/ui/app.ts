/**
 * The app controller: owns the store, the analysis worker client and the
 * loaded dataset, and offers the actions every panel calls (load data, switch
 * view, choose the community method, select, focus, find a path). Panels
 * subscribe to the store; none of them talks to the worker directly. The
 * dataset in the store is the one owner of the data: projections and
 * community runs name its encoded graphs to the worker (analysis-client.ts).
 */
import type { AnalysisInput } from '../core/analysis/analyze';
import { resolveAnalysisOptions, type AnalysisOptions, type CommunityMethod, type ProjectionRequest } from '../core/analysis/options';
import { communityMethodName, communityRunOf } from '../core/communities/methods';
import { describeWindow } from '../core/time/window-graph';
import type { CommunityStep } from '../core/communities/run-method';
import type { DefaultTypes } from '../core/csv/read-edges';
import type { ColumnMapping, EdgeField, NodeField } from '../core/csv/types';
import { shortestPath } from '../core/graph/neighborhood';
import { describeProjectionTooLarge } from '../core/graph/projection';
import { DEFAULT_FILTERS } from '../core/filter';
import { AnalysisClient, type JobOutcome } from './analysis-client';
import type { AnalysisPayload, ProjectionPayload } from '../workers/protocol';
import { createAppStore, type AppStore } from './state/app-state';
import { createPacing } from './pacing';
import { columnGraphPaced } from '../core/graph/column-graph';
import type { ReadGraph } from '../core/graph/types';
import type { ViewId } from '../core/view-settings';
import { datasetFromPayloadPaced, viewData, viewFromPayloadPaced, withCommunities, type Dataset, type DataSource, type ViewData } from './state/dataset';
import { Derived } from './state/derived';
import { loadSummary } from './panels/load-summary';
import { AFTER_MAP_LINKS } from './panels/after-map';
import { figureListPaced } from '../core/style/figures';
import { viewMeasures } from './state/view-figures';

/** What a load needs beyond the files. */
export interface LoadRequest {
  input: AnalysisInput;
  source: DataSource;
  edgeMapping?: ColumnMapping<EdgeField>;
  nodeMapping?: ColumnMapping<NodeField>;
  /** Types for the source and target columns where the edges CSV gives none (the "type nodes by column" dialog). */
  defaultTypes?: DefaultTypes;
  /** The analysis computed ahead (the embedded default at build time), used when the options match. */
  precomputed?: (options: AnalysisOptions) => AnalysisPayload | null;
}

export type LoadOutcome =
  | { status: 'done' }
  | { status: 'fatal'; file: string; code: string; message: string }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

export class App {
  readonly store: AppStore = createAppStore();
  readonly derived = new Derived();
  readonly client = new AnalysisClient();
  /** Options of the next load (seed, algorithms, community method); what made a loaded dataset is {@link optionsOf}. */
  options: AnalysisOptions = resolveAnalysisOptions({});
  /** Loads started, and projections and community runs started: a slow rebuild never overwrites a newer one's result. */
  private loads = 0;
  private projections = 0;
  private methodRuns = 0;

  private progress = (stage: string, fraction: number, cancellable = true) => this.store.set({ busy: { stage, fraction, cancellable } });

  /**
   * Reads and analyses files in the worker. On a fatal file error the message
   * says what was expected and the previous dataset stays on screen. A load
   * or projection started later wins over this one.
   */
  async load(request: LoadRequest): Promise<LoadOutcome> {
    const options = resolveAnalysisOptions({
      ...this.options,
      ...(request.edgeMapping ? { edgeMapping: request.edgeMapping } : {}),
      ...(request.nodeMapping ? { nodeMapping: request.nodeMapping } : {}),
      ...(request.defaultTypes ? { defaultTypes: request.defaultTypes } : {}),
    });
    const token = ++this.loads;
    const current = () => token === this.loads;
    this.store.set({ message: null });
    this.progress('Reading the files', 0);
    // A large graph is rebuilt in slices (the page answers input meanwhile), from as soon as the worker has built it:
    // the rebuild runs here while the worker computes the measures. It stops at its next pause once this load is not current.
    let settled = false;
    const pacing = createPacing(undefined, () => settled || !current());
    let early: Promise<ReadGraph> | undefined;
    /** The dataset whose shown sets were prepared ahead of the state (derived.ts). */
    let shown: Dataset | undefined;
    try {
      const ready = request.precomputed?.(options);
      const outcome: JobOutcome<AnalysisPayload> = ready
        ? { status: 'done', payload: ready }
        : await this.client.analyze(
            request.input,
            options,
            (stage, f) => this.progress(stage, f),
            (encoded) => {
              early = columnGraphPaced(encoded, pacing);
              early.catch(() => {}); // awaited below when the load is current; a stopped one is dropped
            },
          );
      if (!current()) return { status: 'cancelled' };
      if (outcome.status === 'done') {
        this.progress('Drawing the map', 1, false);
        const dataset = await datasetFromPayloadPaced(request.source, outcome.payload, pacing, early);
        // What the new state shows (the filters' first pass, kept for it by derived.ts) in a task of its own,
        // so the state's task builds the map and little else (at 100k nodes ~0.1 s out of it).
        await pacing.pause();
        if (!current()) return { status: 'cancelled' };
        shown = dataset;
        this.derived.prepare({ ...this.store.get(), dataset, view: 'network', filters: DEFAULT_FILTERS, focus: null });
        // The figures the style menus, legend and table list (~0.12 s at 100k nodes), made in slices now: they find them cached.
        if (dataset.network.graph.size > AFTER_MAP_LINKS) await figureListPaced(dataset.network.graph, viewMeasures(dataset.network, dataset), pacing);
        await pacing.pause(); // input first, then the map is built in one go
        if (!current()) return { status: 'cancelled' };
        dataset.analysed = { input: request.input, options };
        this.store.set({ busy: null });
        // What was read, in one line (the loader may replace it, as the default dataset's note does). Set before the
        // dataset, in the same task: its strip above the map then has its height when the map is built, which is not
        // resized right after (at 100k nodes a resize cost ~0.15 s and a full refresh of sigma at the next frame).
        this.store.set({ message: loadSummary(outcome.payload.report.stats, outcome.payload.report.issues) });
        this.store.set({ dataset, view: 'network', filters: DEFAULT_FILTERS, selected: null, hovered: null, focus: null, path: null });
        return { status: 'done' };
      }
      if (outcome.status === 'fatal' || outcome.status === 'failed') {
        const kept = this.store.get().dataset ? ' The map still shows the previous data.' : '';
        const text = /[.!?]$/.test(outcome.message) ? outcome.message : `${outcome.message}.`;
        this.store.set({ message: { kind: 'error', text: text + kept } });
      }
      return outcome;
    } catch (error) {
      if (!current()) return { status: 'cancelled' };
      const message = `Could not show the data: ${error instanceof Error ? error.message : String(error)}`;
      this.store.set({ message: { kind: 'error', text: message } });
      return { status: 'failed', message };
    } finally {
      settled = true; // an early rebuild still running (the analysis failed) stops at its next pause
      if (shown) this.derived.dropPrepared(shown); // taken by the new state's first reader, or never to be shown
      if (current()) this.store.set({ busy: null });
    }
  }

  /** Shows a view; a projection is computed in the worker the first time. */
  async setView(view: ViewId, maxViaMembers?: number): Promise<void> {
    const dataset = this.store.get().dataset;
    if (!dataset) return;
    if (viewData(dataset, view) && maxViaMembers === undefined) {
      this.store.set({ view, selected: null, focus: null, path: null, filters: DEFAULT_FILTERS });
      return;
    }
    if (view === 'network') return;
    const token = ++this.projections;
    const loads = this.loads;
    const current = () => token === this.projections && loads === this.loads && this.store.get().dataset === dataset;
    this.progress(`Projecting onto ${view} nodes`, 0);
    try {
      const outcome = await this.project(dataset, { keep: view, ...(maxViaMembers !== undefined ? { maxViaMembers } : {}) }, (stage, f) =>
        this.progress(stage, f),
      );
      if (!current()) return;
      if (outcome.status === 'done') {
        const pacing = createPacing();
        const data = await viewFromPayloadPaced(outcome.payload.result, pacing);
        await pacing.pause();
        if (!current()) return;
        const { via, weighting } = outcome.payload.request;
        data.projection = { via, weighting, skipped: outcome.payload.skipped, ...(maxViaMembers !== undefined ? { maxViaMembers } : {}) };
        this.store.set({ busy: null });
        this.store.set({
          dataset: { ...dataset, projections: { ...dataset.projections, [view]: data } },
          view,
          selected: null,
          focus: null,
          path: null,
          filters: DEFAULT_FILTERS,
        });
      } else if (outcome.status === 'failed') {
        // Too large a projection names its hubs: offer to leave out the big ones (the button replaces the CLI's hint).
        const { tooLarge } = outcome;
        const text = tooLarge ? describeProjectionTooLarge(tooLarge, { hint: false }) : outcome.message;
        const offer = tooLarge ? { label: 'Leave out hubs of more than 500 nodes', run: () => void this.setView(view, 500) } : undefined;
        // Too large is an offer to narrow the view (a warning with its button), not a failure of the app.
        this.store.set({ message: { kind: tooLarge ? 'warning' : 'error', text, ...(offer ? { action: offer } : {}) } });
      }
    } catch (error) {
      if (current())
        this.store.set({ message: { kind: 'error', text: `Could not show the projection: ${error instanceof Error ? error.message : String(error)}` } });
    } finally {
      if (current()) this.store.set({ busy: null });
    }
  }

  /**
   * The options that made `dataset` (a snapshot's: this app's), with the
   * community method its network was analysed with (read from its parameters).
   */
  optionsOf(dataset: Dataset): AnalysisOptions {
    const base = dataset.analysed?.options ?? this.options;
    const method = communityRunOf(dataset.network.params, dataset.network.stats)?.method ?? base.communities;
    return method === base.communities ? base : { ...base, communities: method };
  }

  /** Projects `dataset`'s network in the worker with the options that made it (the worker is sent the network only if it lacks it). */
  project(dataset: Dataset, request: ProjectionRequest, onProgress?: (stage: string, fraction: number) => void): Promise<JobOutcome<ProjectionPayload>> {
    return this.client.project(dataset.network.encoded, this.optionsOf(dataset), request, onProgress);
  }

  /**
   * Finds the communities with `method` for the network and every projection
   * loaded, running only that step in the worker; colours, legend, filters,
   * questions, table and provenance follow from the new dataset. Once they
   * are shown (or at once without data) the method is kept for later loads;
   * a run cancelled or failed leaves everything as it was. A community
   * filter is cleared (its numbers named the old communities); positions stay.
   */
  async setCommunityMethod(method: CommunityMethod): Promise<void> {
    const keep = () => void (this.options = resolveAnalysisOptions({ ...this.options, communities: method }));
    const dataset = this.store.get().dataset;
    // Communities from the nodes file (no method's parameters) are replaced by the method's too.
    if (!dataset || communityRunOf(dataset.network.params, dataset.network.stats)?.method === method) return keep();
    const token = ++this.methodRuns;
    const loads = this.loads;
    const current = () => token === this.methodRuns && loads === this.loads && this.store.get().dataset === dataset;
    const options = { ...this.optionsOf(dataset), communities: method };
    const views: [ViewId, ViewData][] = [['network', dataset.network], ...(Object.entries(dataset.projections) as [ViewId, ViewData][])];
    const steps = new Map<ViewId, CommunityStep>();
    this.progress(`Finding communities (${communityMethodName(method)})`, 0);
    try {
      for (const [id, view] of views) {
        const outcome = await this.client.communities(view.encoded, options, (stage, f) => this.progress(stage, f));
        if (!current()) return;
        if (outcome.status !== 'done') {
          if (outcome.status === 'failed' || outcome.status === 'fatal')
            this.store.set({ message: { kind: 'error', text: `Could not find the communities: ${outcome.message}` } });
          return;
        }
        steps.set(id, outcome.payload);
      }
      const filters = this.store.get().filters;
      this.store.set({ busy: null });
      keep();
      this.store.set({ dataset: withCommunities(dataset, steps), ...(filters.communities ? { filters: { ...filters, communities: null } } : {}) });
      if (dataset.window)
        this.store.set({
          message: {
            kind: 'info',
            text: `The measures are for all years again (they were for ${describeWindow(dataset.window)}): Recompute gives that window's with ${communityMethodName(method)} communities.`,
          },
        });
    } finally {
      if (current()) this.store.set({ busy: null });
    }
  }

  /** Cancels the running job; the map keeps what it shows. */
  cancel(): void {
    this.client.cancel();
    const kept = this.store.get().dataset ? ' The map still shows the previous data.' : '';
    this.store.set({ busy: null, message: { kind: 'info', text: `Cancelled.${kept}` } });
  }

  /** Selects a node (a selected link is then cleared by the store's rule); null clears any selection, node or link. */
  select(node: string | null): void {
    this.store.set(node === null ? { selected: null, selectedEdge: null } : { selected: node });
  }

  setFocus(node: string | null, hops: 1 | 2 = 1): void {
    this.store.set({ focus: node ? { node, hops } : null });
  }

  /** Finds and highlights the shortest path between two nodes of the current view. */
  findPath(from: string, to: string): string[] | null {
    const view = this.derived.view(this.store.get());
    if (!view?.graph.hasNode(from) || !view.graph.hasNode(to)) return null;
    const nodes = shortestPath(view.graph, from, to);
    this.store.set({ path: { from, to, nodes } });
    return nodes;
  }

  clearPath(): void {
    this.store.set({ path: null });
  }

  kill(): void {
    // A load in progress is no longer current: its paced rebuild (begun when the worker sent the graph ahead) stops at its next pause.
    this.loads++;
    this.projections++;
    this.client.kill();
    this.store.kill();
  }
}

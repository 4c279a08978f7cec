/**
 * The timeline bar under the map, shown when the view has dated links: a
 * year slider (a range with two handles, or one year), Play/Pause, the
 * "keep links without a year" switch, a readout of what the window leaves
 * active, and the window measures (timeline-measures.ts). It writes only
 * `filters.yearRange` and `filters.keepUndated`: the map, legend, counts and
 * table follow the filters, and share links carry them (`years=`,
 * `undated=`). Which links a window shows is core/time/activity.ts.
 *
 * The DOM is built once per view graph and updated in place, so a handle
 * being dragged is never replaced under the pointer.
 */
import { linkSpan } from '../../core/time/activity';
import { countActive, timelineExtent, type TimelineExtent } from '../../core/time/extent';
import { describeWindow } from '../../core/time/window-graph';
import type { FilterState } from '../../core/filter';
import type { ReadGraph } from '../../core/graph/types';
import type { App } from '../app';
import { h, type Panel } from './panel';
import { TimelinePlayer, type WhenDrawn } from './timeline-play';
import { recomputeWindowMeasures, showAllYearsMeasures, windowMeasuresNote } from './timeline-measures';
import { afterMap, drawsAfterMap } from './after-map';
import './timeline.css';

export interface TimelineOptions {
  /** Resolves once the map has drawn the next frame (Play waits on it before the next year). */
  whenDrawn: WhenDrawn;
}

const count = (n: number) => n.toLocaleString('en');

/** The parts of the bar that change with the filters. */
interface Bar {
  graph: ReadGraph;
  extent: TimelineExtent & { min: number; max: number };
  from: HTMLInputElement;
  to: HTMLInputElement;
  single: HTMLInputElement;
  play: HTMLButtonElement;
  all: HTMLButtonElement;
  undated: HTMLInputElement;
  /** The stretch of track between the handles. */
  fill: HTMLElement;
  readout: HTMLElement;
  measures: HTMLElement;
}

export function mountTimeline(container: HTMLElement, app: App, options: TimelineOptions): Panel {
  let bar: Bar | null = null;
  let singleMode = false;
  let playStart: number | null = null;
  const set = (patch: Partial<FilterState>) => app.store.set({ filters: { ...app.store.get().filters, ...patch } });
  const player = new TimelinePlayer({
    whenDrawn: options.whenDrawn,
    show: (year) => set({ yearRange: singleMode ? [year, year] : [playStart ?? year, year] }),
    onChange: () => update(),
  });

  /** The window shown: the filter's, or every year. */
  const windowOf = (b: Bar): [number, number] => app.store.get().filters.yearRange ?? [b.extent.min, b.extent.max];

  function build(graph: ReadGraph, known?: TimelineExtent): Bar | null {
    const extent = known ?? timelineExtent(graph);
    if (extent.min === null || extent.max === null) return null;
    const { min, max } = extent;
    const range = (label: string) => h('input', { attrs: { type: 'range', min: String(min), max: String(max), step: '1', 'aria-label': label } });
    const from = range('First year');
    const to = range('Last year');
    const play = h('button', { className: 'timeline-play', attrs: { type: 'button' } });
    const single = h('input', { attrs: { type: 'checkbox' } });
    const all = h('button', { text: 'All years', attrs: { type: 'button' } });
    const undated = h('input', { attrs: { type: 'checkbox' } });
    const readout = h('p', { className: 'timeline-readout', attrs: { 'aria-live': 'polite' } });
    const measures = h('p', { className: 'timeline-measures' });
    const fill = h('span', { className: 'timeline-fill', attrs: { 'aria-hidden': 'true' } });
    const b: Bar = { graph, extent: { ...extent, min, max }, from, to, single, play, all, undated, fill, readout, measures };

    const onSlide = (moved: 'from' | 'to') => {
      player.pause();
      let a = Number(from.value);
      let z = Number(to.value);
      if (singleMode) a = z;
      else if (a > z) [a, z] = moved === 'from' ? [a, a] : [z, z]; // a handle pushes the other
      set({ yearRange: [a, z] });
    };
    from.addEventListener('input', () => onSlide('from'));
    to.addEventListener('input', () => onSlide('to'));
    single.addEventListener('change', () => {
      player.pause();
      singleMode = single.checked;
      const [, z] = windowOf(b);
      set({ yearRange: singleMode ? [z, z] : [min, z] });
    });
    all.addEventListener('click', () => {
      player.pause();
      singleMode = false;
      set({ yearRange: null });
    });
    undated.addEventListener('change', () => set({ keepUndated: undated.checked }));
    play.addEventListener('click', () => {
      if (player.playing) return player.pause();
      const [a, z] = windowOf(b);
      // Resume after the year shown, or start again from the first year of the window (range) or of the data (one year).
      const resume = app.store.get().filters.yearRange !== null && z < max;
      playStart = singleMode ? null : a;
      void player.play(resume ? z + 1 : singleMode ? min : a, max);
    });

    const problems = extent.problems;
    const warning =
      problems.length > 0
        ? h('p', {
            className: 'timeline-warning',
            text: `${count(problems.length)} “until” ${problems.length === 1 ? 'value' : 'values'} could not be used: line ${problems[0]!.lines.join(', ')}: “${problems[0]!.value}” ${problems[0]!.why}${problems.length > 1 ? ' (hover for all)' : ''}.`,
            attrs: { title: problems.map((p) => `line ${p.lines.join(', ')}: “${p.value}” ${p.why}`).join('\n') },
          })
        : null;
    container.replaceChildren(
      h('h2', { className: 'visually-hidden', text: 'Timeline' }),
      h(
        'div',
        { className: 'timeline-row' },
        play,
        h(
          'div',
          { className: 'timeline-slider' },
          fill,
          from,
          to,
          h('span', { className: 'timeline-min', text: String(min) }),
          h('span', { className: 'timeline-max', text: String(max) }),
        ),
        h('label', { className: 'toggle' }, single, ' one year'),
        all,
      ),
      h('div', { className: 'timeline-row' }, readout, h('label', { className: 'toggle' }, undated, ' keep links without a year')),
      ...(warning ? [warning] : []),
      measures,
    );
    return b;
  }

  /**
   * A large new graph, in the task that set it: whether the bar is shown is
   * decided now (links read until the first dated one), and a shown bar
   * built at its final height with its controls disabled, so that the map
   * keeps the size it opens with; the years are read in a task of their own
   * ({@link afterMap}), which builds the bar again with them. Only a
   * warning about unusable `until` values, known then, can still add a line.
   */
  function placeholder(): void {
    const s = app.store.get();
    const graph = app.derived.view(s)?.graph;
    if (!graph) return;
    player.kill();
    bar = null;
    const dated = graph.someEdge((_edge, attr) => linkSpan(attr).start !== null);
    const shell = dated ? build(graph, { min: 0, max: 0, dated: 0, undated: 0, withUntil: 0, problems: [] }) : null;
    container.hidden = !shell;
    if (!shell) {
      container.replaceChildren();
      return;
    }
    for (const control of [shell.from, shell.to, shell.single, shell.play, shell.all, shell.undated]) control.disabled = true;
    shell.play.textContent = '▶ Play';
    shell.readout.textContent = '\u00a0';
    renderMeasures(shell, s.filters);
  }

  function update(): void {
    const s = app.store.get();
    const view = app.derived.view(s);
    if (!view) return;
    if (!bar || bar.graph !== view.graph) {
      player.kill();
      const fresh = build(view.graph);
      const range = s.filters.yearRange;
      singleMode = range !== null && range[0] === range[1];
      bar = fresh;
      container.hidden = !fresh;
      if (!fresh) {
        container.replaceChildren();
        return;
      }
    }
    const b = bar!;
    const [a, z] = windowOf(b);
    const { extent } = b;
    b.single.checked = singleMode;
    b.from.hidden = singleMode;
    b.to.setAttribute('aria-label', singleMode ? 'Year' : 'Last year');
    b.from.value = String(a);
    b.to.value = String(z);
    b.from.setAttribute('aria-valuetext', String(a));
    b.to.setAttribute('aria-valuetext', String(z));
    const at = (y: number) => (extent.max > extent.min ? ((y - extent.min) / (extent.max - extent.min)) * 100 : 0);
    b.fill.style.left = `${singleMode ? at(z) : at(a)}%`;
    b.fill.style.width = `${singleMode ? 0 : at(z) - at(a)}%`;
    b.undated.checked = s.filters.keepUndated;
    b.all.disabled = s.filters.yearRange === null;
    b.play.textContent = player.playing ? '❚❚ Pause' : '▶ Play';
    b.play.setAttribute('aria-label', player.playing ? 'Pause' : 'Play the years');

    const inWindow = s.filters.yearRange ? countActive(b.graph, { from: a, to: z }) : extent.dated;
    const undated = extent.undated > 0 ? ` · ${count(extent.undated)} undated ${s.filters.keepUndated ? 'shown' : 'hidden'}` : '';
    b.readout.textContent = s.filters.yearRange
      ? `${describeWindow({ from: a, to: z })} · ${count(inWindow)} of ${count(extent.dated)} dated links active${undated}`
      : `All years (${describeWindow({ from: extent.min, to: extent.max })}) · ${count(extent.dated)} dated links${undated}`;
    renderMeasures(b, s.filters);
  }

  function renderMeasures(b: Bar, filters: FilterState): void {
    const dataset = app.store.get().dataset;
    const note = app.store.get().view === 'network' ? windowMeasuresNote(dataset) : null;
    const [a, z] = windowOf(b);
    const wanted = { from: a, to: z, keepUndated: filters.keepUndated };
    const w = dataset?.window;
    const same = w && w.from === a && w.to === z && w.keepUndated === filters.keepUndated;
    const parts: (Node | string)[] = [note ? h('strong', { text: `Measures ${note}` }) : 'Measures and indicators: all years'];
    if (app.store.get().view === 'network' && filters.yearRange && !same) {
      const recompute = h('button', { text: `Recompute measures for ${describeWindow(wanted)}`, attrs: { type: 'button' } });
      recompute.addEventListener('click', () => void recomputeWindowMeasures(app, wanted));
      parts.push(' ', recompute);
    }
    if (note) {
      const back = h('button', { text: 'Back to all years', attrs: { type: 'button' } });
      back.addEventListener('click', () => showAllYearsMeasures(app));
      parts.push(' ', back);
    }
    b.measures.replaceChildren(...parts);
  }

  // The bar's height, for the count line the stage places above it.
  const resize = new ResizeObserver(() => container.parentElement?.style.setProperty('--timeline-height', `${container.offsetHeight}px`));
  resize.observe(container);
  const drawing = afterMap(() => update(), container);
  const unwatch = app.store.subscribe((s, prev) => {
    if (s.dataset === prev.dataset && s.view === prev.view && s.filters === prev.filters) return;
    // A large new graph: its years read in a task of their own, after the map's.
    if ((s.dataset !== prev.dataset || s.view !== prev.view) && drawsAfterMap(app.derived, s)) {
      placeholder();
      drawing.later();
    } else drawing.now();
  });
  update();
  return {
    kill: () => {
      drawing.cancel();
      unwatch();
      resize.disconnect();
      player.kill();
      container.replaceChildren();
    },
  };
}

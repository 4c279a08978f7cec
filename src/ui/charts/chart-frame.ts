/**
 * The frame every chart of the Charts tab sits in: a <figure> with a heading,
 * a row of labelled controls and notes, and a body holding one
 * <svg role="img"> sized to it. A ResizeObserver redraws the chart when the
 * body changes size (one redraw per animation frame); `kill()` disconnects it.
 */
import { select, type Selection } from 'd3-selection';
import { fileSlug } from '../../core/search/fold';
import { APP_VERSION } from '../../core/version';
import { chartExportButtons } from '../export/chart-export';
import { h } from '../panels/panel';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

export interface ChartFrame {
  figure: HTMLElement;
  /** Where controls and notes go, after the heading. */
  head: HTMLElement;
  svg: Svg;
  /** The body's current size in CSS pixels. */
  size(): { width: number; height: number };
  /** Sets the svg's accessible summary. */
  describe(summary: string): void;
  kill(): void;
}

/** Space around a chart's plot area for axes and labels. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Creates a chart frame in `container`; `draw` runs on every size change. */
export function createChartFrame(container: HTMLElement, title: string, draw: () => void): ChartFrame {
  const heading = h('h3', { text: title });
  const head = h('div', { className: 'chart-head' }, heading);
  const body = h('div', { className: 'chart-body' });
  const figure = h('figure', { className: 'chart' }, head, body);
  container.append(figure);
  const svg = select(body).append('svg').attr('role', 'img').attr('aria-label', title) as Svg;
  // Download buttons (SVG, PNG) at the end of the head, after any controls.
  head.append(
    chartExportButtons(
      figure,
      () => `partnership-atlas-${fileSlug(heading.textContent ?? title)}`,
      () => `${heading.textContent ?? title} · Partnership Atlas ${APP_VERSION}`,
    ),
  );

  let frame = 0;
  let last = '';
  const observer = new ResizeObserver(() => {
    const { width, height } = body.getBoundingClientRect();
    const key = `${Math.round(width)}x${Math.round(height)}`;
    if (key === last || frame) return;
    last = key;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  });
  observer.observe(body);

  return {
    figure,
    head,
    svg,
    size() {
      const rect = body.getBoundingClientRect();
      return { width: Math.max(0, Math.floor(rect.width)), height: Math.max(0, Math.floor(rect.height)) };
    },
    describe(summary) {
      svg.attr('aria-label', summary);
    },
    kill() {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      figure.remove();
    },
  };
}

let selects = 0;

/** A <select> with a visible label (tied by `for`, so its name is the label alone), for a chart's head. */
export function labelledSelect(label: string, options: { value: string; text: string }[]): { label: HTMLElement; select: HTMLSelectElement } {
  const id = `chart-select-${++selects}`;
  const element = h('select', { attrs: { id } });
  setOptions(element, options);
  return { label: h('span', { className: 'chart-control' }, h('label', { text: label, attrs: { for: id } }), element), select: element };
}

/** Replaces a select's options, keeping the current value when it is still offered (else the first). */
export function setOptions(element: HTMLSelectElement, options: { value: string; text: string }[]): void {
  const current = element.value;
  element.replaceChildren(...options.map((o) => h('option', { text: o.text, attrs: { value: o.value } })));
  element.value = options.some((o) => o.value === current) ? current : (options[0]?.value ?? '');
}

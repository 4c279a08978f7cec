/**
 * Reach's small chart: for the most adopted projects whose city links carry
 * years, the cumulative number of adopting cities by year, one step line a
 * project (d3), with a legend of swatches under it and a note that only
 * dated links count. Drawn in a fixed viewBox that scales to the sidebar.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { curveStepAfter, line } from 'd3-shape';
import { CATEGORY_PALETTE } from '../../../core/style/palette';
import { h } from '../panel';
import type { AdoptionSeries } from './question-model';

const WIDTH = 260;
const HEIGHT = 150;
const MARGIN = { top: 8, right: 10, bottom: 22, left: 30 };

/** The chart and its legend for `series` (non-empty), in a <figure>. */
export function adoptionChart(series: readonly AdoptionSeries[]): HTMLElement {
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  const first = Math.min(...years);
  const last = Math.max(...years, first + 1);
  const most = Math.max(...series.flatMap((s) => s.points.map((p) => p.cities)), 1);
  const x = scaleLinear()
    .domain([first, last])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, most])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const summary = series.map((s) => `${s.label}: ${s.points.at(-1)!.cities} by ${s.points.at(-1)!.year}`).join('; ');

  const figure = h('figure', { className: 'adoption-chart' });
  const svg = select(figure)
    .append('svg')
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .attr('role', 'img')
    .attr('aria-label', `Cumulative adopting cities with a dated link, by year. ${summary}.`);
  const span = last - first;
  svg
    .append('g')
    .attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(
      axisBottom(x)
        .ticks(Math.min(span, 5))
        .tickFormat((d) => String(d)),
    );
  svg
    .append('g')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(
      axisLeft(y)
        .ticks(Math.min(most, 4))
        .tickFormat((d) => String(d)),
    );
  const path = line<{ year: number; cities: number }>()
    .x((p) => x(p.year))
    .y((p) => y(p.cities))
    .curve(curveStepAfter);
  series.forEach((s, i) => {
    // Each line runs on to the last year of the chart, so a project's level stays visible.
    const points = [...s.points, { year: last, cities: s.points.at(-1)!.cities }];
    svg
      .append('path')
      .attr('d', path(points))
      .attr('fill', 'none')
      .attr('stroke', CATEGORY_PALETTE[i % CATEGORY_PALETTE.length]!)
      .attr('stroke-width', 2)
      .append('title')
      .text(`${s.label}: ${s.points.map((p) => `${p.year} ${p.cities}`).join(', ')}`);
  });
  const legend = h(
    'ul',
    { className: 'adoption-legend' },
    ...series.map((s, i) =>
      h('li', {}, h('span', { className: 'swatch', attrs: { style: `background:${CATEGORY_PALETTE[i % CATEGORY_PALETTE.length]!}` } }), s.label),
    ),
  );
  figure.append(
    legend,
    h('figcaption', { className: 'muted', text: 'Cumulative adopting cities by the year on their link; links without a year are not counted.' }),
  );
  return figure;
}

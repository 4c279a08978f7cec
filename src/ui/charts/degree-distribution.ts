/**
 * Chart: the degree distribution of the shown nodes, one line of points per
 * node type, coloured like the map. When the distribution is skewed (max
 * degree / median degree > 20) both axes are logarithmic, with a visible
 * "log scale" note and a count of the isolates a log axis cannot show.
 */
import { max } from 'd3-array';
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';
import { h } from '../panels/panel';
import { degreeDistribution, median, useLogScale, type DegreeSeries } from './chart-data';
import { createChartFrame, type Margins } from './chart-frame';

/** What the chart draws: each shown node's type and degree, and the colour of each type. */
export interface DegreeInput {
  nodes: { type: string; degree: number }[];
  types: string[];
  color: (type: string) => string;
}

const MARGINS: Margins = { top: 10, right: 16, bottom: 36, left: 48 };

/** Mounts the degree-distribution chart; `update` redraws it from `input()`. */
export function mountDegreeDistribution(container: HTMLElement, input: () => DegreeInput | null): { update(): void; kill(): void } {
  const frame = createChartFrame(container, 'Degree distribution', () => draw());
  const note = h('span', { className: 'chart-note', text: 'log scale', attrs: { hidden: '' } });
  const legend = h('div', { className: 'chart-legend' });
  frame.head.append(note, legend);

  function draw() {
    const data = input();
    const { width, height } = frame.size();
    const svg = frame.svg.attr('width', width).attr('height', height);
    svg.selectAll('*').remove();
    if (!data || data.nodes.length === 0 || width < 60 || height < 60) {
      note.hidden = true;
      legend.replaceChildren();
      frame.describe('Degree distribution: no nodes shown.');
      return;
    }
    const degrees = data.nodes.map((d) => d.degree).filter(Number.isFinite);
    const log = useLogScale(degrees);
    const isolates = log ? degrees.filter((d) => d < 1).length : 0;
    const series = degreeDistribution(log ? data.nodes.filter((d) => d.degree >= 1) : data.nodes, data.types);
    note.hidden = !log;
    note.textContent = isolates ? `log scale · ${isolates.toLocaleString('en')} isolates not shown` : 'log scale';
    legend.replaceChildren(...series.map((s) => h('span', { text: s.type, attrs: { style: `--swatch:${data.color(s.type)}` } })));
    frame.describe(summary(series, degrees, log));

    const maxDegree = Math.max(1, max(degrees) ?? 1);
    const maxCount = Math.max(1, max(series.flatMap((s) => s.points.map((p) => p.count))) ?? 1);
    const innerW = width - MARGINS.left - MARGINS.right;
    const innerH = height - MARGINS.top - MARGINS.bottom;
    // Log axes get a little room past the data rather than `nice()`, which would stretch 111 to 1,000.
    const x: ScaleLinear<number, number> | ScaleLogarithmic<number, number> = log
      ? scaleLog()
          .domain([0.85, maxDegree * 1.2])
          .range([0, innerW])
      : scaleLinear().domain([0, maxDegree]).range([0, innerW]).nice();
    const y: ScaleLinear<number, number> | ScaleLogarithmic<number, number> = log
      ? scaleLog()
          .domain([0.75, maxCount * 1.4])
          .range([innerH, 0])
      : scaleLinear().domain([0, maxCount]).range([innerH, 0]).nice();
    const plot = svg.append('g').attr('transform', `translate(${MARGINS.left},${MARGINS.top})`);

    const yTicks = Math.max(2, Math.floor(innerH / 32));
    const xTicks = Math.max(2, Math.floor(innerW / 70));
    const gridTicks = log ? y.ticks().filter((t) => Number.isInteger(Math.log10(t))) : y.ticks(yTicks);
    plot
      .append('g')
      .attr('class', 'grid')
      .selectAll('line')
      .data(gridTicks)
      .join('line')
      .attr('x1', 0)
      .attr('x2', innerW)
      .attr('y1', (d) => y(d))
      .attr('y2', (d) => y(d));
    plot
      .append('g')
      .attr('class', 'axis')
      .attr('transform', `translate(0,${innerH})`)
      .call(axisBottom(x).ticks(xTicks, log ? '~s' : '~d'));
    plot
      .append('g')
      .attr('class', 'axis')
      .call(axisLeft(y).ticks(yTicks, log ? '~s' : '~d'));
    plot
      .append('text')
      .attr('class', 'axis-label')
      .attr('x', innerW)
      .attr('y', innerH + 30)
      .attr('text-anchor', 'end')
      .text('Degree');
    plot.append('text').attr('class', 'axis-label').attr('transform', 'rotate(-90)').attr('x', 0).attr('y', -36).attr('text-anchor', 'end').text('Nodes');

    const path = line<{ degree: number; count: number }>()
      .x((p) => x(p.degree))
      .y((p) => y(p.count));
    const groups = plot.append('g').selectAll('g').data(series).join('g').attr('class', 'series');
    groups
      .append('path')
      .attr('fill', 'none')
      .attr('stroke', (s) => data.color(s.type))
      .attr('stroke-width', 1)
      .attr('stroke-opacity', 0.35)
      .attr('d', (s) => path(s.points));
    groups
      .selectAll('circle')
      .data((s) => s.points.map((p) => ({ ...p, type: s.type })))
      .join('circle')
      .attr('cx', (p) => x(p.degree))
      .attr('cy', (p) => y(p.count))
      .attr('r', 3.5)
      .attr('fill', (p) => data.color(p.type))
      .attr('fill-opacity', 0.85)
      .attr('stroke', '#fff')
      .attr('stroke-width', 0.75)
      .append('title')
      .text((p) => `${p.type}: ${p.count.toLocaleString('en')} ${p.count === 1 ? 'node' : 'nodes'} of degree ${p.degree}`);
  }

  return { update: draw, kill: () => frame.kill() };
}

/** The chart's accessible summary. */
function summary(series: DegreeSeries[], degrees: number[], log: boolean): string {
  const parts = series.map((s) => {
    const n = s.points.reduce((t, p) => t + p.count, 0);
    return `${s.type}: ${n.toLocaleString('en')} nodes, degree ${s.points[0]!.degree} to ${s.points[s.points.length - 1]!.degree}`;
  });
  const positive = degrees.filter((d) => d >= 1);
  return (
    `Degree distribution of ${degrees.length.toLocaleString('en')} shown nodes by type, ${log ? 'log–log scales' : 'linear scales'}. ` +
    `${parts.join('; ')}. Maximum degree ${Math.max(0, ...degrees)}, median ${median(positive.length ? positive : degrees)}.`
  );
}

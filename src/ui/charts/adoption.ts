/**
 * Chart: adoption over time — the cumulative number of distinct adopting
 * cities per project by year (core/time/adoption.ts), for the projects the
 * filters leave shown. Two modes: the top 8 projects with dated adopters (the
 * rest named in a note), or one chosen project split by its cities' country.
 * Step lines (a count changes at a year; a project's line selects it), a legend giving each line's dated
 * total and its undated adopters, a data table under a disclosure for screen
 * readers and copying, and an empty state that says how many links have a
 * year.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { nodeKey } from '../../core/graph/node-key';
import type { AdoptionResult, AdoptionSeries } from '../../core/time/adoption';
import { h } from '../panels/panel';
import { adoptionPlot, emptyText, leftOutText, lineLabel, relationsWords, type AdoptionMode, type AdoptionPlot } from './adoption-view';
import { createChartFrame, labelledSelect, setOptions, type Margins } from './chart-frame';

const MARGINS: Margins = { top: 12, right: 18, bottom: 30, left: 44 };

/**
 * Mounts the adoption chart; `update` redraws it from `input()` (null: no
 * data loaded); `onSelect` gets the graph key of a project whose line is clicked.
 */
export function mountAdoptionChart(
  container: HTMLElement,
  input: () => AdoptionResult | null,
  onSelect: (key: string) => void,
): { update(): void; kill(): void } {
  const frame = createChartFrame(container, 'Adoption over time', () => draw());
  const mode = labelledSelect('Lines', [
    { value: 'projects', text: 'top projects' },
    { value: 'countries', text: 'countries of a project' },
  ]);
  const project = labelledSelect('Project', []);
  const note = h('p', { className: 'adoption-note' });
  const legend = h('div', { className: 'chart-legend adoption-legend' });
  frame.figure.classList.add('adoption-chart');
  frame.head.append(mode.label);
  const table = h('table', { className: 'adoption-table' });
  const details = h('details', { className: 'adoption-details' }, h('summary', { text: 'Data table' }), table);
  // Under the plot: the legend, the note (what adoption means, what is not drawn), the table.
  frame.figure.append(h('div', { className: 'adoption-foot' }, legend, note, details));
  mode.select.addEventListener('change', () => draw());
  // Until the user picks a project, the country mode shows the first one with dated adopters.
  let projectPicked = false;
  project.select.addEventListener('change', () => {
    projectPicked = true;
    draw();
  });

  function draw() {
    const result = input();
    const projects = result?.projects ?? [];
    setOptions(
      project.select,
      projects.map((p) => ({ value: p.id, text: `${p.label} (${p.adopters.toLocaleString('en')})` })),
    );
    const firstDated = projects.find((p) => p.points.length > 0);
    if (!projectPicked && firstDated) project.select.value = firstDated.id;
    const chosen = mode.select.value as AdoptionMode;
    // The project control is in the head only in the country mode (so a figure export's title names it only then).
    if (chosen === 'countries') mode.label.after(project.label);
    else project.label.remove();
    const plot = result ? adoptionPlot(result, chosen, project.select.value) : null;
    const { width, height } = frame.size();
    const svg = frame.svg.attr('width', width).attr('height', height);
    svg.selectAll('*').remove();
    frame.figure.dataset['mode'] = chosen;
    fillTable(plot, chosen);
    if (width < 80 || height < 60) return;
    if (!result || !plot?.years) {
      // A chosen project without dated adopters, while others have some; otherwise the counts of the whole view.
      const text =
        result?.years && chosen === 'countries'
          ? `No dated adoption of ${project.select.selectedOptions[0]?.textContent ?? 'this project'}.`
          : emptyText(result);
      note.textContent = result?.links.adoption ? `Adoption: ${relationsWords(result)}.` : '';
      legend.replaceChildren();
      frame.describe(`Adoption over time: ${text}`);
      svg.append('text').attr('class', 'axis-label adoption-empty').attr('x', 8).attr('y', 20).text(text);
      return;
    }
    note.textContent = [`Adoption: ${relationsWords(result)}.`, leftOutText(plot.left)].filter(Boolean).join(' ');
    legend.replaceChildren(...plot.lines.map((l) => h('span', { text: lineLabel(l.series), attrs: { style: `--swatch:${l.color}` } })));
    frame.describe(
      `Cumulative adopting cities by year, ${chosen === 'projects' ? 'per project' : `per country, for ${project.select.selectedOptions[0]?.textContent ?? ''}`}, ` +
        `${plot.years.first}–${plot.years.last}: ${plot.lines.map((l) => lineLabel(l.series)).join('; ')}. The data table below lists every year.`,
    );

    const { first, last } = plot.years;
    const innerW = Math.max(10, width - MARGINS.left - MARGINS.right);
    const innerH = Math.max(10, height - MARGINS.top - MARGINS.bottom);
    // One year of room either side when all adoption falls in one year.
    const x = scaleLinear()
      .domain(first === last ? [first - 1, last + 1] : [first, last])
      .range([0, innerW]);
    const top = Math.max(...plot.lines.map((l) => l.series.points.at(-1)!.cumulative));
    const y = scaleLinear().domain([0, top]).range([innerH, 0]).nice();
    const plotArea = svg.append('g').attr('transform', `translate(${MARGINS.left},${MARGINS.top})`);
    const yTicks = y.ticks(Math.max(2, Math.floor(innerH / 32))).filter(Number.isInteger);
    // The highest total gets a tick of its own when a short plot's ticks skip it (0, 2 for a total of 3).
    if (!yTicks.includes(top) && yTicks.every((t) => Math.abs(y(t) - y(top)) >= 12)) yTicks.push(top);
    const xTicks = x.ticks(Math.max(2, Math.floor(innerW / 56))).filter(Number.isInteger);
    plotArea
      .append('g')
      .attr('class', 'grid')
      .selectAll('line')
      .data(yTicks)
      .join('line')
      .attr('x1', 0)
      .attr('x2', innerW)
      .attr('y1', (d) => y(d))
      .attr('y2', (d) => y(d));
    plotArea.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${innerH})`).call(axisBottom(x).tickValues(xTicks).tickFormat(String));
    plotArea.append('g').attr('class', 'axis axis-y').call(axisLeft(y).tickValues(yTicks).tickFormat(String));
    plotArea
      .append('text')
      .attr('class', 'axis-label')
      .attr('transform', 'rotate(-90)')
      .attr('x', -innerH / 2)
      .attr('y', -30)
      .attr('text-anchor', 'middle')
      .text('cities');

    const [x0, x1] = x.domain() as [number, number];
    const path = line<[number, number]>()
      .x((d) => x(d[0]))
      .y((d) => y(d[1]))
      .curve(curveStepAfter);
    const lines = plotArea
      .append('g')
      .selectAll('g')
      .data(plot.lines)
      .join('g')
      .attr('class', chosen === 'projects' ? 'adoption-line selectable' : 'adoption-line')
      .attr('data-series', (d) => d.series.id);
    // A project's line selects the project on the map, as a bar of the top chart does.
    if (chosen === 'projects') lines.on('click', (_event, d) => onSelect(nodeKey(d.series.id)));
    lines.append('title').text((d) => `${lineLabel(d.series)}: ${d.series.points.map((p) => `${p.year} +${p.added}`).join(', ')}`);
    lines
      .append('path')
      .attr('fill', 'none')
      .attr('stroke', (d) => d.color)
      .attr('stroke-width', 2)
      .attr('d', (d) => path(stepPoints(d.series, x0, x1)));
    const end = (d: { series: AdoptionSeries }) => d.series.points.at(-1)!;
    lines
      .append('circle')
      .attr('r', 3.5)
      .attr('fill', (d) => d.color)
      .attr('cx', (d) => x(end(d).year))
      .attr('cy', (d) => y(end(d).cumulative))
      .attr('data-value', (d) => end(d).cumulative);
  }

  /** The table of the mode's series: one row per year, an "undated" row when some adopters have no year. */
  function fillTable(plot: AdoptionPlot | null, chosen: AdoptionMode) {
    const series = plot ? [...plot.lines.map((l) => l.series), ...plot.left] : [];
    const head = h(
      'tr',
      {},
      ...[chosen === 'projects' ? 'Project' : 'Country', 'Year', 'New', 'Cumulative'].map((t) => h('th', { text: t, attrs: { scope: 'col' } })),
    );
    const rows = series.flatMap((s) => [
      ...s.points.map((p) => row(s.label, String(p.year), p.added, p.cumulative)),
      ...(s.undated ? [row(s.label, 'undated', s.undated, s.adopters)] : []),
    ]);
    table.replaceChildren(h('caption', { text: 'Cumulative adopting cities by year' }), h('thead', {}, head), h('tbody', {}, ...rows));
  }

  return { update: draw, kill: () => frame.kill() };
}

/** A table row: series, year, new, cumulative. */
function row(label: string, year: string, added: number, cumulative: number): HTMLElement {
  return h(
    'tr',
    {},
    h('th', { text: label, attrs: { scope: 'row' } }),
    h('td', { text: year }),
    h('td', { text: added.toLocaleString('en') }),
    h('td', { text: cumulative.toLocaleString('en') }),
  );
}

/** The vertices of a cumulative step line: 0 from the axis start, each year's total, held to the axis end. */
function stepPoints(series: AdoptionSeries, from: number, to: number): [number, number][] {
  const points: [number, number][] = [[from, 0]];
  for (const p of series.points) points.push([p.year, p.cumulative]);
  points.push([to, series.points.at(-1)?.cumulative ?? 0]);
  return points;
}

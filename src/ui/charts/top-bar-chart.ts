/**
 * Chart: the top 15 shown nodes by a chosen measure, as horizontal bars
 * coloured by node type, optionally of one type only. Long labels are
 * shortened (the full label is in the bar's tooltip); clicking a bar selects
 * the node, and the selected node's bar is outlined.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatCell } from '../panels/table-columns';
import { topNodes, truncateLabel, type ChartNode } from './chart-data';
import { createChartFrame, labelledSelect, setOptions, type Margins } from './chart-frame';

/** How many bars the chart shows. */
export const TOP_N = 15;

/** What the chart draws from: the measures on offer and a way to read the shown nodes' values of one. */
export interface TopInput {
  measures: { id: string; label: string }[];
  types: string[];
  nodes: (measure: string) => ChartNode[];
  color: (type: string) => string;
  selected: string | null;
}

const MARGINS: Margins = { top: 4, right: 58, bottom: 4, left: 0 };

/** Mounts the top-N chart; `update` redraws it from `input()`; `onSelect` gets a clicked node's id. */
export function mountTopBarChart(container: HTMLElement, input: () => TopInput | null, onSelect: (id: string) => void): { update(): void; kill(): void } {
  const frame = createChartFrame(container, `Top ${TOP_N}`, () => draw());
  // Its plot is tall enough for the 15 labels (table-charts.css): at 800 × 600 they once overlapped at 9 px a bar.
  frame.figure.classList.add('top-chart');
  const measure = labelledSelect('Measure', []);
  const type = labelledSelect('Type', []);
  frame.head.append(measure.label, type.label);
  measure.select.addEventListener('change', () => draw());
  type.select.addEventListener('change', () => draw());

  function draw() {
    const data = input();
    const before = measure.select.value;
    setOptions(
      measure.select,
      (data?.measures ?? []).map((m) => ({ value: m.id, text: m.label })),
    );
    // PageRank first, until the user picks another measure.
    if (!before && data?.measures.some((m) => m.id === 'pagerank')) measure.select.value = 'pagerank';
    setOptions(type.select, [{ value: '', text: 'all types' }, ...(data?.types ?? []).map((t) => ({ value: t, text: t }))]);
    const { width, height } = frame.size();
    const svg = frame.svg.attr('width', width).attr('height', height);
    svg.selectAll('*').remove();
    const measureId = measure.select.value;
    const measureLabel = measure.select.selectedOptions[0]?.textContent ?? measureId;
    const onlyType = type.select.value;
    const of = onlyType ? `${onlyType} nodes` : 'nodes';
    const items =
      data && measureId
        ? topNodes(
            data.nodes(measureId).filter((d) => !onlyType || d.type === onlyType),
            TOP_N,
          )
        : [];
    if (!data || items.length === 0 || width < 80) {
      frame.describe(`Top ${TOP_N} ${of} by ${measureLabel}: no values.`);
      svg.append('text').attr('x', 8).attr('y', 20).attr('class', 'axis-label').text('No values to show.');
      return;
    }
    frame.describe(
      `Top ${items.length} shown ${of} by ${measureLabel}, bars coloured by type: ` +
        items
          .slice(0, 5)
          .map((d) => `${d.label} (${d.type}) ${formatCell(d.value, 'number')}`)
          .join(', ') +
        (items.length > 5 ? ', …' : '.'),
    );

    const labelWidth = Math.round(Math.min(190, Math.max(90, width * 0.34)));
    const maxChars = Math.max(6, Math.floor((labelWidth - 10) / 6.4));
    const left = MARGINS.left + labelWidth;
    // Room after the longest bar for its value (about 6.6 px a character at 11 px).
    const valueWidth = Math.max(...items.map((d) => formatCell(d.value, 'number').length)) * 6.6 + 10;
    const innerW = Math.max(10, width - left - Math.max(MARGINS.right, valueWidth));
    const bandH = Math.min(24, (height - MARGINS.top - MARGINS.bottom) / TOP_N);
    const y = scaleBand<string>()
      .domain(items.map((d) => d.id))
      .range([MARGINS.top, MARGINS.top + bandH * items.length])
      .padding(0.18);
    const maxValue = Math.max(...items.map((d) => d.value));
    const x = scaleLinear()
      .domain([Math.min(0, ...items.map((d) => d.value)), maxValue > 0 ? maxValue : 1])
      .range([0, innerW]);

    svg
      .append('line')
      .attr('class', 'axis')
      .attr('x1', left + x(0))
      .attr('x2', left + x(0))
      .attr('y1', MARGINS.top)
      .attr('y2', MARGINS.top + bandH * items.length)
      .attr('stroke', '#b9c0cc');
    const bars = svg
      .append('g')
      .selectAll('g')
      .data(items)
      .join('g')
      .attr('class', (d) => `bar${d.id === data.selected ? ' selected' : ''}`)
      .attr('transform', (d) => `translate(0,${y(d.id)})`)
      .on('click', (_event, d) => onSelect(d.id));
    bars.append('title').text((d) => `${d.label} (${d.type}): ${measureLabel} ${formatCell(d.value, 'number')}`);
    bars
      .append('rect')
      .attr('class', 'bar-fill')
      .attr('x', (d) => left + Math.min(x(0), x(d.value)))
      .attr('width', (d) => Math.max(1, Math.abs(x(d.value) - x(0))))
      .attr('height', y.bandwidth())
      .attr('rx', 2)
      .attr('fill', (d) => data.color(d.type));
    bars
      .append('text')
      .attr('x', left - 6)
      .attr('y', y.bandwidth() / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text((d) => truncateLabel(d.label, maxChars));
    bars
      .append('text')
      .attr('class', 'bar-value')
      .attr('x', (d) => left + Math.max(x(0), x(d.value)) + 4)
      .attr('y', y.bandwidth() / 2)
      .attr('dy', '0.35em')
      .text((d) => formatCell(d.value, 'number'));
  }

  return { update: draw, kill: () => frame.kill() };
}

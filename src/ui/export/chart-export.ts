/**
 * Exports of the d3 charts: the chart's <svg> as a standalone file with its
 * CSS inlined (computed fill, stroke, fonts… copied onto each element, so it
 * looks the same outside the page) with the title and legend of the chart
 * above it, and as PNG by drawing that SVG on a
 * canvas at 2× the screen's pixels. Characters XML cannot hold (a control
 * character in a label) are encoded as the other XML exports do
 * (core/export/xml-text.ts), since XMLSerializer writes them as they are.
 */
import { encodeXmlText } from '../../core/export/xml-text';
import { downloadBlob } from './figure-context';
import './export.css';
import { canvasToPng } from './map-png';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The presentation properties a chart's stylesheet sets. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** What the chart's head shows besides the plot: its title (with the chosen options) and its series legend. */
export interface ChartHead {
  title: string;
  legend: { label: string; color: string }[];
  caption?: string;
}

const HEAD_HEIGHT = 30;
/** Height of each further row of legend items, when they do not fit beside the title. */
const LEGEND_ROW = 18;

/** Encodes, in place, every text and attribute value under `root` with {@link encodeXmlText}. */
function encodeForXml(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) node.nodeValue = encodeXmlText(node.nodeValue ?? '');
    else for (const a of (node as Element).attributes) a.value = encodeXmlText(a.value);
  }
}

/**
 * `svg` as standalone SVG text: styles inlined, on a white background, with
 * the chart's title and legend drawn in a band above (they are HTML on the
 * page) and an optional caption as <desc>. Returns the text and its size.
 */
export function serializeChart(svg: SVGSVGElement, head: ChartHead): { text: string; width: number; height: number } {
  const rect = svg.getBoundingClientRect();
  const width = Math.round(rect.width);
  // Legend items after the title (bold 14 px: about 8.6 px a character; labels 12 px, about 7), each a swatch and
  // its label, wrapped onto rows of their own within the width (a long legend was cut off at the figure's edge).
  const placed: { x: number; row: number; item: ChartHead['legend'][number] }[] = [];
  let x = 24 + 8.6 * head.title.length;
  let row = 0;
  for (const item of head.legend) {
    const itemWidth = 14 + 7 * item.label.length;
    if (x + itemWidth > width - 4 && x > 8) {
      row++;
      x = 8;
    }
    placed.push({ x, row, item });
    x += itemWidth + 14;
  }
  const band = HEAD_HEIGHT + LEGEND_ROW * row;
  const height = Math.round(rect.height) + band;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const copy = copies[i] as SVGElement | undefined;
    if (!copy || i === 0) return;
    const computed = getComputedStyle(el);
    copy.setAttribute('style', PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';'));
    copy.removeAttribute('class');
  });
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('font-family', getComputedStyle(svg).fontFamily || 'system-ui, sans-serif');
  const el = (name: string, attrs: Record<string, string>, text?: string) => {
    const e = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    out.append(e);
    return e;
  };
  if (head.caption) el('desc', {}, head.caption);
  el('rect', { width: '100%', height: '100%', fill: '#ffffff' });
  el('text', { x: '8', y: '20', 'font-size': '14', 'font-weight': '600', fill: '#1d2330' }, head.title);
  for (const p of placed) {
    const dy = LEGEND_ROW * p.row;
    el('circle', { cx: String(p.x + 5), cy: String(15 + dy), r: '5', fill: p.item.color });
    el('text', { x: String(p.x + 14), y: String(19 + dy), 'font-size': '12', fill: '#1d2330' }, p.item.label);
  }
  const plot = el('g', { transform: `translate(0 ${band})` });
  plot.append(...clone.childNodes);
  encodeForXml(out);
  return { text: new XMLSerializer().serializeToString(out), width, height };
}

/** The title (with the values of its selects) and the legend shown in a chart figure's head. */
function chartHead(figure: HTMLElement, caption?: string): ChartHead {
  const base = figure.querySelector('h3')?.textContent ?? 'Chart';
  const options = [...figure.querySelectorAll<HTMLSelectElement>('.chart-head select')].map((s) => s.selectedOptions[0]?.textContent ?? s.value);
  const legend = [...figure.querySelectorAll<HTMLElement>('.chart-legend span')].map((s) => ({
    label: s.textContent ?? '',
    color: s.style.getPropertyValue('--swatch').trim() || '#999999',
  }));
  return { title: [base, ...options].join(' · '), legend, ...(caption ? { caption } : {}) };
}

/** Draws SVG text on a canvas at `scale`× its size. */
export async function svgToCanvas(text: string, width: number, height: number, scale = 2): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** "SVG" and "PNG" buttons that download the chart in `figure` (its first <svg>) as `<stem>.svg` / `.png`. */
export function chartExportButtons(figure: HTMLElement, stem: () => string, caption?: () => string): HTMLElement {
  const box = document.createElement('span');
  box.className = 'chart-export';
  const button = (text: string, label: string, run: (svg: SVGSVGElement) => Promise<void>) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', () => {
      const svg = figure.querySelector<SVGSVGElement>('svg[role="img"]');
      if (svg) void run(svg);
    });
    return b;
  };
  const title = () => figure.querySelector('h3')?.textContent ?? 'chart';
  box.append(
    button('SVG', `Download “${title()}” as SVG`, async (svg) => {
      const chart = serializeChart(svg, chartHead(figure, caption?.()));
      downloadBlob(new Blob([chart.text], { type: 'image/svg+xml' }), `${stem()}.svg`);
    }),
    button('PNG', `Download “${title()}” as PNG`, async (svg) => {
      const chart = serializeChart(svg, chartHead(figure, caption?.()));
      downloadBlob(await canvasToPng(await svgToCanvas(chart.text, chart.width, chart.height)), `${stem()}.png`);
    }),
  );
  return box;
}

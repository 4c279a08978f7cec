/**
 * The top bar's "Export" button and its dialog: the current view as a figure
 * (PNG at 1×, 2× or 4× the screen's pixels via @sigma/export-image, or SVG
 * built from the core scene with the screen's camera), with an optional
 * title, the legend and a caption line; and the data of the view (GEXF,
 * GraphML, JSON, nodes and edges CSV) — what is shown or the whole graph;
 * GEXF in version 1.3 or 1.2draft, with a line saying which readers need
 * which.
 * Every file carries the provenance of the page (files, hashes, parameters).
 */
import { VIEWS } from '../../core/view-settings';
import type { App } from '../app';
import { GEXF_DEFAULTS, GEXF_VERSIONS, type GexfVersion } from '../../core/export/gexf';
import { DATA_FORMATS, dataFilePaced } from '../export/data-export';
import { downloadBlob, figureContext } from '../export/figure-context';
import { canvasToPng, mapCanvas } from '../export/map-png';
import { mapSvg } from '../export/map-svg';
import type { MapController } from '../map/map-controller';
import { MapStyler } from '../map/map-style';
import { h, type Panel } from './panel';
import '../export/export.css';

export function mountExportMenu(container: HTMLElement, app: App, map: MapController): Panel {
  const styler = new MapStyler(app.derived);
  const opener = h('button', { text: 'Export', attrs: { type: 'button', 'aria-haspopup': 'dialog', id: 'export-button' } });
  const title = h('input', { attrs: { type: 'text', 'aria-label': 'Figure title', placeholder: 'Title (optional)' } });
  const decorate = h('input', { attrs: { type: 'checkbox' } });
  decorate.checked = true;
  const status = h('p', { className: 'export-note', attrs: { 'aria-live': 'polite' } });
  const shownOnly = h('input', { attrs: { type: 'radio', name: 'export-scope', value: 'shown' } });
  const whole = h('input', { attrs: { type: 'radio', name: 'export-scope', value: 'all' } });
  shownOnly.checked = true;
  const gexfVersion = h(
    'select',
    { attrs: { 'aria-label': 'GEXF version', id: 'export-gexf-version' } },
    ...GEXF_VERSIONS.map((v) => h('option', { text: `GEXF ${v.id}`, attrs: { value: v.id } })),
  );
  gexfVersion.value = GEXF_DEFAULTS.version;
  const shownLabel = h('span');
  const wholeLabel = h('span');

  const run = (label: string, job: () => Promise<void> | void) => async () => {
    status.textContent = `Preparing ${label}…`;
    try {
      await job();
      status.textContent = `${label} downloaded.`;
    } catch (error) {
      status.textContent = `Could not make the ${label}: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const context = () => {
    const c = figureContext(app, styler);
    const mapView = map.mapView;
    if (!c || !mapView) throw new Error('no map is shown yet');
    return { c, mapView };
  };
  const figureTitle = () => title.value.trim();

  const png = (scale: 1 | 2 | 4) => h('button', { text: `PNG ${scale}×`, attrs: { type: 'button' } });
  const pngButtons = ([1, 2, 4] as const).map((scale) => {
    const b = png(scale);
    b.addEventListener(
      'click',
      run(`PNG ${scale}×`, async () => {
        const { c, mapView } = context();
        const basemap = c.state.layout === 'geo' ? (document.getElementById('basemap') as HTMLCanvasElement | null) : null;
        const canvas = await mapCanvas(c, mapView, { scale, decorate: decorate.checked, ...(figureTitle() ? { title: figureTitle() } : {}), basemap });
        downloadBlob(await canvasToPng(canvas), `${c.stem}@${scale}x.png`);
      }),
    );
    return b;
  });
  const svgButton = h('button', { text: 'SVG', attrs: { type: 'button' } });
  svgButton.addEventListener(
    'click',
    run('SVG', () => {
      const { c, mapView } = context();
      const text = mapSvg(c, mapView, { caption: decorate.checked, ...(decorate.checked && figureTitle() ? { title: figureTitle() } : {}) });
      downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${c.stem}.svg`);
    }),
  );
  const dataButtons: HTMLButtonElement[] = DATA_FORMATS.map((format) => {
    const b = h('button', { text: format.label, attrs: { type: 'button' } });
    b.addEventListener(
      'click',
      // Written in 40 ms slices (data-export.ts), so a 500k-link export never freezes the page; the buttons wait meanwhile.
      run(format.label, async () => {
        const { c } = context();
        for (const other of dataButtons) other.disabled = true;
        try {
          const file = await dataFilePaced(c, format.id, shownOnly.checked, { gexfVersion: gexfVersion.value as GexfVersion });
          downloadBlob(file.blob, file.fileName);
        } finally {
          for (const other of dataButtons) other.disabled = false;
        }
      }),
    );
    return b;
  });

  const close = h('button', { text: 'Close', attrs: { type: 'button' } });
  const dialog = h(
    'dialog',
    { className: 'atlas-dialog export-dialog', attrs: { 'aria-labelledby': 'export-heading' } },
    h('h2', { text: 'Export', attrs: { id: 'export-heading' } }),
    h(
      'fieldset',
      {},
      h('legend', { text: 'Figure of the map as shown' }),
      h('div', { className: 'export-row' }, title),
      h('label', { className: 'export-option' }, decorate, 'Title, legend and caption (data files, date, version)'),
      h('div', { className: 'export-row' }, ...pngButtons, svgButton),
      h('p', {
        className: 'export-note',
        text: 'PNG: the map at 1, 2 or 4 times the screen’s pixels. SVG: vector shapes to edit in Inkscape or Illustrator. Both follow the filters, focus, colours and zoom; the SVG keeps the provenance inside.',
      }),
    ),
    h(
      'fieldset',
      {},
      h('legend', { text: 'Data of the view' }),
      h('label', { className: 'export-option' }, shownOnly, shownLabel),
      h('label', { className: 'export-option' }, whole, wholeLabel),
      h('div', { className: 'export-row' }, ...dataButtons),
      h('label', { className: 'export-option' }, 'GEXF version', gexfVersion),
      h('p', {
        className: 'export-note',
        text: 'Gephi ≥ 0.9 and networkx ≥ 3 read both GEXF versions; networkx < 3 (e.g. Debian stable’s) reads only 1.2draft.',
      }),
      h('p', { className: 'export-note', text: 'With measures, colours, sizes, current positions and the provenance (files, SHA-256, parameters).' }),
    ),
    status,
    h('div', { className: 'dialog-actions' }, close),
  );
  document.body.append(dialog);

  const open = () => {
    const s = app.store.get();
    const shown = app.derived.shown(s);
    const view = VIEWS.find((v) => v.id === s.view)?.label ?? s.view;
    shownLabel.textContent = shown
      ? `What is shown: ${shown.shownNodes.toLocaleString('en')} nodes, ${shown.shownEdges.toLocaleString('en')} links`
      : 'What is shown';
    wholeLabel.textContent = shown
      ? `The whole ${view.toLowerCase()} graph: ${shown.totalNodes.toLocaleString('en')} nodes, ${shown.totalEdges.toLocaleString('en')} links`
      : 'The whole graph';
    if (!title.value && s.dataset) title.value = s.view === 'network' ? s.dataset.source.title : `${s.dataset.source.title} — ${view}`;
    status.textContent = '';
    dialog.showModal();
    pngButtons[1]!.focus();
  };
  opener.addEventListener('click', open);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    const r = dialog.getBoundingClientRect();
    const outside = event.clientX < r.left || event.clientX > r.right || event.clientY < r.top || event.clientY > r.bottom;
    if (event.target === dialog && outside) dialog.close();
  });
  // Disabled until a dataset is loaded.
  const sync = () => (opener.disabled = !app.store.get().dataset);
  const unsubscribe = app.store.subscribe((s, prev) => {
    if (s.dataset !== prev.dataset) {
      sync();
      title.value = '';
    }
  });
  sync();
  container.append(opener);
  return {
    kill() {
      unsubscribe();
      opener.remove();
      dialog.remove();
    },
  };
}

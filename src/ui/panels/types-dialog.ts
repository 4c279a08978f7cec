/**
 * Typing nodes by column: when no node of a loaded edges CSV has a type, the
 * projections are empty. This dialog asks what each of the two link columns
 * lists ("the first column lists cities, the second projects"), with a few
 * names of each as examples, and loads the same files again with those types
 * (`defaultTypes`, which rows with their own type keep).
 */
import type { DefaultTypes } from '../../core/csv/read-edges';
import { previewTable } from '../../core/csv';
import { detectGraphFormat } from '../../core/import';
import type { App } from '../app';
import { h } from './panel';

const EXAMPLES = 4;
/** The types the views and measures know; any other name can be typed. */
const KNOWN_TYPES = ['city', 'project', 'firm'];

/** What the dialog shows: the file and its two link columns. */
export interface TypesRequest {
  file: string;
  text: string;
  /** Headers of the source and target columns as detected or mapped. */
  columns: { source: string; target: string };
}

/** A few distinct names of column `header` in the first rows of `text`. */
function examples(text: string, header: string): string[] {
  const preview = previewTable(text, 50);
  const at = preview.headers.indexOf(header);
  if (at < 0) return [];
  return [...new Set(preview.rows.map((r) => (r[at] ?? '').trim()).filter((v) => v !== ''))].slice(0, EXAMPLES);
}

/** Opens the dialog; resolves with the types chosen, or null on Cancel. */
export function openTypesDialog(request: TypesRequest): Promise<DefaultTypes | null> {
  const list = h('datalist', { attrs: { id: 'types-dialog-known' } }, ...KNOWN_TYPES.map((t) => h('option', { attrs: { value: t } })));
  const field = (end: 'source' | 'target', preset: string) => {
    const header = request.columns[end];
    const input = h('input', { attrs: { type: 'text', name: end, list: 'types-dialog-known', value: preset, autocomplete: 'off' } });
    const names = examples(request.text, header);
    const label = h(
      'label',
      { className: 'field' },
      h('span', { text: `${end === 'source' ? 'The first' : 'The second'} column, '${header}', lists` }),
      input,
      h('small', { className: 'muted', text: names.length ? `e.g. ${names.join(', ')}` : '' }),
    );
    return { label, input };
  };
  const source = field('source', 'city');
  const target = field('target', 'project');
  const submit = h('button', { text: 'Load with these types', className: 'primary', attrs: { type: 'submit' } });
  const cancel = h('button', { text: 'Cancel', attrs: { type: 'button' } });
  const form = h(
    'form',
    { attrs: { method: 'dialog' } },
    h('h2', { text: `What do the columns of ${request.file} list?`, attrs: { id: 'types-title' } }),
    h('p', {
      className: 'muted',
      text: 'No node has a type, so the city, project and firm views have nothing to show. Say what each column lists and the file is read again; a row that gives its own type keeps it.',
    }),
    h('div', { className: 'mapping-fields' }, source.label, target.label),
    list,
    h('div', { className: 'dialog-actions' }, cancel, submit),
  );
  const dialog = h('dialog', { className: 'atlas-dialog types-dialog', attrs: { 'aria-labelledby': 'types-title' } }, form);
  document.body.append(dialog);
  dialog.showModal();
  return new Promise((resolve) => {
    let result: DefaultTypes | null = null;
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(result);
    });
    cancel.addEventListener('click', () => dialog.close());
    form.addEventListener('submit', () => {
      const types: DefaultTypes = {};
      const s = source.input.value.trim();
      const t = target.input.value.trim();
      if (s) types.source = s;
      if (t) types.target = t;
      result = types;
    });
  });
}

/**
 * The typing offer for the dataset on screen, or null when there is none to
 * make: the data must come from an edges CSV (a graph file names its nodes'
 * types in the file) whose source and target columns are known.
 */
export function typingOffer(app: App): (() => Promise<void>) | null {
  const dataset = app.store.get().dataset;
  const analysed = dataset?.analysed;
  if (!dataset || !analysed) return null;
  const edges = analysed.input.edges;
  if (detectGraphFormat(edges.text).format !== 'table') return null;
  const mapping = dataset.report.input.files.find((f) => f.name === edges.name)?.mapping ?? {};
  const columns = { source: mapping['source'], target: mapping['target'] };
  if (!columns.source || !columns.target) return null;
  return async () => {
    const types = await openTypesDialog({ file: edges.name, text: edges.text, columns: { source: columns.source!, target: columns.target! } });
    if (!types) return;
    const { options } = analysed;
    await app.load({
      input: analysed.input,
      source: dataset.source,
      ...(options.edgeMapping ? { edgeMapping: options.edgeMapping } : {}),
      ...(options.nodeMapping ? { nodeMapping: options.nodeMapping } : {}),
      defaultTypes: types,
    });
  };
}

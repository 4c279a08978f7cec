/**
 * The "Open data" dialog's form: local files (edges required, nodes and
 * an aliases file optional) by picker or drop zone, addresses to fetch, and the way back to
 * the default dataset. It only gathers the user's choice and hands it to the
 * loader; reading, fetching and loading happen there.
 */
import type { DataAddresses } from '../../core/url-state';
import { h } from './panel';
import { droppedFiles } from './registry-drop';

/** What the user asked the dialog for. */
export type OpenChoice = { kind: 'files'; files: File[] } | ({ kind: 'urls' } & DataAddresses) | { kind: 'default' };

/** The dialog element with `open()`; `onChoice` is called after the dialog closes itself. */
export interface OpenDialog {
  dialog: HTMLDialogElement;
  open(): void;
  kill(): void;
}

const ACCEPT = '.csv,.tsv,.txt,.gexf,.graphml,.xml,.yml,.yaml,.json,text/csv,text/tab-separated-values,text/plain,application/xml,text/xml';

function fileField(id: string, label: string, hint: string, multiple = false): { field: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { attrs: { type: 'file', id, accept: ACCEPT, ...(multiple ? { multiple: '' } : {}) } });
  const field = h('label', { className: 'field', attrs: { for: id } }, h('span', { text: label }), input, h('small', { className: 'muted', text: hint }));
  return { field, input };
}

function urlField(id: string, label: string, required: boolean): { field: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { attrs: { type: 'url', id, placeholder: 'https://…/edges.csv', ...(required ? { required: '' } : {}) } });
  return { field: h('label', { className: 'field', attrs: { for: id } }, h('span', { text: label }), input), input };
}

/** Builds the dialog (appended to the body, hidden until `open()`). */
export function createOpenDialog(onChoice: (choice: OpenChoice) => void): OpenDialog {
  const edges = fileField(
    'open-edges-file',
    'Edges CSV, or a GEXF or GraphML graph (required)',
    'One row per link, with a header naming source and target; or a graph saved by Gephi, networkx, igraph or yEd; or publiccode.yml or DPG nominee files (choose several).',
    true,
  );
  const nodes = fileField('open-nodes-file', 'Nodes CSV (optional)', 'One row per node: id, label, type, country, lat, lon…');
  const aliases = fileField(
    'open-aliases-file',
    'Aliases CSV (optional)',
    'alias,canonical: ids to merge into one node while reading (see Possible duplicates).',
  );
  const loadFiles = h('button', { text: 'Load files', className: 'primary', attrs: { type: 'submit', disabled: '' } });
  const drop = h('div', {
    className: 'drop-zone',
    text: 'or drop one to three CSV files here (edges, and optionally nodes and aliases), one GEXF or GraphML file, or publiccode.yml or DPG nominee files or a folder of them',
  });
  const filesForm = h(
    'form',
    { className: 'open-files', attrs: { 'aria-labelledby': 'open-files-heading' } },
    h('h3', { text: 'From your computer', attrs: { id: 'open-files-heading' } }),
    edges.field,
    nodes.field,
    aliases.field,
    drop,
    h('div', { className: 'dialog-actions' }, loadFiles),
  );
  const edgesUrl = urlField('open-edges-url', 'Edges URL (required)', true);
  const nodesUrl = urlField('open-nodes-url', 'Nodes URL (optional)', false);
  nodesUrl.input.placeholder = 'https://…/nodes.csv';
  const aliasesUrl = urlField('open-aliases-url', 'Aliases URL (optional)', false);
  aliasesUrl.input.placeholder = 'https://…/aliases.csv';
  const urlForm = h(
    'form',
    { className: 'open-urls', attrs: { 'aria-labelledby': 'open-urls-heading' } },
    h('h3', { text: 'From the web', attrs: { id: 'open-urls-heading' } }),
    edgesUrl.field,
    nodesUrl.field,
    aliasesUrl.field,
    h('p', { className: 'muted', text: 'The server must allow cross-origin requests (CORS), as raw.githubusercontent.com does.' }),
    h('div', { className: 'dialog-actions' }, h('button', { text: 'Load from URL', className: 'primary', attrs: { type: 'submit' } })),
  );
  const backToDefault = h('button', { text: 'Back to the default dataset', attrs: { type: 'button' } });
  const close = h('button', { text: 'Close', attrs: { type: 'button' } });
  const dialog = h(
    'dialog',
    { className: 'atlas-dialog open-dialog', attrs: { 'aria-labelledby': 'open-heading' } },
    h('h2', { text: 'Open data', attrs: { id: 'open-heading' } }),
    h('p', { className: 'muted', text: 'Your files are read in this browser and never uploaded.' }),
    h('div', { className: 'open-columns' }, filesForm, urlForm),
    h('div', { className: 'dialog-actions dialog-footer' }, backToDefault, close),
  );
  document.body.append(dialog);

  const choose = (choice: OpenChoice): void => {
    dialog.close();
    onChoice(choice);
  };
  edges.input.addEventListener('change', () => (loadFiles.disabled = !edges.input.files?.length));
  filesForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const files = [...(edges.input.files ?? []), nodes.input.files?.[0], aliases.input.files?.[0]].filter((f): f is File => f !== undefined);
    if (files.length > 0) choose({ kind: 'files', files });
  });
  urlForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const n = nodesUrl.input.value.trim();
    const a = aliasesUrl.input.value.trim();
    choose({ kind: 'urls', edges: edgesUrl.input.value.trim(), ...(n ? { nodes: n } : {}), ...(a ? { aliases: a } : {}) });
  });
  backToDefault.addEventListener('click', () => choose({ kind: 'default' }));
  close.addEventListener('click', () => dialog.close());
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    event.stopPropagation();
    drop.classList.remove('over');
    void droppedFiles(event.dataTransfer).then((files) => files.length > 0 && choose({ kind: 'files', files }));
  });

  return {
    dialog,
    open() {
      filesForm.reset();
      loadFiles.disabled = true;
      dialog.showModal();
      edges.input.focus();
    },
    kill: () => dialog.remove(),
  };
}

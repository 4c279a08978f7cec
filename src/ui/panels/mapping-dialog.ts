/**
 * The column-mapping dialog, opened when a file has no column the reader
 * recognises as source / target (or id): the file's first five rows as a
 * table, one select per logical field preset with what the core's detection
 * found — and, when no header names the link's two ends, a guess from the
 * first two text columns for the user to confirm. The text speaks of columns
 * and links; the equivalent CLI flags sit in a folded "For the command line"
 * note. Choosing "Load with this mapping" hands the mapping back to the loader.
 */
import { detectColumns, EDGE_FIELDS, NODE_FIELDS, previewTable, type FieldSpec } from '../../core/csv';
import type { ColumnMapping } from '../../core/csv/types';
import { h } from './panel';

/** What the dialog needs to know about the refused file. */
export interface MappingRequest {
  role: 'edges' | 'nodes';
  file: string;
  text: string;
  /** The reader's message (why the file was refused). */
  message: string;
  /** The reader's code: `missing-column` (nothing recognised) or `unknown-column` (a given mapping names no column). */
  code?: string;
  /** Mapping given last time, if any. */
  given?: ColumnMapping<string>;
}

const PREVIEW_ROWS = 5;
const NONE = '';

/** Each field in words, for the labels. */
const FIELD_LABELS = new Map<string, string>([
  ['source', 'One end of each link (source)'],
  ['target', 'Other end of each link (target)'],
  ['source_type', 'Type of the source'],
  ['target_type', 'Type of the target'],
  ['relation', 'Relation'],
  ['weight', 'Weight'],
  ['year', 'Year'],
  ['evidence', 'Evidence (a link or citation)'],
  ['id', 'Node id (as in the links file)'],
  ['label', 'Label'],
  ['type', 'Type (city, project, firm…)'],
  ['country', 'Country'],
  ['lat', 'Latitude'],
  ['lon', 'Longitude'],
  ['url', 'Web address'],
  ['kind', 'Kind'],
]);

/** Why the dialog opened, in the user's words (the reader's message names CLI flags). */
export function unmappedText(request: Pick<MappingRequest, 'role' | 'file' | 'message' | 'code'>): string {
  if (request.code !== 'missing-column') return request.message;
  return request.role === 'nodes'
    ? `No column of ${request.file} is called id, so the atlas cannot tell which column names the nodes. Choose it below.`
    : `No column of ${request.file} is called source or target, so the atlas cannot tell which columns hold the two ends of each link. Check the choice below, then load.`;
}

/** True when most non-empty cells of column `at` are not numbers (names, not figures or years). */
function isTextColumn(rows: string[][], at: number): boolean {
  const cells = rows.map((r) => (r[at] ?? '').trim()).filter((c) => c !== '');
  if (cells.length === 0) return false;
  const numeric = cells.filter((c) => Number.isFinite(Number(c.replace(',', '.')))).length;
  return numeric * 2 < cells.length;
}

/**
 * `preset` completed with the required fields no header matched, taken from
 * the first text columns not already used (source and target from the first
 * two, a nodes file's id from the first).
 */
export function guessRequired(preset: ColumnMapping<string>, headers: string[], rows: string[][], required: readonly string[]): ColumnMapping<string> {
  const guessed: ColumnMapping<string> = { ...preset };
  const used = new Set(Object.values(guessed));
  const free = headers.filter((col, i) => !used.has(col) && isTextColumn(rows, i));
  for (const field of required) {
    if (guessed[field]) continue;
    const col = free.shift();
    if (col === undefined) break;
    guessed[field] = col;
  }
  return guessed;
}

/** `value` as a shell word: bare when safe, else double-quoted. */
function shellWord(value: string): string {
  return /^[\w./:@%+-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** The CLI flags that give `mapping` (`--source "Partner A" --node-id Key`). */
export function mappingFlags(role: 'edges' | 'nodes', mapping: ColumnMapping<string>): string {
  return Object.entries(mapping)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([field, col]) => `${role === 'nodes' ? `--node-${field}` : `--${field.replace(/_/g, '-')}`} ${shellWord(col)}`)
    .join(' ');
}

/** What detection finds without failing on missing required fields (and ignoring a stale mapping). */
function presets(headers: string[], fields: readonly FieldSpec<string>[], given?: ColumnMapping<string>): ColumnMapping<string> {
  const optional = fields.map(({ field, names, absent }) => ({ field, names, absent }));
  try {
    return detectColumns(headers, optional, 'file', given).mapping;
  } catch {
    try {
      return detectColumns(headers, optional, 'file').mapping;
    } catch {
      return {};
    }
  }
}

/**
 * Opens the dialog; resolves with the chosen mapping, or null when the user
 * closes it. The dialog removes itself when done.
 */
export function openMappingDialog(request: MappingRequest): Promise<ColumnMapping<string> | null> {
  const fields: readonly FieldSpec<string>[] = request.role === 'nodes' ? NODE_FIELDS : EDGE_FIELDS;
  // The readers' own rules (comments, line breaks, our exports' leading '), on the first rows only.
  const preview = previewTable(request.text, PREVIEW_ROWS);
  const headers = preview.headers;
  const rows = [headers, ...preview.rows];
  const requiredFields = fields.filter((f) => f.flag !== undefined).map((f) => f.field);
  const preset = guessRequired(presets(headers, fields, request.given), headers, preview.rows, requiredFields);

  const table = h(
    'table',
    { className: 'mapping-preview' },
    h('caption', { text: `First ${Math.min(PREVIEW_ROWS, rows.length - 1)} rows of ${request.file}` }),
    h('thead', {}, h('tr', {}, ...headers.map((c) => h('th', { text: c, attrs: { scope: 'col' } })))),
    h('tbody', {}, ...rows.slice(1).map((r) => h('tr', {}, ...headers.map((_, i) => h('td', { text: r[i] ?? '' }))))),
  );
  const selects = new Map<string, HTMLSelectElement>();
  const grid = h('div', { className: 'mapping-fields' });
  for (const spec of fields) {
    const required = spec.flag !== undefined;
    const select = h(
      'select',
      { attrs: { name: spec.field, ...(required ? { 'aria-required': 'true' } : {}) } },
      h('option', { text: '(none)', attrs: { value: NONE } }),
    );
    for (const col of headers) select.append(h('option', { text: col, attrs: { value: col } }));
    select.value = preset[spec.field] ?? NONE;
    selects.set(spec.field, select);
    const name = (FIELD_LABELS.get(spec.field) ?? spec.field.replace(/_/g, ' ')) + (required ? ' (required)' : '');
    grid.append(h('label', { className: 'field' }, h('span', { text: name }), select));
  }
  const flags = h('code');
  const hint = h(
    'details',
    { className: 'muted mapping-hint' },
    h('summary', { text: 'For the command line' }),
    h('p', {}, 'The same mapping given to the CLI: ', flags),
  );
  const problem = h('p', { className: 'mapping-problem', attrs: { role: 'alert' } });
  const submit = h('button', { text: 'Load with this mapping', className: 'primary', attrs: { type: 'submit' } });
  const cancel = h('button', { text: 'Cancel', attrs: { type: 'button' } });
  const form = h(
    'form',
    { attrs: { method: 'dialog' } },
    h('h2', { text: `Which columns are which in ${request.file}?`, attrs: { id: 'mapping-title' } }),
    h('p', { className: 'muted', text: unmappedText(request) }),
    h('div', { className: 'mapping-scroll' }, table),
    grid,
    hint,
    problem,
    h('div', { className: 'dialog-actions' }, cancel, submit),
  );
  const dialog = h('dialog', { className: 'atlas-dialog mapping-dialog', attrs: { 'aria-labelledby': 'mapping-title' } }, form);

  const chosen = (): ColumnMapping<string> => {
    const mapping: ColumnMapping<string> = {};
    for (const [field, select] of selects) if (select.value !== NONE) mapping[field] = select.value;
    return mapping;
  };
  const update = (): void => {
    flags.textContent = mappingFlags(request.role, chosen()) || '(none)';
    problem.textContent = '';
  };
  form.addEventListener('change', update);
  update();
  document.body.append(dialog);
  dialog.showModal();

  return new Promise((resolve) => {
    let result: ColumnMapping<string> | null = null;
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(result);
    });
    cancel.addEventListener('click', () => dialog.close());
    form.addEventListener('submit', (event) => {
      const mapping = chosen();
      const missing = fields.filter((f) => f.flag !== undefined && !mapping[f.field]).map((f) => f.field);
      const used = Object.values(mapping);
      if (missing.length > 0 || new Set(used).size !== used.length) {
        event.preventDefault();
        const names = missing.map((f) => (FIELD_LABELS.get(f) ?? f).toLowerCase());
        problem.textContent = missing.length > 0 ? `Choose a column for: ${names.join('; ')}.` : 'Each column can hold only one field.';
        return;
      }
      result = mapping;
    });
  });
}

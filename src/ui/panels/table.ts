/**
 * The node table (drawer tab "Table"): the nodes of the current view that the
 * filters and focus leave shown, one row each, with every measure and the
 * co-production indicators. Filter by text and type, sort by any column,
 * click or press Enter on a row to select the node. Virtualised: only the rows
 * in view (plus a few) are in the DOM, between two spacer rows, so the
 * 6,834-node municipal dataset scrolls smoothly. Measures computed for the
 * timeline's window are headed with it ("Degree for 2013–2016").
 */
import { nodeId } from '../../core/graph/node-key';
import type { App } from '../app';
import { toCsv } from './csv-cells';
import { h, type Panel } from './panel';
import { formatCell, tableColumns, tableRows, type TableColumn, type TableRow } from './table-columns';
import { defaultDirection, filterRows, sortRows, visibleRange, type TableSort } from './table-rows';
import { windowMeasuresNote } from './timeline-measures';
import './table-charts.css';

/** Row height in CSS pixels; the stylesheet fixes rows to it. */
export const ROW_HEIGHT = 28;

export function mountTable(container: HTMLElement, app: App): Panel {
  const query = h('input', { attrs: { type: 'search', placeholder: 'Filter by name, id or country', 'aria-label': 'Filter the table' } });
  const typeSelect = h('select', { attrs: { 'aria-label': 'Node type' } });
  const count = h('span', { className: 'table-count', attrs: { 'aria-live': 'polite' } });
  const download = h('button', { text: 'Download CSV', attrs: { type: 'button' } });
  const toolbar = h(
    'div',
    { className: 'table-toolbar' },
    h('label', { className: 'table-filter' }, query),
    h('label', {}, h('span', { text: 'Type ', className: 'muted' }), typeSelect),
    count,
    download,
  );
  const colgroup = h('colgroup');
  const headRow = h('tr');
  const tbody = h('tbody');
  const table = h('table', { className: 'node-table', attrs: { 'aria-label': 'Shown nodes' } }, colgroup, h('thead', {}, headRow), tbody);
  const scroller = h('div', { className: 'table-scroll' }, table);
  container.append(h('div', { className: 'atlas-table' }, toolbar, scroller));

  let columns: TableColumn[] = [];
  let allRows: TableRow[] = [];
  let rows: TableRow[] = [];
  let sort: TableSort | null = null;
  let focusIndex = 0;
  let lastWindow = '';
  let frame = 0;
  let clicked: string | null = null;

  /** Rebuilds columns and rows from what is shown (dataset, view, filters, focus). */
  const rebuild = () => {
    const state = app.store.get();
    const view = app.derived.view(state);
    const shown = app.derived.shown(state);
    // Indicators are by graph key: a projection's cities and projects keep theirs.
    const indicators = state.dataset?.indicators;
    // Measures computed for the timeline's window say so in their headers (and the CSV's), as the details and legend do.
    const period = view && view === state.dataset?.network ? windowMeasuresNote(state.dataset) : null;
    const [ids, headers] = [columns.map((c) => c.id).join(), columns.map((c) => c.header).join('\n')];
    columns = view ? tableColumns(view, indicators, period) : [];
    allRows = view && shown ? tableRows(view, columns, shown.nodes, indicators) : [];
    const newIds = columns.map((c) => c.id).join() !== ids;
    if (newIds) sort = null;
    if (newIds || columns.map((c) => c.header).join('\n') !== headers) renderHead();
    const types = [...new Set(allRows.map((r) => r.type))].sort();
    const current = typeSelect.value;
    typeSelect.replaceChildren(h('option', { text: 'All types', attrs: { value: '' } }), ...types.map((t) => h('option', { text: t, attrs: { value: t } })));
    typeSelect.value = types.includes(current) ? current : '';
    refilter();
  };

  /** Applies the text and type filters and the sort, then draws. */
  const refilter = () => {
    const filtered = filterRows(allRows, query.value, typeSelect.value || null);
    rows = sort ? sortRows(filtered, sort) : sortRows(filtered, { column: 0, direction: 'asc' });
    focusIndex = Math.min(focusIndex, Math.max(0, rows.length - 1));
    count.textContent = `${rows.length.toLocaleString('en')} ${rows.length === 1 ? 'row' : 'rows'}`;
    download.disabled = rows.length === 0;
    table.setAttribute('aria-rowcount', String(rows.length + 1));
    redraw();
  };

  const renderHead = () => {
    colgroup.replaceChildren(...columns.map((c) => h('col', { attrs: { style: `width:${c.width}px` } })));
    table.style.width = `${columns.reduce((s, c) => s + c.width, 0)}px`;
    headRow.replaceChildren(
      ...columns.map((c, i) => {
        const active = sort?.column === i;
        const arrow = active ? (sort!.direction === 'asc' ? ' ▲' : ' ▼') : '';
        const button = h('button', { text: c.header + arrow, attrs: { type: 'button', title: `${c.description}. Sort by ${c.header}` } });
        button.addEventListener('click', () => sortBy(i));
        const ariaSort = active ? (sort!.direction === 'asc' ? 'ascending' : 'descending') : 'none';
        return h('th', { className: c.kind === 'text' ? '' : 'num', attrs: { scope: 'col', 'aria-sort': ariaSort } }, button);
      }),
    );
  };

  const sortBy = (column: number) => {
    const kind = columns[column]!.kind;
    const direction = sort?.column === column ? (sort.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(kind);
    sort = { column, direction };
    renderHead();
    (headRow.children[column]?.querySelector('button') as HTMLButtonElement | null)?.focus();
    scroller.scrollTop = 0;
    focusIndex = 0;
    refilter();
  };

  /** Forces the visible rows to be drawn again (data or selection changed). */
  const redraw = () => {
    lastWindow = '';
    render();
  };

  /** Puts the visible window of rows into the DOM, between two spacer rows. */
  const render = () => {
    frame = 0;
    const headHeight = headRow.offsetHeight;
    const { first, last } = visibleRange(Math.max(0, scroller.scrollTop - headHeight), scroller.clientHeight || 400, ROW_HEIGHT, rows.length);
    const key = `${first}:${last}`;
    if (key === lastWindow) return;
    lastWindow = key;
    const selected = app.store.get().selected;
    const spacer = (n: number) => h('tr', { className: 'spacer', attrs: { 'aria-hidden': 'true', style: `height:${n * ROW_HEIGHT}px` } });
    const drawn: HTMLTableRowElement[] = [];
    for (let i = first; i < last; i++) {
      const row = rows[i]!;
      const tr = h('tr', {
        className: `row${i % 2 ? ' odd' : ''}${row.id === selected ? ' selected' : ''}`,
        attrs: {
          'data-index': String(i),
          'aria-rowindex': String(i + 2),
          'aria-selected': String(row.id === selected),
          tabindex: i === focusIndex ? '0' : '-1',
        },
      });
      row.cells.forEach((value, c) => {
        const column = columns[c]!;
        const text = formatCell(value, column.kind);
        tr.append(h('td', { text, className: column.kind === 'text' ? '' : 'num', attrs: column.kind === 'text' && text.length > 16 ? { title: text } : {} }));
      });
      drawn.push(tr);
    }
    const empty =
      rows.length === 0
        ? [
            h(
              'tr',
              {},
              h('td', {
                text: allRows.length ? 'No node matches the filter.' : 'No nodes shown.',
                className: 'muted',
                attrs: { colspan: String(columns.length || 1) },
              }),
            ),
          ]
        : [];
    tbody.replaceChildren(spacer(first), ...drawn, ...empty, spacer(rows.length - last));
  };

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(render);
  };

  /** Moves keyboard focus to row `i`, scrolling it into view. */
  const focusRow = (i: number) => {
    if (rows.length === 0) return;
    focusIndex = Math.max(0, Math.min(rows.length - 1, i));
    const top = focusIndex * ROW_HEIGHT;
    const viewTop = scroller.scrollTop;
    const viewBottom = viewTop + scroller.clientHeight - headRow.offsetHeight;
    if (top < viewTop) scroller.scrollTop = top;
    else if (top + ROW_HEIGHT > viewBottom) scroller.scrollTop = top + ROW_HEIGHT - (scroller.clientHeight - headRow.offsetHeight);
    redraw();
    (tbody.querySelector(`tr[data-index="${focusIndex}"]`) as HTMLElement | null)?.focus();
  };

  const choose = (i: number) => {
    const row = rows[i];
    if (!row) return;
    focusIndex = i;
    clicked = row.id;
    app.select(row.id);
  };

  tbody.addEventListener('click', (event) => {
    const tr = (event.target as Element).closest('tr.row');
    if (tr) choose(Number(tr.getAttribute('data-index')));
  });
  tbody.addEventListener('keydown', (event) => {
    const tr = (event.target as Element).closest('tr.row');
    if (!tr) return;
    const i = Number(tr.getAttribute('data-index'));
    const page = Math.max(1, Math.floor(scroller.clientHeight / ROW_HEIGHT) - 1);
    const moves = new Map([
      ['ArrowDown', i + 1],
      ['ArrowUp', i - 1],
      ['PageDown', i + page],
      ['PageUp', i - page],
      ['Home', 0],
      ['End', rows.length - 1],
    ]);
    const move = moves.get(event.key);
    if (event.key === 'Enter' || event.key === ' ') choose(i);
    else if (move !== undefined) focusRow(move);
    else return;
    event.preventDefault();
  });
  scroller.addEventListener('scroll', schedule, { passive: true });
  query.addEventListener('input', () => {
    scroller.scrollTop = 0;
    refilter();
  });
  typeSelect.addEventListener('change', () => {
    scroller.scrollTop = 0;
    refilter();
  });
  download.addEventListener('click', () => {
    const header = ['id', ...columns.map((c) => c.header)];
    const csv = toCsv(
      header,
      rows.map((r) => [nodeId(r.id), ...r.cells]),
    );
    const view = app.store.get().view;
    downloadText(`atlas-${view}-nodes.csv`, '\uFEFF' + csv, 'text/csv;charset=utf-8');
  });
  const resize = new ResizeObserver(schedule);
  resize.observe(scroller);

  const unwatchShown = app.store.watch((s) => app.derived.shown(s), rebuild);
  const unwatchSelected = app.store.watch(
    (s) => s.selected,
    (selected) => {
      const index = selected && selected !== clicked ? rows.findIndex((r) => r.id === selected) : -1;
      clicked = null;
      if (index >= 0) {
        focusIndex = index;
        const top = index * ROW_HEIGHT;
        const height = scroller.clientHeight - headRow.offsetHeight;
        if (top < scroller.scrollTop || top + ROW_HEIGHT > scroller.scrollTop + height) scroller.scrollTop = Math.max(0, top - height / 2);
      }
      redraw();
    },
  );

  return {
    kill() {
      unwatchShown();
      unwatchSelected();
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
      container.replaceChildren();
    },
  };
}

/** Offers `text` as a file download. */
function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

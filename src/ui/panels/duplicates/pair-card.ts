/**
 * One suggested pair as a card of the Possible duplicates panel: the score,
 * the two nodes side by side (id and label, type, kind, country, links,
 * coordinates, URL, what each is linked to), the neighbours they share and the distance between
 * them, the reasons for and the evidence against, and the Merge / Not the
 * same / Undo buttons; a name selects its node on the map. Ids and labels are written as text, never as markup.
 */
import type { Evidence } from '../../../core/resolve/compare';
import type { PairEvidence, PairSide } from '../../../core/resolve/pair-evidence';
import { h } from '../panel';
import type { Decision } from './decisions';

/** The rows of the side-by-side table: a label and how each side shows it. */
const ROWS: readonly [string, (s: PairSide) => string][] = [
  ['Type', (s) => s.type],
  ['Kind', (s) => s.kind ?? '—'],
  ['Country', (s) => s.country ?? '—'],
  ['Links', (s) => s.links.toLocaleString('en-US')],
  [
    'Linked to',
    (s) =>
      s.neighbours.length
        ? `${s.neighbours.join(', ')}${s.neighbourCount > s.neighbours.length ? ` and ${(s.neighbourCount - s.neighbours.length).toLocaleString('en-US')} more` : ''}`
        : '—',
  ],
  ['Place', (s) => (s.lat !== undefined && s.lon !== undefined ? `${s.lat.toFixed(3)}, ${s.lon.toFixed(3)}` : '—')],
  ['URL', (s) => s.url ?? '—'],
];

const evidenceList = (className: string, title: string, items: readonly Evidence[]): HTMLElement =>
  h(
    'div',
    { className },
    h('span', { className: 'evidence-title', text: title }),
    h('ul', {}, ...items.map((e) => h('li', { attrs: { 'data-code': e.code } }, h('code', { text: e.code }), ` ${e.text}`))),
  );

/** A value cut to two lines on screen, whole in its tooltip (kinds and URLs can be long in a narrow sidebar). */
const cell = (text: string): HTMLElement => h('td', { attrs: { title: text } }, h('span', { className: 'clamp', text }));

/** The card of `pair`, showing `decision`; `decide(null)` is Undo; a name's button calls `select` with its graph key. */
export function pairCard(pair: PairEvidence, decision: Decision | null, decide: (d: Decision | null) => void, select: (key: string) => void): HTMLElement {
  // The names go above the table, whole (a narrow sidebar would break them mid-word in a column); the columns are A and B.
  const name = (letter: string, s: PairSide) =>
    h(
      'p',
      { className: 'pair-name' },
      h('span', { className: 'pair-letter', text: letter }),
      nameButton(s),
      ...(s.label !== s.id ? [h('small', { text: ` ${s.label}` })] : []),
    );
  const nameButton = (s: PairSide) => {
    const b = h('button', { className: 'pair-id', text: s.id, attrs: { type: 'button', title: `Select ${s.id} on the map` } });
    b.addEventListener('click', () => select(s.key));
    return b;
  };
  const table = h(
    'table',
    { className: 'pair-sides' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('td'),
        h('th', { text: 'A', attrs: { scope: 'col', title: pair.a.id } }),
        h('th', { text: 'B', attrs: { scope: 'col', title: pair.b.id } }),
      ),
    ),
    h('tbody', {}, ...ROWS.map(([label, read]) => h('tr', {}, h('th', { text: label, attrs: { scope: 'row' } }), cell(read(pair.a)), cell(read(pair.b))))),
  );
  const facts = [`${pair.shared.toLocaleString('en-US')} shared ${pair.shared === 1 ? 'neighbour' : 'neighbours'}`];
  if (pair.distanceKm !== undefined)
    facts.push(`${pair.distanceKm < 10 ? pair.distanceKm.toFixed(1) : Math.round(pair.distanceKm).toLocaleString('en-US')} km apart`);
  const button = (text: string, d: Decision | null, pressed: boolean) => {
    const b = h('button', { text, attrs: { type: 'button', 'aria-pressed': String(pressed), 'data-decision': d ?? 'undo' } });
    b.addEventListener('click', () => decide(d));
    return b;
  };
  const buttons = decision
    ? [h('span', { className: 'pair-decision', text: decision === 'merge' ? 'Merged' : 'Not the same' }), button('Undo', null, false)]
    : [button('Merge', 'merge', false), button('Not the same', 'distinct', false)];
  return h(
    'li',
    { className: 'duplicate-pair', attrs: { 'data-a': pair.a.id, 'data-b': pair.b.id, ...(decision ? { 'data-decision': decision } : {}) } },
    h(
      'div',
      { className: 'pair-head' },
      h('span', { className: 'pair-score', text: pair.score.toFixed(2), attrs: { title: `name similarity ${pair.name.toFixed(2)}` } }),
      h('span', { className: 'muted', text: facts.join(' · ') }),
    ),
    name('A', pair.a),
    name('B', pair.b),
    table,
    evidenceList('pair-reasons', 'For', pair.reasons),
    ...(pair.against.length ? [evidenceList('pair-against', 'Against', pair.against)] : []),
    h('div', { className: 'pair-actions' }, ...buttons),
  );
}

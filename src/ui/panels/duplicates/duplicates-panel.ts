/**
 * The Possible duplicates panel, a folding section at the foot of the left
 * sidebar: "Find possible duplicates" runs core findDuplicates in a worker
 * (progress and Cancel) on the data on the map, at a score the user may lower, and lists the pairs best
 * first with their evidence side by side (pair-card.ts). Per pair Merge /
 * Not the same / Undo; the decisions live in the panel's own store, never in
 * the graph. "Apply" loads the same files again with an aliases file made of
 * the merged pairs (after the rows of an aliases file loaded with the data),
 * so the worker re-analyses the merged network; "Download aliases.csv" saves
 * that file for `analyze --aliases` (after Apply too). A new search of the
 * same data keeps the decisions made, and "Not the same" outlives Apply.
 */
import { DUPLICATE_DEFAULTS } from '../../../core/resolve/find-duplicates';
import type { App } from '../../app';
import { DuplicatesClient } from '../../duplicates-client';
import { downloadBlob } from '../../export/figure-context';
import type { Dataset } from '../../state/dataset';
import { Store } from '../../state/store';
import type { DuplicatesPayload } from '../../../workers/duplicates-protocol';
import { sha256Hex } from '../load-input';
import { h, type Panel } from '../panel';
import { acceptedAliases, combinedAliasesCsv, type Decision, mergedNote, pairId } from './decisions';
import { pairCard } from './pair-card';
import './duplicates.css';

/** The panel's display state: the search, its result for one dataset, and the user's decisions. */
interface DuplicatesState {
  running: { stage: string; fraction: number } | null;
  result: { dataset: Dataset; payload: DuplicatesPayload } | null;
  decisions: ReadonlyMap<string, Decision>;
  /** The data the decisions were made on: a new search of it keeps them (a lower score shows more pairs). */
  decisionsOf: Dataset | null;
  note: { kind: 'info' | 'error'; text: string } | null;
}

const ALIASES_NAME = 'aliases.csv';

/** Mounts the panel at the end of `sidebar`. */
export function mountDuplicates(sidebar: HTMLElement, app: App): Panel {
  const client = new DuplicatesClient();
  const store = new Store<DuplicatesState>({ running: null, result: null, decisions: new Map(), decisionsOf: null, note: null });
  const find = h('button', { text: 'Find possible duplicates', className: 'primary', attrs: { type: 'button', id: 'find-duplicates' } });
  const cancel = h('button', { text: 'Cancel', attrs: { type: 'button', hidden: '' } });
  const threshold = h('input', {
    attrs: { type: 'number', id: 'duplicates-threshold', min: '0', max: '1', step: '0.05', value: String(DUPLICATE_DEFAULTS.threshold) },
  });
  const thresholdField = h(
    'label',
    { className: 'duplicates-threshold', attrs: { for: 'duplicates-threshold', title: 'Lower it to see the doubtful pairs too' } },
    'Score at least ',
    threshold,
  );
  const status = h('p', { className: 'duplicates-status muted', attrs: { 'aria-live': 'polite' } });
  const list = h('ol', { className: 'duplicate-pairs' });
  const apply = h('button', { text: 'Apply', className: 'primary', attrs: { type: 'button', id: 'apply-duplicates', disabled: '' } });
  const download = h('button', { text: `Download ${ALIASES_NAME}`, attrs: { type: 'button', id: 'download-aliases', disabled: '' } });
  const actions = h('div', { className: 'duplicates-actions' }, apply, download);
  const section = h(
    'details',
    { className: 'duplicates', attrs: { id: 'duplicates' } },
    h('summary', {}, h('h2', { text: 'Possible duplicates' })),
    h('p', {
      className: 'muted',
      text: 'Pairs of ids that may name one body ("Comune di Parma" and "Parma"), with the evidence for and against. Nothing merges until you apply.',
    }),
    h('div', { className: 'duplicates-find' }, find, thresholdField, cancel),
    status,
    list,
    actions,
  );
  sidebar.append(section);

  const current = (): { dataset: Dataset; payload: DuplicatesPayload } | null => {
    const r = store.get().result;
    return r && r.dataset === app.store.get().dataset ? r : null;
  };

  async function run(): Promise<void> {
    const dataset = app.store.get().dataset;
    if (!dataset?.analysed) {
      store.set({ note: { kind: 'error', text: 'Load data first: a snapshot carries no files to compare.' } });
      return;
    }
    store.set({ running: { stage: 'Starting', fraction: 0 }, note: null });
    const given = threshold.valueAsNumber;
    const atLeast = Number.isFinite(given) && given >= 0 && given <= 1 ? given : DUPLICATE_DEFAULTS.threshold;
    const outcome = await client.find(dataset.analysed.input, dataset.analysed.options, atLeast, (stage, fraction) =>
      store.set({ running: { stage, fraction } }),
    );
    store.set({ running: null });
    if (outcome.status === 'done') {
      const { decisions, decisionsOf } = store.get();
      store.set({ result: { dataset, payload: outcome.payload }, decisions: decisionsOf === dataset ? decisions : new Map(), decisionsOf: dataset });
    } else if (outcome.status === 'fatal' || outcome.status === 'failed') store.set({ note: { kind: 'error', text: outcome.message } });
  }

  const decide = (id: string, decision: Decision | null): void => {
    const next = new Map(store.get().decisions);
    if (decision) next.set(id, decision);
    else next.delete(id);
    store.set({ decisions: next });
  };

  /** The aliases file of the decisions (after the rows of the aliases file loaded with the data), or that file alone, or null. */
  const aliasesText = (): string | null => {
    const r = current();
    const loaded = app.store.get().dataset?.analysed?.input.aliases;
    const accepted = r ? acceptedAliases(r.payload.pairs, store.get().decisions, r.dataset.network.graph) : [];
    return accepted.length ? combinedAliasesCsv(r?.dataset.analysed?.input.aliases, accepted) : (loaded?.text ?? null);
  };

  async function applyMerges(): Promise<void> {
    const r = current();
    const text = aliasesText();
    if (!r?.dataset.analysed || !text) return;
    const { input, options } = r.dataset.analysed;
    const aliases = { name: ALIASES_NAME, text, sha256: await sha256Hex(new TextEncoder().encode(text)) };
    const files = [...r.dataset.source.files.filter((f) => f !== input.aliases?.name), ALIASES_NAME];
    // These aliases are made here, not fetched: the address of a fetched aliases file no longer applies
    // (a share link carries the new file as a data: address, share/app-share-state.ts).
    const { urls } = r.dataset.source;
    const source = { ...r.dataset.source, files, ...(urls ? { urls: { edges: urls.edges, ...(urls.nodes ? { nodes: urls.nodes } : {}) } } : {}) };
    const outcome = await app.load({
      input: { ...input, aliases },
      source,
      ...(options.edgeMapping ? { edgeMapping: options.edgeMapping } : {}),
      ...(options.nodeMapping ? { nodeMapping: options.nodeMapping } : {}),
      ...(options.defaultTypes ? { defaultTypes: options.defaultTypes } : {}),
    });
    const { dataset, message } = app.store.get();
    if (outcome.status !== 'done' || !dataset) return;
    const note = mergedNote(dataset.report);
    if (message && note) app.store.set({ message: { ...message, text: `${message.text} ${note}` } });
    // "Not the same" still holds for the next search of the merged data; the merges are in its aliases file now.
    const distinct = new Map([...store.get().decisions].filter(([, d]) => d === 'distinct'));
    store.set({ result: null, decisions: distinct, decisionsOf: dataset, note: { kind: 'info', text: `${note} Find again to look for more.` } });
  }

  find.addEventListener('click', () => void run());
  cancel.addEventListener('click', () => client.cancel());
  apply.addEventListener('click', () => void applyMerges());
  download.addEventListener('click', () => {
    const text = aliasesText();
    if (text) downloadBlob(new Blob([text], { type: 'text/csv' }), ALIASES_NAME);
  });

  const render = (): void => {
    const { running, decisions, note } = store.get();
    const r = current();
    find.disabled = running !== null;
    cancel.hidden = running === null;
    if (running) status.textContent = `${running.stage}… ${Math.round(running.fraction * 100)}%`;
    else if (note) status.textContent = note.text;
    else if (r) {
      const n = r.payload.pairs.length;
      status.textContent =
        `${n.toLocaleString('en-US')} ${n === 1 ? 'pair' : 'pairs'} at a score of ${r.payload.threshold} or more, ` +
        `among ${r.payload.nodes.toLocaleString('en-US')} nodes (${r.payload.compared.toLocaleString('en-US')} pairs compared).`;
    } else status.textContent = '';
    status.classList.toggle('error', !running && note?.kind === 'error');
    // The cards are made anew: a keyboard user's focus goes back to the same card (its Undo after Merge), not to the page's start.
    const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement : null;
    const card = focused?.closest('.duplicate-pair') ?? null;
    const at = card ? [...list.children].indexOf(card) : -1;
    const selector = focused?.closest('.pair-actions') ? '.pair-actions button' : '.pair-id';
    list.replaceChildren(
      ...(r?.payload.pairs ?? []).map((p) =>
        pairCard(
          p,
          decisions.get(pairId(p)) ?? null,
          (d) => decide(pairId(p), d),
          (key) => {
            app.select(key);
            revealMap();
          },
        ),
      ),
    );
    if (at >= 0) list.children[at]?.querySelector<HTMLElement>(selector)?.focus();
    const merges = r ? r.payload.pairs.filter((p) => decisions.get(pairId(p)) === 'merge').length : 0;
    apply.disabled = merges === 0;
    // After Apply the merges are in the data's aliases file: it stays downloadable.
    download.disabled = merges === 0 && !app.store.get().dataset?.analysed?.input.aliases;
    apply.textContent = merges ? `Apply ${merges} ${merges === 1 ? 'merge' : 'merges'}` : 'Apply';
  };
  const unwatch = store.watch((s) => s, render);
  const unwatchData = app.store.watch((s) => s.dataset, render);

  return {
    kill() {
      unwatch();
      unwatchData();
      client.kill();
      store.kill();
      section.remove();
    },
  };
}

/**
 * On a small screen the map sits far above this panel: a name picked here
 * scrolls it into view, so the selection is seen (nothing moves when the
 * map shows already).
 */
function revealMap(): void {
  const map = document.getElementById('map');
  if (!map) return;
  const box = map.getBoundingClientRect();
  if (box.bottom <= 0 || box.top >= window.innerHeight) map.scrollIntoView({ block: 'nearest' });
}

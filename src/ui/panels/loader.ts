/**
 * Getting data onto the map: the top bar's "Open data" button and dialog,
 * files dropped anywhere on the page, `?edges=<url>&nodes=<url>&aliases=<url>`
 * in the address, the embedded default dataset, and the column-mapping dialog when
 * a file's columns are not recognised, and the offer to type nodes by
 * column when no node of a loaded CSV has a type. An aliases file
 * (`alias,canonical`) given with the data files is told by its header and
 * applied while the worker reads them; the banner says how many ids it merged. Registry files (publiccode.yml,
 * DPG nominee JSON) or folders of them are converted to CSV first
 * (./registry-drop.ts) and the banner says what was read. Also mounts the "About
 * this data" dialog. Every problem ends up as the app's message; the previous dataset
 * stays on the map when a load fails.
 */
import type { AnalysisInput, InputFile } from '../../core/analysis/analyze';
import type { DataAddresses } from '../../core/url-state';
import type { App, LoadOutcome, LoadRequest } from '../app';
import { DEFAULT_ABOUT, DEFAULT_INPUT } from '../default-data';
import { precomputedDefault } from '../default-payload';
import { downloadBlob } from '../export/figure-context';
import type { DataSource } from '../state/dataset';
import { mountAbout } from './about';
import { mergedNote } from './duplicates/decisions';
import { assignRoles, fetchCsv, InputError, nameFromUrl, readLocalFiles, sha256Hex } from './load-input';
import { isUntyped } from './load-summary';
import { openMappingDialog, unmappedText } from './mapping-dialog';
import { createOpenDialog, type OpenChoice } from './open-dialog';
import { h, type Panel } from './panel';
import { droppedFiles, importRegistryFiles, type RegistryImport, registryKindOf, registryTitle } from './registry-drop';
import { typingOffer } from './types-dialog';
import './loader.css';

const DEFAULT_SOURCE: DataSource = {
  title: DEFAULT_ABOUT.title,
  kind: 'default',
  files: [DEFAULT_INPUT.edges.name, DEFAULT_INPUT.nodes!.name],
  about: DEFAULT_ABOUT,
};

let hashedDefault: Promise<AnalysisInput> | undefined;
/** The embedded dataset with the SHA-256 of its files (as the CLI computes them), for the about box. */
function defaultInput(): Promise<AnalysisInput> {
  const hashed = async (f: InputFile): Promise<InputFile> => ({ ...f, sha256: await sha256Hex(new TextEncoder().encode(f.text)) });
  hashedDefault ??= Promise.all([hashed(DEFAULT_INPUT.edges), hashed(DEFAULT_INPUT.nodes!)]).then(([edges, nodes]) => ({ edges, nodes }));
  return hashedDefault;
}

const MAPPABLE = new Set(['missing-column', 'unknown-column']);

/** "216 cities, 27 projects and 39 firms" from counts by type. */
function typeList(byType: Record<string, number>): string {
  const plural = (t: string, n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? t : t === 'city' ? 'cities' : `${t}s`}`;
  const parts = Object.entries(byType).map(([t, n]) => plural(t, n));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'no nodes');
}

/**
 * Mounts the "Open data" button into the top bar (`container`), the open,
 * mapping and about dialogs and the page-wide drop target. `loadInitial()`
 * loads the URLs named in the address, or the default dataset.
 */
export function mountLoader(container: HTMLElement, app: App): Panel & { loadInitial(): Promise<void> } {
  const about = mountAbout(document.getElementById('about-button')!, app);
  const openButton = h('button', { text: 'Open data', className: 'primary', attrs: { type: 'button', id: 'open-data', 'aria-haspopup': 'dialog' } });
  container.append(openButton);
  const fail = (text: string): void => app.store.set({ busy: null, message: { kind: 'error', text } });
  const setAddress = (urls?: DataAddresses): void => {
    const url = new URL(location.href);
    for (const role of ['edges', 'nodes', 'aliases'] as const) {
      url.searchParams.delete(role);
      if (urls?.[role]) url.searchParams.set(role, urls[role]);
    }
    history.replaceState(history.state, '', url);
  };

  /** Loads; when a file's columns are not recognised, asks for a mapping and loads again. */
  async function run(request: LoadRequest): Promise<LoadOutcome> {
    const outcome = await app.load(request);
    if (outcome.status === 'done') offerTyping();
    if (outcome.status !== 'fatal' || !MAPPABLE.has(outcome.code) || outcome.file === request.input.aliases?.name) return outcome;
    const { edges, nodes } = request.input;
    const role = nodes && outcome.file === nodes.name && outcome.file !== edges.name ? 'nodes' : 'edges';
    const file = role === 'nodes' ? nodes! : edges;
    const given = role === 'nodes' ? request.nodeMapping : request.edgeMapping;
    // The dialog says what the banner says: hide the banner meanwhile, bring it back on Cancel.
    const message = app.store.get().message;
    app.store.set({ message: null });
    const asked = { role, file: file.name, text: file.text, message: outcome.message, code: outcome.code } as const;
    const mapping = await openMappingDialog({ ...asked, ...(given ? { given } : {}) });
    if (!mapping) {
      // The banner comes back in the dialog's words (the reader's names CLI flags).
      const kept = app.store.get().dataset ? ' The map still shows the previous data.' : '';
      app.store.set({ message: message && { ...message, text: `${unmappedText(asked)} ${file.name} was not loaded.${kept}` } });
      return outcome;
    }
    return run(role === 'nodes' ? { ...request, nodeMapping: mapping } : { ...request, edgeMapping: mapping });
  }

  /** When no node of the data just loaded has a type, the summary banner offers to type them by column. */
  function offerTyping(): void {
    const { dataset, message } = app.store.get();
    if (!dataset || !message || !isUntyped(dataset.network.stats)) return;
    const offer = typingOffer(app);
    if (offer) app.store.set({ message: { ...message, action: { label: 'Type nodes by column…', run: () => void offer() } } });
  }

  async function loadDefault(note: boolean): Promise<LoadOutcome> {
    const outcome = await app.load({ input: await defaultInput(), source: DEFAULT_SOURCE, precomputed: precomputedDefault });
    const dataset = app.store.get().dataset;
    if (outcome.status === 'done' && note && dataset) {
      const links = dataset.report.input.rows[DEFAULT_INPUT.edges.name] ?? dataset.network.stats.edges;
      app.store.set({
        message: {
          kind: 'info',
          text: `Default dataset: ${links.toLocaleString('en-US')} links between ${typeList(dataset.network.stats.nodesByType)}, each with its evidence (see About this data).`,
          action: { label: 'Open your own CSV', run: () => dialog.open() },
        },
      });
    }
    return outcome;
  }

  /** Converts registry files and loads the result; false when they hold no registry file after all. */
  async function loadRegistry(kind: NonNullable<ReturnType<typeof registryKindOf>>, files: File[]): Promise<boolean> {
    const kept = () => (app.store.get().dataset ? ' The map still shows the previous data.' : '');
    const stage = 'Reading the registry files';
    let imported: RegistryImport | undefined;
    try {
      app.store.set({ message: null, busy: { stage, fraction: 0, cancellable: false } });
      imported = await importRegistryFiles(kind, files, (fraction) => app.store.set({ busy: { stage, fraction, cancellable: false } }));
    } catch (e) {
      fail((e instanceof InputError ? e.message : `Could not read the files: ${String(e)}`) + kept());
      return true;
    }
    if (!imported) return false;
    const { input, lines, summary, issues, issuesFile } = imported;
    if (summary.projects === 0) {
      fail(`No project was read from the ${files.length.toLocaleString('en-US')} files. ${issues[0]?.message ?? ''}${kept()}`);
      return true;
    }
    const outcome = await run({ input, source: { title: registryTitle(kind, summary.files), kind: 'files', files: [input.edges.name, input.nodes.name] } });
    if (outcome.status !== 'done') return true;
    setAddress();
    const loaded = app.store.get().message;
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${(issues.length - 1).toLocaleString('en-US')} more: all in ${issuesFile?.name}, saved with the CSV)` : '';
    app.store.set({
      message: {
        kind: issues.length > 0 ? 'warning' : 'info',
        text: `Imported ${lines.join('; ')}.${first ? ` First: ${first.message}${more}.` : ''}${loaded ? ` ${loaded.text}` : ''}`,
        action: {
          label: 'Download the CSV',
          run: () => {
            for (const f of [input.edges, input.nodes, ...(issuesFile ? [issuesFile] : [])]) downloadBlob(new Blob([f.text], { type: 'text/csv' }), f.name);
          },
        },
      },
    });
    return true;
  }

  async function loadFiles(files: File[]): Promise<void> {
    const registry = registryKindOf(files);
    if (registry && (await loadRegistry(registry, files))) return;
    if (files.length > 3) return fail(`Drop one to three CSV files (the edges file and, optionally, the nodes file and an aliases file), not ${files.length}.`);
    let input: ReturnType<typeof assignRoles>;
    try {
      app.store.set({ message: null, busy: { stage: 'Reading the files', fraction: 0, cancellable: false } });
      input = assignRoles(await readLocalFiles(files));
    } catch (e) {
      const text = e instanceof InputError ? e.message : `Could not read the file: ${String(e)}`;
      return fail(text + (app.store.get().dataset ? ' The map still shows the previous data.' : ''));
    }
    const names = [input.edges, input.nodes, input.aliases].filter((f) => f !== undefined).map((f) => f.name);
    const outcome = await run({ input, source: { title: names.join(' + '), kind: 'files', files: names } });
    if (outcome.status === 'done') {
      setAddress();
      noteMerges();
    }
  }

  /** After a load with an aliases file, the summary banner says how many ids it merged. */
  function noteMerges(): void {
    const { dataset, message } = app.store.get();
    const note = dataset && mergedNote(dataset.report);
    if (message && note) app.store.set({ message: { ...message, text: `${message.text} ${note}` } });
  }

  async function loadUrls(urls: DataAddresses): Promise<LoadOutcome | InputError> {
    let input: { edges: InputFile; nodes?: InputFile; aliases?: InputFile };
    try {
      app.store.set({ message: null, busy: { stage: 'Fetching the files', fraction: 0, cancellable: false } });
      const [edges, nodes, aliases] = await Promise.all([
        fetchCsv(urls.edges, 'edges'),
        urls.nodes ? fetchCsv(urls.nodes, 'nodes') : undefined,
        urls.aliases ? fetchCsv(urls.aliases, 'aliases') : undefined,
      ]);
      input = { edges, ...(nodes ? { nodes } : {}), ...(aliases ? { aliases } : {}) };
    } catch (e) {
      const error = e instanceof InputError ? e : new InputError(`Could not fetch the files: ${String(e)}`);
      fail(error.message + (app.store.get().dataset ? ' The map still shows the previous data.' : ''));
      return error;
    }
    const names = [input.edges, input.nodes, input.aliases].filter((f) => f !== undefined).map((f) => f.name);
    const title = urls.nodes ? `${nameFromUrl(urls.edges, 'edges')} + ${nameFromUrl(urls.nodes, 'nodes')}` : names[0]!;
    const outcome = await run({ input, source: { title, kind: 'urls', files: names, urls } });
    if (outcome.status === 'done') {
      setAddress(urls);
      noteMerges();
    }
    return outcome;
  }

  const dialog = createOpenDialog((choice: OpenChoice) => {
    if (choice.kind === 'files') void loadFiles(choice.files);
    else if (choice.kind === 'urls') void loadUrls(choice);
    else void loadDefault(false).then((o) => o.status === 'done' && setAddress());
  });
  openButton.addEventListener('click', () => dialog.open());

  // Files dropped anywhere on the page load as if chosen in the dialog.
  let dragTimer = 0;
  const onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    document.body.classList.add('atlas-dragging');
    clearTimeout(dragTimer);
    dragTimer = window.setTimeout(() => document.body.classList.remove('atlas-dragging'), 200);
  };
  const onDrop = (event: DragEvent): void => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    document.body.classList.remove('atlas-dragging');
    if (dialog.dialog.open) dialog.dialog.close();
    // A dropped folder (of publiccode.yml or DPG files) is walked; its entries must be taken during the event.
    void droppedFiles(event.dataTransfer).then(loadFiles);
  };
  document.addEventListener('dragover', onDragOver);
  document.addEventListener('drop', onDrop);

  return {
    async loadInitial() {
      const params = new URLSearchParams(location.search);
      const edges = params.get('edges');
      if (!edges) {
        await loadDefault(true);
        return;
      }
      const nodes = params.get('nodes');
      const aliases = params.get('aliases');
      const outcome = await loadUrls({ edges, ...(nodes ? { nodes } : {}), ...(aliases ? { aliases } : {}) });
      if (!(outcome instanceof InputError) && outcome.status === 'done') return;
      // Nothing is on the map yet: show the default dataset under the same message.
      const message = app.store.get().message;
      await loadDefault(false);
      if (message) app.store.set({ message: { ...message, text: `${message.text} Showing the default dataset instead.` } });
    },
    kill() {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
      dialog.kill();
      about.kill();
      openButton.remove();
    },
  };
}

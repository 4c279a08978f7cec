/**
 * The top bar's "Share" button and dialog: a link to this exact view (data
 * addresses, view, filters, style, selection, camera), the <iframe> snippet
 * to embed it, and the self-contained snapshot file. Data opened from local
 * files cannot be in a link, nor data: addresses too long for one: the
 * dialog says so and offers the snapshot.
 */
import { dataAddressesProblem, type DataAddresses } from '../../core/url-state';
import type { App } from '../app';
import type { MapController } from '../map/map-controller';
import { h, type Panel } from '../panels/panel';
import { linkAddressesOf, shareQueryOf } from './app-share-state';
import { copyField } from './copy-text';
import { embedSection } from './embed-section';
import { downloadSnapshot } from './snapshot-download';
import { readSnapshot } from './snapshot-data';
import './share.css';

/** Why the data's addresses cannot go into a link (a data: address too long, merges too many for one…), or null. */
function unlinkable(urls: DataAddresses | undefined): string | null {
  return urls ? dataAddressesProblem(urls) : null;
}

/** The address of the full app for a state (query string). */
export function appUrl(state: string): string {
  const url = new URL(location.href);
  url.search = state;
  url.hash = '';
  return url.href;
}

function linkSection(url: string): HTMLElement {
  const input = h('input', { attrs: { type: 'text', readonly: '', id: 'share-link', 'aria-label': 'Link to this view', value: url } });
  const copy = h('button', { text: 'Copy link', className: 'primary', attrs: { type: 'button' } });
  const status = h('p', { className: 'share-status', attrs: { role: 'status' } });
  copy.addEventListener('click', () => void copyField(input).then((text) => (status.textContent = text)));
  input.addEventListener('focus', () => input.select());
  return h(
    'section',
    {},
    h('h3', { text: 'Link' }),
    h('p', { className: 'muted', text: 'Opens this view: the data, the view, filters, colours, selection and zoom.' }),
    h('div', { className: 'share-row' }, input, copy),
    status,
  );
}

function snapshotSection(app: App, map: MapController, local: boolean): HTMLElement {
  const button = h('button', { text: 'Download snapshot (.html)', className: local ? 'primary' : '', attrs: { type: 'button', id: 'share-snapshot' } });
  const status = h('p', { className: 'share-status', attrs: { role: 'status' } });
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Preparing the snapshot…';
    const outcome = await downloadSnapshot(app, shareQueryOf(app.store.get(), map));
    button.disabled = false;
    status.textContent = outcome.ok ? `Saved ${outcome.fileName} (${(outcome.bytes / 1e6).toFixed(1)} MB).` : outcome.message;
  });
  return h(
    'section',
    {},
    h('h3', { text: 'Snapshot file' }),
    h('p', { className: 'muted', text: 'One HTML file with the data, this view and the app: it opens offline, from a disk or any web host, with no server.' }),
    button,
    status,
  );
}

/** Mounts the Share button into the top bar (`container`) and its dialog. */
export function mountShareMenu(container: HTMLElement, app: App, map: MapController): Panel {
  const button = h('button', { text: 'Share', attrs: { type: 'button', id: 'share-button', 'aria-haspopup': 'dialog' } });
  const dialog = h('dialog', { className: 'share-dialog', attrs: { 'aria-labelledby': 'share-title' } });
  container.append(button);
  document.body.append(dialog);
  const snapshot = readSnapshot() !== null;

  const render = () => {
    const s = app.store.get();
    const close = h('button', { text: 'Close', className: 'share-close', attrs: { type: 'button' } });
    close.addEventListener('click', () => dialog.close());
    const parts: HTMLElement[] = [close, h('h2', { text: 'Share this map', attrs: { id: 'share-title' } })];
    const title = s.dataset?.source.title ?? 'network';
    const state = shareQueryOf(s, map);
    if (snapshot) {
      parts.push(
        h('p', {
          className: 'share-note',
          text: 'This page is a snapshot file: to share it, send the file itself. Links and embeds need the atlas on the web.',
        }),
      );
    } else if (s.dataset?.source.kind === 'files') {
      parts.push(
        h('p', {
          className: 'share-note',
          attrs: { id: 'share-local-note' },
          text: `This map was opened from files on your computer (${s.dataset.source.files.join(', ')}). Local files can't be put in a link or an embed: whoever opens it would not have them. Download the snapshot instead: one file with the data and this view.`,
        }),
        snapshotSection(app, map, true),
      );
    } else if (unlinkable(linkAddressesOf(s.dataset))) {
      parts.push(
        h('p', {
          className: 'share-note',
          attrs: { id: 'share-local-note' },
          text: `This map's data address can't be put in a link: ${unlinkable(linkAddressesOf(s.dataset))}. Download the snapshot instead: one file with the data and this view.`,
        }),
        snapshotSection(app, map, true),
      );
    } else {
      parts.push(linkSection(appUrl(state)), embedSection(state, title), snapshotSection(app, map, false));
    }
    dialog.replaceChildren(...parts);
  };
  const open = () => {
    render();
    dialog.showModal();
  };
  button.addEventListener('click', open);
  const unwatch = app.store.watch(
    (s) => s.dataset,
    (dataset) => (button.disabled = !dataset),
  );
  return {
    kill() {
      unwatch();
      button.remove();
      dialog.remove();
    },
  };
}

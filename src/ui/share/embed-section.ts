/**
 * The Share dialog's "Embed" section: size and panel options, and the
 * <iframe> snippet for them, rewritten as the options change.
 */
import { clampSize, DEFAULT_EMBED_OPTIONS, embedSnippet, embedUrl, type EmbedOptions } from '../embed/options';
import { h } from '../panels/panel';
import { copyField } from './copy-text';

/** Builds the section for the state `state` (a query string) of data titled `title`. */
export function embedSection(state: string, title: string): HTMLElement {
  const options: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS };
  const snippet = h('textarea', { attrs: { rows: '3', readonly: '', id: 'share-embed-code', 'aria-label': 'Embed code' } });
  const status = h('p', { className: 'share-status', attrs: { role: 'status' } });
  const update = () => {
    snippet.value = embedSnippet(embedUrl(location.href, state, options), options, `Partnership Atlas: ${title}`);
    status.textContent = '';
  };
  const size = (key: 'width' | 'height', label: string) => {
    const input = h('input', { attrs: { type: 'number', min: '200', max: '4000', step: '10', value: String(options[key]), name: `embed-${key}` } });
    input.addEventListener('input', () => {
      options[key] = clampSize(input.valueAsNumber, DEFAULT_EMBED_OPTIONS[key]);
      update();
    });
    return h('label', {}, `${label} `, input);
  };
  const check = (key: 'search' | 'details' | 'legend', label: string) => {
    const input = h('input', { attrs: { type: 'checkbox', name: `embed-${key}` } });
    input.checked = options[key];
    input.addEventListener('change', () => {
      options[key] = input.checked;
      update();
    });
    return h('label', {}, input, ` ${label}`);
  };
  const copy = h('button', { text: 'Copy embed code', attrs: { type: 'button' } });
  copy.addEventListener('click', () => void copyField(snippet).then((text) => (status.textContent = text)));
  update();
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'share-embed-heading' } },
    h('h3', { text: 'Embed in a page', attrs: { id: 'share-embed-heading' } }),
    h(
      'div',
      { className: 'share-options' },
      size('width', 'Width'),
      size('height', 'Height'),
      check('search', 'Search'),
      check('details', 'Details panel'),
      check('legend', 'Legend'),
    ),
    snippet,
    h('div', { className: 'share-row' }, copy),
    status,
  );
}

/**
 * The shape every panel has: mounted into a container with the app, it
 * subscribes to the store and renders; `kill()` removes its listeners and DOM.
 */
import type { App } from '../app';

export interface Panel {
  kill(): void;
}

export type MountPanel = (container: HTMLElement, app: App) => Panel;

/** Creates an element with optional text, class and attributes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { text?: string; className?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.text !== undefined) element.textContent = props.text;
  if (props.className) element.className = props.className;
  for (const [k, v] of Object.entries(props.attrs ?? {})) element.setAttribute(k, v);
  element.append(...children);
  return element;
}

/** A link that opens in a new tab — only for http(s) URLs; anything else stays plain text. */
export function safeLink(url: string, text = url): HTMLElement {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return h('span', { text });
  return h('a', { text, attrs: { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' } });
}

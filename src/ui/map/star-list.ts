/**
 * The aggregated stars of the map, listed in its bottom-right corner: one
 * line per aggregate ("4,693 cities use GlobaLeaks") with an Expand or
 * Collapse button, so a group can be opened and closed again from the
 * keyboard as well as by clicking its node, and an expanded one can always be
 * collapsed. The list opens by itself when an aggregate is expanded. It also
 * keeps the selection visible: selecting a member of a collapsed aggregate
 * (search, table, share link) expands it. Long-lived: `kill()`.
 */
import './star-list.css';
import { nodeLabel } from '../../core/graph/node-label';
import { starThresholdOf } from '../../core/style/star-display';
import { starLabel, type StarAggregate } from '../../core/style/stars';
import type { App } from '../app';
import { h } from '../panels/panel';
import type { AppState } from '../state/app-state';
import { starIndexOf, withStar } from './star-style';
import { afterMap, drawsAfterMap, type AfterMap } from '../panels/after-map';

/** Aggregates listed by name; the rest are counted ("and 12 more"). */
const LISTED = 12;

export class StarList {
  private readonly element: HTMLDetailsElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly unsubscribe: () => void;
  private readonly drawing: AfterMap;

  constructor(
    parent: HTMLElement,
    private readonly app: App,
  ) {
    this.summary = h('summary');
    this.list = h('ul');
    this.element = h('details', { className: 'star-list', attrs: { 'aria-label': 'Grouped leaves of big hubs' } }, this.summary, this.list);
    this.element.hidden = true;
    parent.append(this.element);
    this.drawing = afterMap(() => this.render(app.store.get()), this.element);
    this.unsubscribe = app.store.subscribe((s, prev) => {
      if (
        s.selected !== null &&
        (s.selected !== prev.selected ||
          s.dataset !== prev.dataset ||
          s.view !== prev.view ||
          s.stars !== prev.stars ||
          s.layout !== prev.layout ||
          s.filters !== prev.filters ||
          s.focus !== prev.focus)
      )
        this.reveal(s);
      if (s.expandedStars.size > prev.expandedStars.size) this.element.open = true;
      if (
        s.dataset !== prev.dataset ||
        s.view !== prev.view ||
        s.filters !== prev.filters ||
        s.focus !== prev.focus ||
        s.stars !== prev.stars ||
        s.layout !== prev.layout ||
        s.expandedStars !== prev.expandedStars
      ) {
        // A large new graph: listed in a task of its own, after the map's (which finds the same aggregates).
        if ((s.dataset !== prev.dataset || s.view !== prev.view) && drawsAfterMap(app.derived, s)) this.drawing.later();
        else this.drawing.now();
      }
    });
    this.render(app.store.get());
  }

  /** The aggregates of the state's shown graph, largest first. */
  private aggregates(s: AppState): StarAggregate[] {
    const view = this.app.derived.view(s);
    const shown = this.app.derived.shown(s);
    if (!view || !shown) return [];
    return [...starIndexOf(view.graph, shown, starThresholdOf(s)).aggregates].sort((a, b) => b.members.length - a.members.length);
  }

  /** Expands the collapsed aggregate the selected node belongs to, so it is drawn as itself. */
  private reveal(s: AppState): void {
    const view = this.app.derived.view(s);
    const shown = this.app.derived.shown(s);
    if (!view || !shown || s.selected === null) return;
    const aggregate = starIndexOf(view.graph, shown, starThresholdOf(s)).byMember.get(s.selected);
    if (aggregate && !s.expandedStars.has(aggregate.id)) this.app.store.set({ expandedStars: withStar(s.expandedStars, aggregate.id, true) });
  }

  private render(s: AppState): void {
    const all = this.aggregates(s);
    const view = this.app.derived.view(s);
    this.element.hidden = all.length === 0 || !view;
    if (this.element.hidden || !view) {
      this.list.replaceChildren();
      return;
    }
    const expanded = all.filter((a) => s.expandedStars.has(a.id)).length;
    this.summary.textContent = `${all.length.toLocaleString('en')} grouped ${all.length === 1 ? 'star' : 'stars'}${expanded ? ` · ${expanded} expanded` : ''}`;
    const graph = view.graph;
    const items = all.slice(0, LISTED).map((a) => {
      const open = s.expandedStars.has(a.id);
      const text = starLabel(a, graph.getNodeAttribute(a.hub, 'type'), nodeLabel(graph, a.hub));
      const button = h('button', { text: open ? 'Collapse' : 'Expand', attrs: { type: 'button', 'aria-label': `${open ? 'Collapse' : 'Expand'}: ${text}` } });
      button.addEventListener('click', () => {
        const now = this.app.store.get();
        this.app.store.set({ expandedStars: withStar(now.expandedStars, a.id, !now.expandedStars.has(a.id)) });
      });
      return h('li', { className: open ? 'expanded' : '' }, h('span', { text }), button);
    });
    if (all.length > LISTED) items.push(h('li', { text: `and ${(all.length - LISTED).toLocaleString('en')} more` }));
    this.list.replaceChildren(...items);
  }

  kill(): void {
    this.drawing.cancel();
    this.unsubscribe();
    this.element.remove();
  }
}

/**
 * The small box that follows the pointer over a link: its two ends, its
 * relations, years and weight, its first piece of evidence with how many
 * more there are (or, in a projection, the shared nodes that make it), and
 * that a click shows all of it. Text only (every string is the user's); it
 * never takes the pointer. Long-lived: `kill()` removes it.
 */
import './link-tooltip.css';
import { type LinkSummary, linkFacts, shortUrl } from './link-summary';

/** Pixels between the pointer and the box. */
const OFFSET = 14;

/** "first (and 2 more)" or "first". */
function firstAndMore(first: string, count: number): string {
  return count > 1 ? `${first} (and ${(count - 1).toLocaleString('en-GB')} more)` : first;
}

export class LinkTooltip {
  private readonly element: HTMLElement;

  /** Adds the (hidden) box to `container`, the positioned box around the map. */
  constructor(private readonly container: HTMLElement) {
    this.element = document.createElement('div');
    this.element.className = 'link-tooltip';
    this.element.setAttribute('role', 'tooltip');
    this.element.id = 'link-tooltip';
    this.element.hidden = true;
    container.append(this.element);
  }

  /** Shows `link` next to `pointer` (pixels in the container). */
  show(link: LinkSummary, pointer: { x: number; y: number }): void {
    const line = (className: string, text: string) => {
      const p = document.createElement('div');
      p.className = className;
      p.textContent = text;
      return p;
    };
    const rows = [line('link-tooltip-ends', `${link.ends[0].label} — ${link.ends[1].label}`), line('link-tooltip-facts', linkFacts(link))];
    const first = link.evidence[0];
    if (link.via.length > 0) rows.push(line('link-tooltip-evidence', `shares ${firstAndMore(link.via[0]!.label, link.via.length)}`));
    else if (first) rows.push(line('link-tooltip-evidence', `evidence: ${firstAndMore(first.url ? shortUrl(first.url) : first.text, link.evidence.length)}`));
    rows.push(line('link-tooltip-hint', 'Click the link for its details'));
    this.element.replaceChildren(...rows);
    this.element.hidden = false;
    this.move(pointer);
  }

  /** Follows the pointer, kept inside the container (flipped to the left or above near its edges). */
  move(pointer: { x: number; y: number }): void {
    if (this.element.hidden) return;
    const { offsetWidth: w, offsetHeight: h } = this.element;
    const { clientWidth: cw, clientHeight: ch } = this.container;
    const x = pointer.x + OFFSET + w > cw ? Math.max(0, pointer.x - OFFSET - w) : pointer.x + OFFSET;
    const y = pointer.y + OFFSET + h > ch ? Math.max(0, pointer.y - OFFSET - h) : pointer.y + OFFSET;
    this.element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  hide(): void {
    this.element.hidden = true;
  }

  kill(): void {
    this.element.remove();
  }
}

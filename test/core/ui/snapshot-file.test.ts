import { describe, expect, it } from 'vitest';
import { injectSnapshot, snapshotFileName } from '../../../src/ui/share/snapshot-download';

describe('snapshot file', () => {
  it("injectSnapshot(template, json, title) writes a title with $& and $' as text, escaped", () => {
    const html = injectSnapshot('<html><head><title>x</title></head><body></body></html>', '{}', "Costs $& fees $' <b> & co");
    expect(html).toContain("<title>Partnership Atlas snapshot: Costs $&amp; fees $' &lt;b> &amp; co</title>");
    expect(html).toContain('<script type="application/json" id="atlas-snapshot">{}</script>\n</body>');
  });

  it('snapshotFileName(title) folds accents and letters like ß and ø, at most 40 characters', () => {
    expect(snapshotFileName('Großstädte & Ærø — Köln')).toBe('partnership-atlas-grossstadte-aero-koln.html');
    expect(snapshotFileName('***')).toBe('partnership-atlas-snapshot.html');
    expect(snapshotFileName('x'.repeat(100))).toBe(`partnership-atlas-${'x'.repeat(40)}.html`);
  });
});

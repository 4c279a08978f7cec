/**
 * Copying a text to the clipboard, with the fallback browsers need when the
 * clipboard is refused (plain http, a sandboxed frame): the text is selected
 * in its field so the user can copy it with Ctrl+C.
 */

/** Copies `field`'s value; returns the sentence to show under it. */
export async function copyField(field: HTMLInputElement | HTMLTextAreaElement): Promise<string> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(field.value);
    return 'Copied.';
  } catch {
    field.focus();
    field.select();
    return 'The browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac).';
  }
}

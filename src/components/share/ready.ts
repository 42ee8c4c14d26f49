// What the share island and its lazily loaded dialog module share.

/** The event the embed dialog's module dispatches on `document` once loaded, with its opener. */
export const dialogReadyEvent = 'act-share:dialog-ready';

/** Opens the embed dialog of an `<act-share>` element (wiring it on first use). */
export type OpenDialog = (root: HTMLElement) => void;

/** Writes `text` to the clipboard; false when the Clipboard API is missing or refuses. */
export async function copyText(text: string): Promise<boolean> {
  if (!navigator.clipboard) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

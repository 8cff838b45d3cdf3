import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../src/ui/Dialog.js';

describe('Dialog', () => {
  const mount = (root: HTMLElement, open: boolean, onClose: () => void) =>
    render(
      <Dialog open={open} titleId="t" onClose={onClose}>
        <h2 id="t">Sure?</h2>
      </Dialog>,
      root,
    );

  /** Mounted open, and shown by the browser. */
  async function opened() {
    const root = document.body.appendChild(document.createElement('div'));
    const onClose = vi.fn();
    mount(root, true, onClose);
    const dialog = root.querySelector('dialog')!;
    await vi.waitFor(() => expect(dialog.open).toBe(true));
    return { root, onClose, dialog };
  }

  it('a close event left over from closing does not close it once reopened', async () => {
    const { root, onClose, dialog } = await opened();
    mount(root, false, onClose);
    await vi.waitFor(() => expect(dialog.open).toBe(false));
    // Reopened in state, and the browser's close event for the earlier close() only arrives now.
    mount(root, true, onClose);
    dialog.dispatchEvent(new Event('close'));
    await vi.waitFor(() => expect(dialog.open).toBe(true));
    expect(root.querySelector('h2')?.textContent).toBe('Sure?');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('a close the browser makes on its own (a dialog form) is reported once', async () => {
    const { onClose, dialog } = await opened();
    dialog.close();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

// A modal confirmation on the native <dialog>: the browser traps focus, Esc cancels, and focus
// returns to the opener when it closes.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  open: boolean;
  titleId: string;
  onClose: () => void;
  children: ComponentChildren;
}

export function Dialog({ open, titleId, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  /** Shown by us and not closed by us since: only then is a close event news. */
  const shown = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      shown.current = true;
    }
    if (!open && dialog.open) {
      shown.current = false;
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        // Esc: let our state close it, so the two never disagree.
        e.preventDefault();
        onClose();
      }}
      // The browser fires close a task after close(): by then a quick click may have opened the
      // dialog again in our state, and that stale event must not close it.
      onClose={() => {
        if (!shown.current) return;
        shown.current = false;
        onClose();
      }}
    >
      {open && children}
    </dialog>
  );
}

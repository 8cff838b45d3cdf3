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
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
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
      onClose={() => open && onClose()}
    >
      {open && children}
    </dialog>
  );
}

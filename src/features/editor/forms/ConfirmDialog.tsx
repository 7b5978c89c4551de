import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog asking to confirm what a form is about to do (delete an entity, a line).
 * Cancel has the focus first, so Enter alone changes nothing; Escape closes the dialog only
 * and must not also clear the explorer's selection.
 */
export function ConfirmDialog({
  label,
  onCancel,
  children,
}: {
  label: string;
  onCancel?: () => void;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog?.querySelector<HTMLButtonElement>('.edit-actions button:not(.edit-primary)')?.focus();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog edit-dialog"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel?.();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
      {children}
    </dialog>
  );
}

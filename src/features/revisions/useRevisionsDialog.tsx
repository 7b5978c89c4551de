import { useCallback, useRef, useState, type ReactNode } from 'react';
import { RevisionsDialog } from './RevisionsDialog';

/**
 * Opens the list of revisions from any control, and gives focus back to that control when the
 * list closes (by its button, Escape or the browser's own dialog closing).
 */
export function useRevisionsDialog(): { open: () => void; dialog: ReactNode } {
  const [isOpen, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
  }, []);
  return { open, dialog: isOpen ? <RevisionsDialog onClose={close} /> : null };
}

import { useEffect } from 'react';
import { useAppStore } from '../../state/store';

/**
 * Leaving the page with edits that were never downloaded asks first. (The work is also kept in
 * this browser by the autosave, but a browser's storage is not a file the author owns.)
 */
export function useUnloadGuard(): void {
  const unsaved = useAppStore((s) => s.unsavedChanges);
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);
}

import { useEffect } from 'react';
import type { AppStore } from '../../state/store';

/**
 * Ctrl/Cmd+Z undoes the last edit, Ctrl/Cmd+Shift+Z (and Ctrl+Y) redoes it, while editing. In a
 * text field the browser's own undo of the typing comes first.
 */
export function useEditKeys(store: AppStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = store.getState();
      if (!state.editing || event.defaultPrevented || event.altKey) return;
      if (event.key === 'Escape' && (state.connecting || state.pendingConnection)) {
        event.preventDefault();
        state.clearConnection();
        return;
      }
      if (!(event.ctrlKey || event.metaKey)) return;
      const target = event.target instanceof Element ? event.target : null;
      const typing = target?.closest(
        'input:not([readonly]), textarea:not([readonly], [aria-readonly="true"]), select, [contenteditable="true"]',
      );
      if (typing) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const undo = key === 'z' && !event.shiftKey;
      if (!undo && !redo) return;
      event.preventDefault();
      if (redo) state.redo();
      else state.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

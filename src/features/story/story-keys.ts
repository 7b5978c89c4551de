/** The presenter's keys and what each does; shared by the audience window and the console. */
import { useEffect } from 'react';
import type { UiLang } from '../../i18n';
import type { AppStore } from '../../state/store';
import { leaveFullscreen } from './fullscreen';

export type StoryKeyAction = 'next' | 'prev' | 'first' | 'last' | 'exit';

/**
 * The presenter's keys. Space, Enter and Page Down always advance, Page Up goes back, Home and
 * End jump to the first and last step, Esc leaves. The arrows follow the reading direction:
 * in English → is next and ← is back; in Arabic (right to left) ← is next and → is back.
 */
export function storyKeyAction(key: string, lang: UiLang): StoryKeyAction | null {
  const rtl = lang === 'ar';
  switch (key) {
    case 'ArrowRight':
      return rtl ? 'prev' : 'next';
    case 'ArrowLeft':
      return rtl ? 'next' : 'prev';
    case 'PageDown':
    case ' ':
    case 'Spacebar':
    case 'Enter':
      return 'next';
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
    case 'Esc':
      return 'exit';
    default:
      return null;
  }
}

export function runStoryAction(store: AppStore, action: StoryKeyAction): void {
  const state = store.getState();
  if (action === 'next') state.nextStep();
  else if (action === 'prev') state.prevStep();
  else if (action === 'first') state.firstStep();
  else if (action === 'last') state.lastStep();
  else {
    state.endStory();
    leaveFullscreen();
  }
}

/**
 * The story's keys, for the whole page while a story is shown (presenting, or the presenter
 * console). Mounted by the app shell, not by the lazily loaded player: a key pressed right after
 * opening a story link, before the player's code has arrived, still turns the step.
 */
export function useStoryKeys(store: AppStore) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = store.getState();
      if (!state.story || !(state.presenting || state.presenterConsole)) return;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      const action = storyKeyAction(event.key, state.lang);
      if (!action) return;
      // Space and Enter on a button press that button, not the story.
      const pressesControl = event.key === ' ' || event.key === 'Enter';
      if (pressesControl && target?.closest('button, a[href], summary')) return;
      event.preventDefault();
      runStoryAction(store, action);
    };
    // Capture, so Esc leaves the story before the explorer's Esc clears the selection.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store]);
}

/**
 * The presenter console and the audience window kept on the same step: each window posts its
 * step when it changes, and goes to a step the other posts (BroadcastChannel: same origin, same
 * browser, no server). Nothing loops: a window already on the step posted ignores it. Leaving
 * the story in one window (Esc, "Leave the story") ends it in the other; a step posted to a
 * window that has left (the console after Esc) starts the story there again.
 */
import { useEffect } from 'react';
import type { AppStore } from '../../state/store';

export type StepMessage = { story: string; step: number } | { story: string; ended: true };

export function useStoryChannel(store: AppStore, datasetId: string | undefined): void {
  useEffect(() => {
    if (!datasetId || typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(`relgraph-story:${datasetId}`);
    channel.onmessage = (event: MessageEvent<StepMessage>) => {
      const message = event.data;
      if (typeof message?.story !== 'string') return;
      const state = store.getState();
      const story = state.story;
      if ('ended' in message) {
        if (story?.id === message.story) state.endStory();
      } else if (typeof message.step !== 'number') return;
      else if (!story || story.id !== message.story) {
        // Only the two windows of one briefing follow each other: another tab, even one playing
        // another story of this dataset, is left alone.
        if (state.presenterConsole || state.consoleOpened) {
          state.startStory(message.story, message.step);
        }
      } else if (message.step !== story.step) state.goToStep(message.step);
    };
    const post = (message: StepMessage) => channel.postMessage(message);
    const story = store.getState().story;
    // A window that opens says where it is, so the other one can follow.
    if (story) post({ story: story.id, step: story.step });
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.story === previous.story) return;
      if (next.story) post({ story: next.story.id, step: next.story.step });
      else if (previous.story) post({ story: previous.story.id, ended: true });
    });
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [store, datasetId]);
}

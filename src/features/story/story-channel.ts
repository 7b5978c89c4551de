/**
 * The presenter console and the audience window kept on the same step: each window posts its
 * step when it changes, and goes to a step the other posts (BroadcastChannel: same origin, same
 * browser, no server). Nothing loops: a window already on the step posted ignores it.
 */
import { useEffect } from 'react';
import type { AppStore } from '../../state/store';

export interface StepMessage {
  story: string;
  step: number;
}

export function useStoryChannel(store: AppStore, datasetId: string | undefined): void {
  useEffect(() => {
    if (!datasetId || typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(`relgraph-story:${datasetId}`);
    channel.onmessage = (event: MessageEvent<StepMessage>) => {
      const message = event.data;
      const story = store.getState().story;
      if (!story || story.id !== message?.story || typeof message.step !== 'number') return;
      if (message.step !== story.step) store.getState().goToStep(message.step);
    };
    const post = () => {
      const story = store.getState().story;
      if (story) channel.postMessage({ story: story.id, step: story.step } satisfies StepMessage);
    };
    // A window that opens says where it is, so the other one can follow.
    post();
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.story && next.story !== previous.story) post();
    });
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [store, datasetId]);
}

import { useCallback } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useAppStoreApi, type AppStore } from '../../state/store';

/**
 * A "How are these connected?" question that still lacks an end. It is not part of the URL (only
 * complete questions are: `pathQuery`), so it lives here, one per explorer store.
 */
export interface PathDraft {
  from: string | null;
  to: string | null;
  directed: boolean;
  /** Bumped whenever the empty end's picker should take the keyboard focus. */
  focusSeq: number;
}

interface DraftState {
  draft: PathDraft | null;
  setDraft: (draft: PathDraft | null) => void;
}

const drafts = new WeakMap<AppStore, StoreApi<DraftState>>();

export function draftStoreFor(app: AppStore): StoreApi<DraftState> {
  let store = drafts.get(app);
  if (!store) {
    store = createStore<DraftState>()((set) => ({
      draft: null,
      setDraft: (draft) => set({ draft }),
    }));
    drafts.set(app, store);
  }
  return store;
}

export function usePathDraft(): PathDraft | null {
  return useStore(draftStoreFor(useAppStoreApi()), (s) => s.draft);
}

/**
 * Uses an entity as an end of the question. When a question is waiting for its other end, this
 * completes it (and it becomes `pathQuery`, highlighted on the graph); otherwise it starts a new
 * question from this entity and asks for the other end.
 */
export function connectEntity(app: AppStore, id: string): void {
  // The question is answered on the graph (the panel floats over it).
  if (app.getState().view !== 'graph') app.getState().setView('graph');
  const drafts = draftStoreFor(app);
  const { draft } = drafts.getState();
  const waiting = draft && (draft.from === null) !== (draft.to === null);
  if (draft && waiting && draft.from !== id && draft.to !== id) {
    drafts.getState().setDraft(null);
    app.getState().setPathQuery({
      from: draft.from ?? id,
      to: draft.to ?? id,
      directed: draft.directed,
    });
    return;
  }
  const directed = app.getState().pathQuery?.directed ?? draft?.directed ?? false;
  app.getState().setPathQuery(null);
  drafts
    .getState()
    .setDraft({ from: id, to: null, directed, focusSeq: (draft?.focusSeq ?? 0) + 1 });
}

export function useConnectEntity(): (id: string) => void {
  const app = useAppStoreApi();
  return useCallback((id: string) => connectEntity(app, id), [app]);
}

import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/** "How are these connected?": two entities and whether direction matters. */
export interface PathQuery {
  from: string;
  to: string;
  directed: boolean;
}

export interface PathsSlice {
  pathQuery: PathQuery | null;
  setPathQuery: (query: PathQuery | null) => void;
}

export const createPathsSlice: StateCreator<AppState, [], [], PathsSlice> = (set) => ({
  pathQuery: null,
  setPathQuery: (pathQuery) => set({ pathQuery }),
});

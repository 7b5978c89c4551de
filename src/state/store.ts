import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDataSlice, type DataSlice } from './slices/data';
import { createEditSlice, installEditEffects, type EditSlice } from './slices/edit';
import { createEmbedSlice, type EmbedSlice } from './slices/embed';
import { createFiltersSlice, type FiltersSlice } from './slices/filters';
import { createPathsSlice, type PathsSlice } from './slices/paths';
import { createRevisionsSlice, type RevisionsSlice } from './slices/revisions';
import { createSelectionSlice, type SelectionSlice } from './slices/selection';
import { createStorySlice, installStoryEffects, type StorySlice } from './slices/story';
import { createViewSlice, type ViewSlice } from './slices/view';

export type AppState = DataSlice &
  SelectionSlice &
  ViewSlice &
  FiltersSlice &
  PathsSlice &
  EmbedSlice &
  StorySlice &
  RevisionsSlice &
  EditSlice;
export type AppStore = StoreApi<AppState>;

/** One store per mounted explorer (tests and embeds get their own). */
export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createFiltersSlice(...a),
    ...createPathsSlice(...a),
    ...createEmbedSlice(...a),
    ...createStorySlice(...a),
    ...createRevisionsSlice(...a),
    ...createEditSlice(...a),
  }));
  installStoryEffects(store);
  installEditEffects(store);
  if (Object.keys(initial).length > 0) store.setState(initial);
  return store;
}

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreContext.Provider>');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

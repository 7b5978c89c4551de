import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS } from '../../model/filters';
import type { GraphIndex } from '../../model/graph-index';
import type { Problem } from '../../model/problems';
import type { AppState } from '../store';

/** Why a dataset file could not even be read (before any validation). */
export interface Unreachable {
  reason: 'http' | 'network' | 'crossOrigin' | 'notHttp' | 'tooLarge';
  params: Record<string, string | number>;
}

export type LoadState =
  | { status: 'loading'; file: string }
  | { status: 'ready'; file: string; index: GraphIndex; warnings: Problem[] }
  | { status: 'invalid'; file: string; problems: Problem[] }
  | { status: 'unreachable'; file: string; error: Unreachable };

export interface DataSlice {
  load: LoadState;
  /**
   * The name of the file(s) the reader opened in this browser (File menu, drop) while they are
   * shown; null for the app's own dataset or a `graph` link. The URL says `open=session`.
   */
  openedFile: string | null;
  datasetLoading: (file: string) => void;
  datasetReady: (file: string, index: GraphIndex, warnings: Problem[]) => void;
  datasetInvalid: (file: string, problems: Problem[]) => void;
  datasetUnreachable: (file: string, error: Unreachable) => void;
  /**
   * Shows a dataset read from the reader's own file(s). Nothing that referred to the previous
   * dataset carries over: selection, path, filters and story are reset in the same update.
   */
  fileOpened: (file: string, index: GraphIndex, warnings: Problem[]) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  load: { status: 'loading', file: '' },
  openedFile: null,
  datasetLoading: (file) => set({ load: { status: 'loading', file } }),
  datasetReady: (file, index, warnings) =>
    set({ load: { status: 'ready', file, index, warnings } }),
  datasetInvalid: (file, problems) => set({ load: { status: 'invalid', file, problems } }),
  datasetUnreachable: (file, error) => set({ load: { status: 'unreachable', file, error } }),
  fileOpened: (file, index, warnings) =>
    set({
      load: { status: 'ready', file, index, warnings },
      openedFile: file,
      selection: null,
      hover: null,
      pathQuery: null,
      filters: EMPTY_FILTERS,
      story: null,
      presenting: false,
      filtersBeforeStory: null,
    }),
});

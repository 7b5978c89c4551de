import type { StateCreator } from 'zustand';
import type { GraphIndex } from '../../model/graph-index';
import type { Problem } from '../../model/problems';
import type { AppState } from '../store';

/** Why a dataset file could not even be read (before any validation). */
export interface Unreachable {
  reason: 'http' | 'network' | 'crossOrigin' | 'tooLarge';
  params: Record<string, string | number>;
}

export type LoadState =
  | { status: 'loading'; file: string }
  | { status: 'ready'; file: string; index: GraphIndex; warnings: Problem[] }
  | { status: 'invalid'; file: string; problems: Problem[] }
  | { status: 'unreachable'; file: string; error: Unreachable };

export interface DataSlice {
  load: LoadState;
  datasetLoading: (file: string) => void;
  datasetReady: (file: string, index: GraphIndex, warnings: Problem[]) => void;
  datasetInvalid: (file: string, problems: Problem[]) => void;
  datasetUnreachable: (file: string, error: Unreachable) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  load: { status: 'loading', file: '' },
  datasetLoading: (file) => set({ load: { status: 'loading', file } }),
  datasetReady: (file, index, warnings) =>
    set({ load: { status: 'ready', file, index, warnings } }),
  datasetInvalid: (file, problems) => set({ load: { status: 'invalid', file, problems } }),
  datasetUnreachable: (file, error) => set({ load: { status: 'unreachable', file, error } }),
});

import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/**
 * `v=<n>`: the version of the dataset a link was made for (src/model/revisions.ts). Read from
 * the URL and written back only when the link carried it; when the data shown is newer, the
 * reader is told (src/features/revisions).
 */
export interface RevisionsSlice {
  linkVersion: number | null;
}

export const createRevisionsSlice: StateCreator<AppState, [], [], RevisionsSlice> = () => ({
  linkVersion: null,
});

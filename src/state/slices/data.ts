import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS } from '../../model/filters';
import { buildIndex, type GraphIndex } from '../../model/graph-index';
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
  /**
   * A layout computed in the page (the force layout of a large graph) becomes the dataset's
   * stored positions: downloads carry it, and the graph is not laid out again. Ignored when
   * `of` is no longer the dataset shown.
   */
  positionsArranged: (of: GraphIndex, positions: ReadonlyMap<string, Position>) => void;
}

type Position = { x: number; y: number };

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
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
  positionsArranged: (of, positions) => {
    const load = get().load;
    if (load.status !== 'ready' || load.index !== of) return;
    const data = {
      ...of.data,
      entities: of.data.entities.map((entity) => {
        const position = positions.get(entity.id);
        return position ? { ...entity, position } : entity;
      }),
    };
    set({ load: { ...load, index: buildIndex(data) } });
  },
});

/**
 * Edit mode ("Make your own", #12): the dataset shown becomes the reader's working copy. Every
 * change is a command of src/model/edit, whose patch goes on the undo stack; undo and redo
 * apply the patches (inverted or as they are) to the dataset shown. The autosave
 * (src/state/edit-draft.ts) keeps a draft of it in the browser.
 *
 * Rules the slice keeps:
 * - History belongs to one dataset. When another dataset arrives by any other road (a file
 *   opened, a dataset loaded, `datasetReady`), installEditEffects clears it. A force layout
 *   storing its positions in the edited dataset (data.ts `positionsArranged`) is not another
 *   dataset: history is kept (an undo then gives an entity its position from before the edit).
 * - Undo and redo do not bring a selection back: an element an edit removed was unselected
 *   then, and stays so when the undo restores it. A selection, hover, keyboard cursor or path
 *   end whose element is gone after an edit, undo or redo is cleared.
 * - A filter listing kinds, relation types or sources follows the edit (mendFilters): what was
 *   removed leaves the list, what was added joins it, and a removed claimant is no filter.
 * - editProblems are what the incremental check (checkTouched) finds in the edited dataset.
 *   After each patch the elements it touched and every element that had a problem before are
 *   checked again in one call; its result replaces the list. So a problem goes as soon as it
 *   is fixed, by whichever edit, and one on an untouched element stays (with its path updated
 *   when the element moved). A problem that names no element of a list nor a dataset field is
 *   not carried over. load.warnings become the warnings among them.
 * - unsavedChanges is true from the first change after a load or a download; an undo back to
 *   the downloaded state still counts as a change.
 */
import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, mendFilters } from '../../model/filters';
import { buildIndex, type GraphIndex } from '../../model/graph-index';
import { applyPatch, invertPatch } from '../../model/edit/patch';
import type { CheckResult, DatasetInfo, EditAction, Patch, Refused } from '../../model/edit';
import { loadDatasetValue } from '../../model/load';
import type { EditEngine } from '../edit-engine';
import type { Problem } from '../../model/problems';
import type { Dataset } from '../../model/schema';
import type { Draft } from '../edit-draft';
import { selectIndex } from '../selectors';
import type { AppState, AppStore } from '../store';

export interface EditEntry {
  /** What the step did, as the suffix of an i18n key ("addEntity"): "Undo add entity". */
  action: string;
  patch: Patch;
  /** Date.now() when it was done. */
  at: number;
}

/**
 * What the browser does with the draft: 'ok' (kept), 'unavailable' (no storage here, e.g. a
 * private window: the work lives only in this page), 'full' (the quota is used up) or
 * 'otherTab' (another tab edits the same dataset, so this one does not write).
 */
export type StorageStatus = 'ok' | 'unavailable' | 'full' | 'otherTab';

/** Undo steps kept; older ones are dropped. */
export const MAX_UNDO = 200;

export interface EditSlice {
  /** Edit mode is on (the URL's `edit=1`). */
  editing: boolean;
  setEditing: (on: boolean) => void;
  /** Oldest first; the last entry is undone next. */
  undoStack: EditEntry[];
  /** The last entry is redone next; any new edit clears it. */
  redoStack: EditEntry[];
  /** Changes made since the dataset was loaded or last downloaded. */
  unsavedChanges: boolean;
  /** Grows by one with every change of the edited dataset (the autosave writes on it). */
  editRevision: number;
  /** What the incremental check found in the edited dataset (see the rules above). */
  editProblems: Problem[];
  /** When a saved draft was brought back (Date.now()), until another dataset is shown. */
  restoredAt: number | null;
  storageStatus: StorageStatus;
  setStorageStatus: (status: StorageStatus) => void;
  /**
   * Shows the result of a command of src/model/edit made from the dataset shown
   * (selectEditedDataset) and records it as one undo step. Ignored unless a dataset is shown,
   * and for an empty patch.
   */
  applyEdit: (result: { dataset: Dataset; patch: Patch }, action: EditAction) => void;
  undo: () => void;
  redo: () => void;
  /** A new, empty dataset, shown in edit mode as `<id>.json`; refused for a bad id or title. */
  newDataset: (info: DatasetInfo) => { ok: true } | Refused;
  /** The edited dataset was downloaded: nothing is unsaved. */
  markDownloaded: () => void;
  /**
   * "Connect": the next entity picked on the graph (a line drawn to it, a tap, Enter on it)
   * is the other end of a new relation from `from` (null: the first pick is the start).
   */
  connecting: { from: string | null } | null;
  /** "Tidy" asked (a counter): the graph places the entities without a place, and the selected one. */
  tidyRequest: number;
  requestTidy: () => void;
  setConnecting: (connecting: { from: string | null } | null) => void;
  /** Both ends are known: the editor asks for the words that say so, then makes the relation. */
  pendingConnection: { source: string; target: string } | null;
  connectionPicked: (id: string) => void;
  connectionDrawn: (source: string, target: string) => void;
  clearConnection: () => void;
  /** Nodes dropped on the canvas while editing: their positions are stored, one undo step. */
  positionsDragged: (positions: ReadonlyMap<string, { x: number; y: number }>) => void;
  /**
   * Shows a saved draft with its history, in edit mode. A draft that does not pass the
   * loader's checks (an older app's, a damaged one) is refused and nothing changes.
   */
  draftRestored: (draft: Draft) => CheckResult;
}

let engine: EditEngine | null = null;

/**
 * The editor's code brings the heavier half of editing (edit-engine.ts) and hands it over here
 * when it loads; until then nothing can be edited, so nothing needs it.
 */
export function provideEditEngine(provided: EditEngine): void {
  engine = provided;
}

function editEngineOrThrow(): EditEngine {
  if (!engine) throw new Error('relgraph: the edit engine is not loaded (provideEditEngine)');
  return engine;
}

/** Indexes this slice made: any other index shown is another dataset (installEditEffects). */
const editedIndexes = new WeakSet<GraphIndex>();
/** The patch each edit, undo or redo applied to the dataset before it, for the graph's redraw. */
const editPatches = new WeakMap<GraphIndex, Patch>();

/**
 * The patch that made `index` from the dataset shown before it, when an edit, undo or redo
 * did: the graph then redraws those elements instead of laying everything out again.
 */
export function editPatchOf(index: GraphIndex | null): Patch | undefined {
  return index ? editPatches.get(index) : undefined;
}

const NO_HISTORY = {
  undoStack: [] as EditEntry[],
  redoStack: [] as EditEntry[],
  editProblems: [] as Problem[],
  unsavedChanges: false,
  restoredAt: null,
} satisfies Partial<EditSlice>;

export const createEditSlice: StateCreator<AppState, [], [], EditSlice> = (set, get) => {
  /** Shows `data` (the result of `patch` on the dataset shown) with the stacks given. */
  const commit = (
    data: Dataset,
    patch: Patch,
    stacks: Pick<EditSlice, 'undoStack' | 'redoStack'>,
  ) => {
    const state = get();
    if (state.load.status !== 'ready') return;
    const index = buildIndex(data);
    editedIndexes.add(index);
    editPatches.set(index, patch);
    const editProblems =
      engine?.nextProblems(state.load.index.data, state.editProblems, data, patch) ??
      state.editProblems;
    set({
      load: {
        ...state.load,
        index,
        warnings: editProblems.filter((p) => p.severity === 'warning'),
      },
      ...stacks,
      unsavedChanges: true,
      editRevision: state.editRevision + 1,
      editProblems,
      ...selectionHygiene(state, index),
      ...filterHygiene(state, data),
    });
  };

  /** Undo (from 'undoStack') or redo (from 'redoStack') one step. */
  const step = (from: 'undoStack' | 'redoStack') => {
    const state = get();
    if (state.load.status !== 'ready') return;
    const entry = state[from].at(-1);
    if (!entry) return;
    const patch = from === 'undoStack' ? invertPatch(entry.patch) : entry.patch;
    let data: Dataset;
    try {
      data = applyPatch(state.load.index.data, patch);
    } catch (error) {
      // The dataset changed under the history (a bug elsewhere): the history no longer fits.
      console.warn('relgraph: the edit history does not fit the dataset shown; cleared', error);
      set({ undoStack: [], redoStack: [] });
      return;
    }
    const rest = state[from].slice(0, -1);
    if (from === 'undoStack') {
      commit(data, patch, { undoStack: rest, redoStack: [...state.redoStack, entry] });
    } else {
      commit(data, patch, { undoStack: capped([...state.undoStack, entry]), redoStack: rest });
    }
  };

  return {
    editing: false,
    setEditing: (editing) =>
      set(editing ? { editing } : { editing, connecting: null, pendingConnection: null }),
    connecting: null,
    pendingConnection: null,
    tidyRequest: 0,
    requestTidy: () => set({ tidyRequest: get().tidyRequest + 1 }),
    setConnecting: (connecting) => set({ connecting }),
    connectionPicked: (id) => {
      const connecting = get().connecting;
      if (!connecting) return;
      if (connecting.from === null || connecting.from === id) set({ connecting: { from: id } });
      else get().connectionDrawn(connecting.from, id);
    },
    connectionDrawn: (source, target) =>
      set({ connecting: null, pendingConnection: source === target ? null : { source, target } }),
    clearConnection: () => set({ connecting: null, pendingConnection: null }),
    undoStack: [],
    redoStack: [],
    unsavedChanges: false,
    editRevision: 0,
    editProblems: [],
    restoredAt: null,
    storageStatus: 'ok',
    setStorageStatus: (storageStatus) => {
      if (get().storageStatus !== storageStatus) set({ storageStatus });
    },
    applyEdit: (result, action) => {
      const state = get();
      if (state.load.status !== 'ready' || result.patch.length === 0) return;
      const entry: EditEntry = { action, patch: result.patch, at: Date.now() };
      commit(result.dataset, result.patch, {
        undoStack: capped([...state.undoStack, entry]),
        redoStack: [],
      });
    },
    positionsDragged: (positions) => {
      const state = get();
      if (!state.editing || state.load.status !== 'ready' || !engine) return;
      const result = engine.moveEntities(state.load.index.data, positions);
      if (result.ok && result.patch.length > 0) get().applyEdit(result, 'moveEntities');
    },
    undo: () => step('undoStack'),
    redo: () => step('redoStack'),
    newDataset: (info) => {
      const created = editEngineOrThrow().createDataset(info);
      if (!created.ok) return created;
      const index = buildIndex(created.dataset);
      editedIndexes.add(index);
      const file = `${created.dataset.id}.json`;
      set({
        load: { status: 'ready', file, index, warnings: [] },
        openedFile: file,
        ...NOTHING_SHOWN,
        ...NO_HISTORY,
        editing: true,
        editRevision: get().editRevision + 1,
      });
      return { ok: true };
    },
    markDownloaded: () => set({ unsavedChanges: false }),
    draftRestored: (draft) => {
      const loaded = loadDatasetValue(draft.dataset);
      const checked: CheckResult = loaded.ok ? { ok: true, warnings: loaded.warnings } : loaded;
      if (!checked.ok) return checked;
      const state = get();
      const index = buildIndex(draft.dataset);
      editedIndexes.add(index);
      const sameFile = state.load.file === draft.file;
      set({
        load: { status: 'ready', file: draft.file, index, warnings: checked.warnings },
        // The app's own dataset or a `graph` link stays what it was; another file is the reader's.
        openedFile: sameFile ? state.openedFile : draft.file,
        ...(sameFile ? selectionHygiene(state, index) : NOTHING_SHOWN),
        undoStack: capped(draft.undoStack),
        redoStack: draft.redoStack.slice(-MAX_UNDO),
        editProblems: checked.warnings,
        unsavedChanges: true,
        restoredAt: Date.now(),
        editing: true,
        // Past the draft's own, so the autosave writes it back from this tab.
        editRevision: Math.max(state.editRevision, draft.revision) + 1,
      });
      return checked;
    },
  };
};

/** What fileOpened resets: nothing that referred to the previous dataset carries over. */
const NOTHING_SHOWN = {
  selection: null,
  hover: null,
  cursor: null,
  pathQuery: null,
  filters: EMPTY_FILTERS,
  story: null,
  presenting: false,
  filtersBeforeStory: null,
} satisfies Partial<AppState>;

function capped(stack: EditEntry[]): EditEntry[] {
  return stack.length > MAX_UNDO ? stack.slice(stack.length - MAX_UNDO) : stack;
}

/** Clears what points at an element the index no longer has. */
function selectionHygiene(state: AppState, index: GraphIndex): Partial<AppState> {
  const out: Partial<AppState> = {};
  const { selection, hover, cursor, pathQuery } = state;
  if (selection) {
    const there =
      selection.type === 'node'
        ? index.entities.has(selection.id)
        : index.edgeById.has(selection.id);
    if (!there) out.selection = null;
  }
  if (hover && !index.entities.has(hover.id) && !index.edgeById.has(hover.id)) out.hover = null;
  if (cursor !== null && !index.entities.has(cursor)) out.cursor = null;
  if (pathQuery && !(index.entities.has(pathQuery.from) && index.entities.has(pathQuery.to))) {
    out.pathQuery = null;
  }
  return out;
}

/** Filters naming what an edit removed let go of it; what it added is not hidden at once. */
function filterHygiene(state: AppState, data: Dataset): Partial<AppState> {
  if (state.load.status !== 'ready') return {};
  const filters = mendFilters(state.filters, state.load.index.data, data);
  return filters === state.filters ? {} : { filters };
}

/** Whether `next` is `previous` with positions stored by the force layout, and nothing else. */
function onlyPositions(previous: Dataset, next: Dataset): boolean {
  if (previous.entities.length !== next.entities.length) return false;
  for (const key of Object.keys({ ...previous, ...next }) as (keyof Dataset)[]) {
    if (key !== 'entities' && previous[key] !== next[key]) return false;
  }
  return previous.entities.every((entity, i) => {
    const other = next.entities[i];
    if (!other || other.id !== entity.id) return false;
    // data.ts puts the position where the entity had it, or last: the same text but for it.
    return JSON.stringify(entity) === JSON.stringify({ ...other, position: entity.position });
  });
}

/**
 * Clears the history (and what goes with it) when the store shows another dataset than the
 * one this slice last made: a file opened, a dataset loaded, the loading state.
 */
export function installEditEffects(store: AppStore): () => void {
  return store.subscribe((next, previous) => {
    const index = selectIndex(next);
    const before = selectIndex(previous);
    if (index === before || (index && editedIndexes.has(index))) return;
    if (index && before && editedIndexes.has(before) && onlyPositions(before.data, index.data)) {
      editedIndexes.add(index);
      return;
    }
    const s = store.getState();
    if (
      s.undoStack.length > 0 ||
      s.redoStack.length > 0 ||
      s.editProblems.length > 0 ||
      s.unsavedChanges ||
      s.restoredAt !== null
    ) {
      store.setState(NO_HISTORY);
    }
  });
}

export const selectCanUndo = (s: AppState): boolean =>
  s.load.status === 'ready' && s.undoStack.length > 0;

export const selectCanRedo = (s: AppState): boolean =>
  s.load.status === 'ready' && s.redoStack.length > 0;

/** The dataset edits apply to (the one shown), or null while none is. */
export const selectEditedDataset = (s: AppState): Dataset | null =>
  s.load.status === 'ready' ? s.load.index.data : null;

/**
 * What Tidy places: entities added while editing that have no stored place yet (a dataset
 * laid out on load has none at all, and its arrangement is still the author's), and the
 * selected entity.
 */
export function selectTidyIds(s: AppState): Set<string> {
  const ids = new Set<string>();
  if (s.load.status !== 'ready') return ids;
  const added = new Set<string>();
  for (const entry of s.undoStack) {
    for (const change of entry.patch) {
      if (change.kind === 'item' && change.collection === 'entities' && !change.before) {
        added.add(change.id);
      }
    }
  }
  for (const entity of s.load.index.data.entities) {
    if (!entity.position && added.has(entity.id)) ids.add(entity.id);
  }
  if (s.selection?.type === 'node') ids.add(s.selection.id);
  return ids;
}

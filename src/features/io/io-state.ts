/**
 * What the File menu, the drop zone and the status strip share about opening files: the file
 * being read, the last one opened, the error report. Kept beside the app's store (one per
 * mounted explorer) rather than in it: none of it belongs in the URL or outlives the page.
 * Texts are stored as data and translated when shown, so switching language updates them.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ImportProblem } from '../../io';
import type { ReadStage } from '../../io/read-graph';
import { useAppStoreApi, type AppStore } from '../../state/store';

export interface OpenedSummary {
  file: string;
  entities: number;
  relations: number;
  warnings: ImportProblem[];
  /** False when the browser would not store the file: a reload will not bring it back. */
  persisted: boolean;
}

export interface ErrorReport {
  /** The file(s) that could not be opened, as the reader named them. */
  file: string;
  problems: ImportProblem[];
  /**
   * No report from the importer: a file could not even be read from disk (moved, no
   * permission), or opening it hit a bug of ours.
   */
  failure?: { kind: 'unreadable' | 'internal'; file: string; detail: string };
}

export interface IoState {
  /** The file(s) being read and imported right now. */
  busy: string | null;
  /** How far opening `busy` has got (read-graph.ts), null before the first step is heard. */
  stage: ReadStage | null;
  /** The reader cancelled opening this file; the graph on screen did not change. */
  cancelled: string | null;
  /** The file(s) opened last in this page, while they are shown. */
  opened: OpenedSummary | null;
  /** Whether "Opened …" should be announced (a fresh open, not a reload). */
  announce: boolean;
  /** The warnings list of the opened file is shown. */
  warningsOpen: boolean;
  /** Why the last attempt failed (shown in a dialog); the graph on screen did not change. */
  report: ErrorReport | null;
  /** The URL said `open=session` but this browser has no stored file. */
  notStored: boolean;
  /** Files are being dragged over the window. */
  dragging: boolean;
}

const INITIAL: IoState = {
  busy: null,
  stage: null,
  cancelled: null,
  opened: null,
  announce: false,
  warningsOpen: false,
  report: null,
  notStored: false,
  dragging: false,
};

const states = new WeakMap<AppStore, StoreApi<IoState>>();

export function ioState(app: AppStore): StoreApi<IoState> {
  let state = states.get(app);
  if (!state) {
    state = createStore<IoState>()(() => ({ ...INITIAL }));
    states.set(app, state);
  }
  return state;
}

export function useIoState<T>(selector: (state: IoState) => T): T {
  return useStore(ioState(useAppStoreApi()), selector);
}

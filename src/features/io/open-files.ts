/**
 * Opening the reader's own files: check sizes before reading, read, import (src/io), validate
 * and index (src/model), then show. Any failure leaves the graph on screen as it was and says
 * what is wrong, where, and how to fix it. The drop zone, the file picker and the restore on
 * reload all go through here.
 */
import type { ImportProblem, InputFile } from '../../io';
import { ACCEPTED_EXTENSIONS } from '../../io/formats';
import { ReadCancelled, readGraphOffThread } from '../../io/read-graph-client';
import { MAX_DATASET_BYTES } from '../../model/parse-json';
import { problem } from '../../model/problems';
import type { AppStore } from '../../state/store';
import { ioState } from './io-state';
import { sessionFileStore, type SessionFileStore } from './session-file';

/** What the file picker offers: every extension a format of src/io/formats.ts reads. */
export const ACCEPTED_FILES = ACCEPTED_EXTENSIONS;

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** What the app calls a set of files: their names, in the order given. */
export function displayName(names: readonly string[]): string {
  return names.join(', ');
}

/** The size limit, checked on `File.size` before a byte is read. */
export function oversized(files: readonly Pick<File, 'name' | 'size'>[]): ImportProblem[] {
  return files
    .filter((file) => file.size > MAX_DATASET_BYTES)
    .map((file) => ({
      ...problem('tooLarge', [], { size: mb(file.size), max: mb(MAX_DATASET_BYTES) }),
      at: { file: file.name },
    }));
}

export interface OpenOptions {
  /** A fresh open (announced, stored for reloads); false when restoring after a reload. */
  fresh?: boolean;
  session?: SessionFileStore;
  /** Started by openFiles before the bytes are read, so Cancel works from the first moment. */
  controller?: AbortController;
}

let latest = 0;
/** Stops the file being opened now, if any; a newer open or Cancel calls it. */
let cancelCurrent: (() => void) | null = null;

/** A new open stops the one before it (its result would be dropped anyway). */
function begin(): AbortController {
  cancelCurrent?.();
  const controller = new AbortController();
  cancelCurrent = () => controller.abort();
  return controller;
}

/** Cancel: the file being opened is dropped, the graph on screen stays as it was. */
export function cancelOpening(app: AppStore): void {
  cancelCurrent?.();
  cancelCurrent = null;
  const ui = ioState(app);
  const file = ui.getState().busy;
  if (file) ui.setState({ busy: null, stage: null, cancelled: file });
}

/** Files chosen in the picker or dropped: sizes first, then read and open. */
export async function openFiles(
  app: AppStore,
  files: readonly File[],
  options: OpenOptions = {},
): Promise<boolean> {
  if (files.length === 0) return false;
  const ui = ioState(app);
  const name = displayName(files.map((f) => f.name));
  const tooLarge = oversized(files);
  if (tooLarge.length > 0) {
    ui.setState({ report: { file: name, problems: tooLarge }, busy: null });
    return false;
  }
  const inputs: InputFile[] = [];
  const controller = begin();
  ui.setState({ busy: name, stage: null, cancelled: null, report: null });
  for (const file of files) {
    try {
      inputs.push({ name: file.name, content: await readBytes(file) });
    } catch (error) {
      if (controller.signal.aborted) return false;
      ui.setState({
        busy: null,
        report: {
          file: name,
          problems: [],
          failure: { kind: 'unreadable', file: file.name, detail: message(error) },
        },
      });
      return false;
    }
  }
  if (controller.signal.aborted) return false;
  return openInputs(app, name, inputs, { ...options, controller });
}

/** Imports files already in memory and shows them; false (and a report) when they do not open. */
export async function openInputs(
  app: AppStore,
  name: string,
  inputs: readonly InputFile[],
  options: OpenOptions = {},
): Promise<boolean> {
  const fresh = options.fresh ?? true;
  const ui = ioState(app);
  const attempt = ++latest;
  const fail = (problems: ImportProblem[], detail?: string) => {
    if (attempt !== latest) return false;
    cancelCurrent = null;
    ui.setState({
      busy: null,
      stage: null,
      report: {
        file: name,
        problems,
        ...(detail ? { failure: { kind: 'internal' as const, file: name, detail } } : {}),
      },
    });
    return false;
  };
  const controller = options.controller ?? begin();
  ui.setState({ busy: name, stage: null, cancelled: null, report: null });
  try {
    const loaded = await readGraphOffThread(inputs, {
      signal: controller.signal,
      onStage: (stage) => {
        if (attempt === latest) ui.setState({ stage });
      },
    });
    if (attempt !== latest || controller.signal.aborted) return false;
    if (!loaded.ok) return fail(loaded.problems);
    const { warnings } = loaded;
    const persisted = fresh
      ? await (options.session ?? sessionFileStore()).save({ name, files: loaded.texts })
      : true;
    if (attempt !== latest) return false;
    cancelCurrent = null;
    app.getState().fileOpened(name, loaded.index, warnings);
    ui.setState({
      busy: null,
      stage: null,
      report: null,
      notStored: false,
      announce: fresh,
      warningsOpen: fresh && warnings.length > 0,
      opened: {
        file: name,
        entities: loaded.index.data.entities.length,
        relations: loaded.index.data.relations.length,
        warnings,
        persisted,
      },
    });
    return true;
  } catch (error) {
    if (error instanceof ReadCancelled) return false;
    // A bug of ours (or a parser's), not a data error: still never a blank page.
    return fail([], message(error));
  }
}

/**
 * On start with `open=session`: shows the stored file. False when this browser has none (the
 * notice says so) or it no longer opens (the report says why); the caller then loads the app's
 * own dataset.
 */
export async function restoreSessionFile(
  app: AppStore,
  session: SessionFileStore = sessionFileStore(),
): Promise<boolean> {
  const stored = await session.load();
  if (!stored) {
    ioState(app).setState({ notStored: true });
    return false;
  }
  const inputs = stored.files.map((file) => ({ name: file.name, content: file.text }));
  return openInputs(app, stored.name, inputs, { fresh: false, session });
}

/** Forgets the opened file and reloads the page on the app's own dataset (same language). */
export async function backToBundled(
  app: AppStore,
  win: Window = window,
  session: SessionFileStore = sessionFileStore(),
): Promise<void> {
  await session.clear();
  const query = new URLSearchParams(win.location.search);
  query.delete('graph');
  query.delete('open');
  const search = query.toString();
  const hash = new URLSearchParams({ lang: app.getState().lang });
  win.history.replaceState(
    null,
    '',
    `${win.location.pathname}${search ? `?${search}` : ''}#${hash.toString()}`,
  );
  win.location.reload();
}

/** `Blob.arrayBuffer`, or FileReader where that is missing (older Safari, jsdom). */
function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

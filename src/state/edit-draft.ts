/**
 * The edited dataset's draft, kept in the browser (IndexedDB) so a closed tab, a crash or a
 * reload loses at most the last change: every change starts a write at once, one write at a
 * time, the next one with whatever is newest by then.
 *
 * Two tabs editing the same dataset must not overwrite each other's draft. The tab that starts
 * editing a dataset first holds a Web Lock named after it (`relgraph-edit:<key>`) for as long
 * as it edits it; a tab that cannot have the lock says 'otherTab' and does not write, until
 * the reader takes over there (takeOver): that tab's version then wins, and the first tab is
 * told (the lock is stolen from it, and a message on the `relgraph-edit` BroadcastChannel
 * says so) and stops writing. A tab that is denied never takes the lock over by itself when
 * it frees: its copy may be older than the draft the other tab left.
 *
 * Without Web Locks the channel alone decides: a tab that starts editing says so ("hello"),
 * tabs already editing that dataset answer ("editing"), the earliest claim wins, and a new
 * claim waits a moment for answers before its first write.
 *
 * Pure of React; IndexedDB through its plain API.
 */
import type { Bilingual, Dataset } from '../model/schema';
import { selectEditedDataset, type EditEntry, type StorageStatus } from './slices/edit';
import type { AppState, AppStore } from './store';

export interface Draft {
  /** The dataset key, draftKey(dataset.id, file). */
  key: string;
  /** The file name it is shown under (load.file). */
  file: string;
  dataset: Dataset;
  undoStack: EditEntry[];
  redoStack: EditEntry[];
  savedAt: number;
  /** The store's editRevision when it was saved. */
  revision: number;
}

/** What list() gives for each draft, without reading the datasets themselves. */
export interface DraftSummary {
  key: string;
  file: string;
  title: Bilingual;
  savedAt: number;
  revision: number;
}

/** Why a write failed: the quota is used up, or storage does not work here (any other error). */
export type DraftFailure = 'full' | 'unavailable';

export class DraftStoreError extends Error {
  override name = 'DraftStoreError';
  constructor(
    readonly reason: DraftFailure,
    options?: { cause?: unknown },
  ) {
    super(`draft storage: ${reason}`, options);
  }
}

export interface DraftStore {
  /** Rejects with a DraftStoreError ('full' or 'unavailable'). */
  save(draft: Draft): Promise<void>;
  /** null when there is none, or what is stored is not a draft. */
  load(key: string): Promise<Draft | null>;
  remove(key: string): Promise<void>;
  /** Every draft kept, newest first. */
  list(): Promise<DraftSummary[]>;
  close(): void;
}

export const DRAFT_DB = 'relgraph-drafts';
const DB_VERSION = 1;
const DRAFTS = 'drafts';
const SUMMARIES = 'summaries';

export function draftKey(datasetId: string, file: string): string {
  return `${datasetId}|${file}`;
}

/** The key of the dataset shown, or null while none is. */
export function draftKeyOf(state: AppState): string | null {
  return state.load.status === 'ready' ? draftKey(state.load.index.data.id, state.load.file) : null;
}

export interface OpenDraftStoreOptions {
  /** Default globalThis.indexedDB; null: none. */
  indexedDB?: IDBFactory | null;
  /** Default DRAFT_DB. */
  name?: string;
  /** Give up on a database that does not open (Safari has been seen to hang). Default 5 s. */
  timeoutMs?: number;
}

/** null when IndexedDB is missing or refuses to open (a private window, blocked storage). */
export function openDraftStore(options: OpenDraftStoreOptions = {}): Promise<DraftStore | null> {
  let factory: IDBFactory | null | undefined;
  try {
    factory = Object.hasOwn(options, 'indexedDB') ? options.indexedDB : globalThis.indexedDB;
  } catch {
    return Promise.resolve(null);
  }
  if (!factory) return Promise.resolve(null);
  const idb = factory;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (store: DraftStore | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(store);
    };
    const timer = setTimeout(() => finish(null), options.timeoutMs ?? 5000);
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(options.name ?? DRAFT_DB, DB_VERSION);
    } catch {
      finish(null);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(SUMMARIES)) {
        db.createObjectStore(SUMMARIES, { keyPath: 'key' });
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      // A newer version opened in another tab: step aside (writes then fail 'unavailable').
      db.onversionchange = () => db.close();
      finish(draftStoreOn(db));
    };
    request.onerror = () => finish(null);
  });
}

function reasonOf(error: unknown): DraftFailure {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' ? 'full' : 'unavailable';
}

/** Runs `work` in one transaction; resolves with what `work` set when the transaction commits. */
function transact<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction, done: (value: T) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let value: T | undefined;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(new DraftStoreError(reasonOf(error), { cause: error }));
    };
    let tx: IDBTransaction | null = null;
    try {
      tx = db.transaction([DRAFTS, SUMMARIES], mode);
      const t = tx;
      t.oncomplete = () => {
        if (settled) return;
        settled = true;
        resolve(value as T);
      };
      t.onabort = () => fail(t.error);
      t.onerror = () => fail(t.error);
      work(t, (v) => (value = v));
    } catch (error) {
      // A closed database, a value that cannot be cloned, a quota check done on put.
      try {
        tx?.abort();
      } catch {
        // Already finished.
      }
      fail(error);
    }
  });
}

function draftStoreOn(db: IDBDatabase): DraftStore {
  return {
    save: (draft) =>
      transact<void>(db, 'readwrite', (tx) => {
        tx.objectStore(DRAFTS).put(draft);
        tx.objectStore(SUMMARIES).put(summaryOf(draft));
      }),
    load: (key) =>
      transact<Draft | null>(db, 'readonly', (tx, done) => {
        const request = tx.objectStore(DRAFTS).get(key);
        request.onsuccess = () => done(isDraft(request.result) ? request.result : null);
      }),
    remove: (key) =>
      transact<void>(db, 'readwrite', (tx) => {
        tx.objectStore(DRAFTS).delete(key);
        tx.objectStore(SUMMARIES).delete(key);
      }),
    list: () =>
      transact<DraftSummary[]>(db, 'readonly', (tx, done) => {
        const request = tx.objectStore(SUMMARIES).getAll();
        request.onsuccess = () => {
          const all = (request.result as unknown[]).filter(isSummary);
          done(all.sort((a, b) => b.savedAt - a.savedAt));
        };
      }),
    close: () => db.close(),
  };
}

function summaryOf(draft: Draft): DraftSummary {
  return {
    key: draft.key,
    file: draft.file,
    title: draft.dataset.title,
    savedAt: draft.savedAt,
    revision: draft.revision,
  };
}

/** What is read back was written by this app, maybe an older version of it: check the shape. */
function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const isStack = (stack: unknown) =>
    Array.isArray(stack) &&
    stack.every(
      (entry: unknown) =>
        !!entry &&
        typeof entry === 'object' &&
        typeof (entry as EditEntry).action === 'string' &&
        typeof (entry as EditEntry).at === 'number' &&
        Array.isArray((entry as EditEntry).patch),
    );
  return (
    typeof v.key === 'string' &&
    typeof v.file === 'string' &&
    !!v.dataset &&
    typeof v.dataset === 'object' &&
    typeof v.savedAt === 'number' &&
    typeof v.revision === 'number' &&
    isStack(v.undoStack) &&
    isStack(v.redoStack)
  );
}

function isSummary(value: unknown): value is DraftSummary {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.key === 'string' &&
    typeof v.file === 'string' &&
    !!v.title &&
    typeof v.savedAt === 'number' &&
    typeof v.revision === 'number'
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Autosave and the second-tab guard                                                           */
/* ------------------------------------------------------------------------------------------ */

export const LOCK_PREFIX = 'relgraph-edit:';
export const CHANNEL_NAME = 'relgraph-edit';

/** The part of the Web Locks API used here (navigator.locks). */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** What tabs tell each other on the channel, about one dataset key. */
export type TabMessage = {
  type: 'hello' | 'editing' | 'takeover';
  key: string;
  tab: string;
  /** When the sender's claim began: the earliest claim wins without Web Locks. */
  since: number;
};

export interface AutosaveOptions {
  /** Default navigator.locks when there is one; null: decide on the channel alone. */
  locks?: LockManagerLike | null;
  /** Default a BroadcastChannel('relgraph-edit') when there is one; null: none. */
  channel?: ChannelLike | null;
  /** Without locks: how long a new claim waits for another tab's answer. Default 150 ms. */
  answerMs?: number;
  /** This tab's name on the channel. Default random. */
  tabId?: string;
  now?: () => number;
}

/** Stops the autosave (call it); its methods act on the dataset being edited. */
export interface Autosave {
  (): void;
  /**
   * This tab edits the dataset from now on, though another tab started first: it takes the
   * lock, the other tab is told and stops writing, and this tab's version is written. Resolves
   * once it is (or could not be).
   */
  takeOver(): Promise<void>;
  /** Resolves when no write is in flight or waiting. */
  flush(): Promise<void>;
}

type Claim = 'none' | 'pending' | 'held' | 'denied';

function defaultLocks(): LockManagerLike | null {
  try {
    const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
    return locks && typeof locks.request === 'function' ? locks : null;
  } catch {
    return null;
  }
}

function defaultChannel(): ChannelLike | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  } catch {
    return null;
  }
}

function isTabMessage(value: unknown): value is TabMessage {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    (v.type === 'hello' || v.type === 'editing' || v.type === 'takeover') &&
    typeof v.key === 'string' &&
    typeof v.tab === 'string' &&
    typeof v.since === 'number'
  );
}

/**
 * Saves a draft of the edited dataset on every change of editRevision while edit mode is on,
 * and reports what happens in storageStatus. With no store (null: IndexedDB unavailable) the
 * status is 'unavailable' and editing goes on in memory.
 */
export function installAutosave(
  store: AppStore,
  draftStore: DraftStore | null,
  options: AutosaveOptions = {},
): Autosave {
  const now = options.now ?? Date.now;
  const locks = Object.hasOwn(options, 'locks') ? (options.locks ?? null) : defaultLocks();
  const ownChannel = !Object.hasOwn(options, 'channel');
  const channel = ownChannel ? defaultChannel() : (options.channel ?? null);
  const answerMs = options.answerMs ?? 150;
  const tab = options.tabId ?? randomId();
  const setStatus = (status: StorageStatus) => store.getState().setStorageStatus(status);

  let key: string | null = null;
  let claim: Claim = 'none';
  let since = 0;
  /** The lock request of the current claim: `release` lets the lock go. */
  let lock: { active: boolean; release: () => void } | null = null;
  let answerTimer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  let inFlight: Promise<void> | null = null;
  let disposed = false;
  const waiting: (() => void)[] = [];

  const post = (type: TabMessage['type']) => {
    if (!key) return;
    try {
      channel?.postMessage({ type, key, tab, since } satisfies TabMessage);
    } catch {
      // A closed channel: nobody to tell.
    }
  };

  const keyOf = (state: AppState) => (state.editing ? draftKeyOf(state) : null);

  const pump = () => {
    if (inFlight) return;
    const state = store.getState();
    const dataset = selectEditedDataset(state);
    if (
      disposed ||
      !draftStore ||
      !dirty ||
      claim !== 'held' ||
      key === null ||
      !dataset ||
      keyOf(state) !== key
    ) {
      waiting.splice(0).forEach((resolve) => resolve());
      return;
    }
    dirty = false;
    const draft: Draft = {
      key,
      file: state.load.file,
      dataset,
      undoStack: state.undoStack,
      redoStack: state.redoStack,
      savedAt: now(),
      revision: state.editRevision,
    };
    inFlight = draftStore
      .save(draft)
      .then(
        () => {
          if (claim === 'held') setStatus('ok');
        },
        (error: unknown) => {
          setStatus(error instanceof DraftStoreError ? error.reason : 'unavailable');
        },
      )
      .finally(() => {
        inFlight = null;
        pump();
      });
  };

  // The write copies the whole dataset (IndexedDB clones it on this thread: ~40 ms at 5,000
  // entities): after the frame that shows the edit, and at the latest 100 ms on (a hidden tab
  // draws no frames). Leaving the page writes at once.
  let scheduled = false;
  const run = () => {
    if (!scheduled) return;
    scheduled = false;
    pump();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => setTimeout(run, 0));
    }
    setTimeout(run, 100);
  };
  const onHide = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') run();
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHide);

  const granted = () => {
    claim = 'held';
    if (store.getState().storageStatus === 'otherTab') setStatus('ok');
    pump();
  };

  const denied = () => {
    claim = 'denied';
    dirty = false;
    setStatus('otherTab');
  };

  const letGo = () => {
    if (lock) {
      lock.active = false;
      lock.release();
      lock = null;
    }
    if (answerTimer !== null) clearTimeout(answerTimer);
    answerTimer = null;
  };

  /** Asks for the lock of `key` (stealing it from another tab when `steal`). */
  const requestLock = (manager: LockManagerLike, steal: boolean): Promise<void> => {
    const request = { active: true, granted: false, release: () => {} };
    const held = new Promise<void>((resolve) => (request.release = resolve));
    lock = request;
    return new Promise<void>((answered) => {
      const name = LOCK_PREFIX + key;
      let asked: Promise<unknown>;
      try {
        asked = manager.request(name, steal ? { steal: true } : { ifAvailable: true }, (got) => {
          answered();
          if (!request.active) return undefined;
          if (got === null) {
            denied();
            return undefined;
          }
          request.granted = true;
          granted();
          return held;
        });
      } catch (error) {
        asked = Promise.reject(error);
      }
      asked.catch(() => {
        answered();
        if (!request.active || lock !== request) return;
        if (request.granted) {
          // Stolen by a tab that took over.
          lock = null;
          denied();
        } else {
          // Locks refused outright (an opaque origin): decide on the channel instead.
          lock = null;
          claimByChannel();
        }
      });
    });
  };

  const claimByChannel = () => {
    claim = 'pending';
    post('hello');
    answerTimer = setTimeout(() => {
      answerTimer = null;
      if (claim === 'pending') granted();
    }, answerMs);
  };

  const switchTo = (next: string | null) => {
    letGo();
    const wasDenied = claim === 'denied';
    key = next;
    claim = 'none';
    dirty = false;
    // No longer about the other tab's dataset (set after the key: this runs the listeners).
    if (wasDenied && store.getState().storageStatus === 'otherTab') setStatus('ok');
    if (next === null || !draftStore) return;
    since = now();
    if (locks) {
      claim = 'pending';
      void requestLock(locks, false);
    } else claimByChannel();
  };

  const onMessage = (event: MessageEvent) => {
    const message: unknown = event.data;
    if (disposed || !isTabMessage(message) || message.tab === tab || message.key !== key) return;
    if (claim !== 'pending' && claim !== 'held') return;
    if (message.type === 'takeover') {
      letGo();
      denied();
      return;
    }
    if (locks && lock) {
      // The lock decides; just tell a newcomer who edits this dataset.
      if (message.type === 'hello' && claim === 'held') post('editing');
      return;
    }
    const theirsFirst = message.since < since || (message.since === since && message.tab < tab);
    if (theirsFirst || (message.type === 'editing' && claim === 'pending')) {
      letGo();
      denied();
    } else if (message.type === 'hello') post('editing');
  };
  channel?.addEventListener('message', onMessage);

  const unsubscribe = store.subscribe((next, previous) => {
    const nextKey = keyOf(next);
    if (nextKey !== key) switchTo(nextKey);
    if (next.editRevision !== previous.editRevision && nextKey !== null) {
      dirty = true;
      schedule();
    }
  });

  if (!draftStore) setStatus('unavailable');
  switchTo(keyOf(store.getState()));
  // Changes made before the autosave started are written once this tab holds the dataset.
  dirty = store.getState().unsavedChanges && key !== null;
  pump();

  const flush = () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      pump();
    });

  const takeOver = async () => {
    if (disposed || !draftStore || key === null) return;
    letGo();
    since = now();
    post('takeover');
    dirty = true;
    if (locks) {
      claim = 'pending';
      await requestLock(locks, true);
    } else granted();
    await flush();
  };

  return Object.assign(
    () => {
      if (disposed) return;
      unsubscribe();
      letGo();
      disposed = true;
      channel?.removeEventListener('message', onMessage);
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onHide);
      if (ownChannel) channel?.close();
      waiting.splice(0).forEach((resolve) => resolve());
    },
    { takeOver, flush },
  );
}

function randomId(): string {
  try {
    return globalThis.crypto.randomUUID();
  } catch {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  }
}

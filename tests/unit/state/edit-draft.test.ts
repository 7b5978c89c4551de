import 'fake-indexeddb/auto';
/**
 * The draft of the edited dataset in IndexedDB (#12): it is kept whole, written after every
 * change (one write at a time, the newest last), a full quota or a browser without storage is
 * reported and editing goes on, and a second tab on the same dataset does not overwrite the
 * first one's draft unless the reader takes over there.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDatasetText } from '../../../src/model/load';
import { moveEntities, type EditAction, type EditResult } from '../../../src/model/edit';
import type { Dataset } from '../../../src/model/schema';
import {
  DraftStoreError,
  draftKey,
  installAutosave,
  LOCK_PREFIX,
  openDraftStore,
  type AutosaveOptions,
  type ChannelLike,
  type Draft,
  type DraftStore,
  type LockManagerLike,
} from '../../../src/state/edit-draft';
import { provideEditEngine, selectEditedDataset } from '../../../src/state/slices/edit';
import { createAppStore, type AppStore } from '../../../src/state/store';
import { editEngine } from '../../../src/state/edit-engine';

// In the app the editor's code provides it when it loads.
provideEditEngine(editEngine);

const SEED = readFileSync(
  join(resolve(__dirname, '../../..'), 'data/azerbaijan-gaza.json'),
  'utf8',
);
const FILE = 'azerbaijan-gaza.json';
const KEY = draftKey('azerbaijan-gaza', FILE);

let dbCount = 0;
/** A database of its own for each test. */
const dbName = () => `relgraph-drafts-test-${++dbCount}`;

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function open(name: string): Promise<DraftStore> {
  const store = await openDraftStore({ name });
  if (!store) throw new Error('the draft store does not open');
  cleanups.push(() => store.close());
  return store;
}

function editingStore(): AppStore {
  const loaded = loadDatasetText(SEED);
  if (!loaded.ok) throw new Error('the seed does not load');
  const store = createAppStore();
  store.getState().datasetReady(FILE, loaded.index, []);
  store.getState().setEditing(true);
  return store;
}

function data(store: AppStore): Dataset {
  const dataset = selectEditedDataset(store.getState());
  if (!dataset) throw new Error('no dataset shown');
  return dataset;
}

function edit(store: AppStore, action: EditAction, command: (d: Dataset) => EditResult): void {
  const result = command(data(store));
  if (!result.ok) throw new Error(`${action} refused: ${JSON.stringify(result.refusal)}`);
  store.getState().applyEdit(result, action);
}

/** Moves Azerbaijan to x = i: one undo step each. */
function move(store: AppStore, i: number): void {
  edit(store, 'moveEntities', (d) => moveEntities(d, new Map([['azerbaijan', { x: i, y: 0 }]])));
}

function draftOf(store: AppStore): Draft {
  const s = store.getState();
  return {
    key: KEY,
    file: FILE,
    dataset: data(store),
    undoStack: s.undoStack,
    redoStack: s.redoStack,
    savedAt: 1000,
    revision: s.editRevision,
  };
}

/** Counts the writes a draft store is asked for, and how many run at once. */
function counted(inner: DraftStore) {
  const stats = { saves: 0, inFlight: 0, maxInFlight: 0, revisions: [] as number[] };
  const store: DraftStore = {
    ...inner,
    save: async (draft) => {
      stats.saves++;
      stats.revisions.push(draft.revision);
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      try {
        await inner.save(draft);
      } finally {
        stats.inFlight--;
      }
    },
  };
  return { store, stats };
}

/** Web Locks in memory, shared by the "tabs" of a test: exclusive locks, ifAvailable, steal. */
class MemoryLocks implements LockManagerLike {
  private readonly held = new Map<string, object>();

  isHeld(name: string): boolean {
    return this.held.has(name);
  }

  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown> {
    return new Promise((resolvePromise, rejectPromise) => {
      queueMicrotask(() => {
        const current = this.held.get(name) as { reject: (error: unknown) => void } | undefined;
        if (current && !options.steal) {
          if (!options.ifAvailable) {
            rejectPromise(new Error('MemoryLocks: waiting for a lock is not implemented'));
            return;
          }
          Promise.resolve()
            .then(() => callback(null))
            .then(resolvePromise, rejectPromise);
          return;
        }
        if (current) {
          this.held.delete(name);
          current.reject(new DOMException('The lock was stolen', 'AbortError'));
        }
        const entry = { reject: rejectPromise };
        this.held.set(name, entry);
        const done = () => {
          if (this.held.get(name) === entry) this.held.delete(name);
        };
        Promise.resolve()
          .then(() => callback({ name, mode: 'exclusive' }))
          .then(
            (value) => {
              done();
              resolvePromise(value);
            },
            (error: unknown) => {
              done();
              rejectPromise(error);
            },
          );
      });
    });
  }
}

/** BroadcastChannel in memory: a message reaches every other member, a task later. */
function channelBus(): () => ChannelLike {
  const members = new Set<{ listeners: Set<(event: MessageEvent) => void> }>();
  return () => {
    const member = { listeners: new Set<(event: MessageEvent) => void>() };
    members.add(member);
    return {
      postMessage(message: unknown) {
        for (const other of members) {
          if (other === member) continue;
          const copy = structuredClone(message);
          setTimeout(() =>
            other.listeners.forEach((listener) => listener({ data: copy } as MessageEvent)),
          );
        }
      },
      addEventListener: (_type, listener) => member.listeners.add(listener),
      removeEventListener: (_type, listener) => member.listeners.delete(listener),
      close: () => members.delete(member),
    };
  };
}

function autosave(store: AppStore, drafts: DraftStore | null, options: AutosaveOptions) {
  const stop = installAutosave(store, drafts, options);
  cleanups.push(stop);
  return stop;
}

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('the draft store', () => {
  it('gives back what it saved: the dataset, and 150 steps of history both ways', async () => {
    const store = editingStore();
    for (let i = 1; i <= 160; i++) move(store, i);
    for (let i = 0; i < 10; i++) store.getState().undo();
    expect(store.getState().undoStack).toHaveLength(150);
    expect(store.getState().redoStack).toHaveLength(10);
    const draft = draftOf(store);

    const drafts = await open(dbName());
    await drafts.save(draft);
    const back = await drafts.load(KEY);
    expect(back).toEqual(draft);
    expect(JSON.stringify(back?.dataset)).toBe(JSON.stringify(draft.dataset));
    expect(back?.undoStack).toHaveLength(150);
    expect(back?.redoStack).toHaveLength(10);
    expect(await drafts.load('another key')).toBeNull();

    // The saved history still fits the saved dataset.
    const other = createAppStore();
    expect(other.getState().draftRestored(back as Draft).ok).toBe(true);
    for (let i = 0; i < 150; i++) other.getState().undo();
    expect(JSON.stringify(data(other))).toBe(JSON.stringify(data(editingStore())));
  });

  it('lists drafts newest first, by title, and removes them', async () => {
    const drafts = await open(dbName());
    const store = editingStore();
    await drafts.save({ ...draftOf(store), key: 'older', savedAt: 10 });
    await drafts.save({ ...draftOf(store), key: 'newer', savedAt: 20 });
    const list = await drafts.list();
    expect(list.map((d) => [d.key, d.savedAt])).toEqual([
      ['newer', 20],
      ['older', 10],
    ]);
    expect(list[0]?.title).toEqual(data(store).title);
    expect(list[0]?.file).toBe(FILE);
    await drafts.remove('newer');
    expect(await drafts.load('newer')).toBeNull();
    expect((await drafts.list()).map((d) => d.key)).toEqual(['older']);
  });

  it('rejects a write over the quota with reason "full", other failures "unavailable"', async () => {
    const drafts = await open(dbName());
    const store = editingStore();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const full = await drafts.save(draftOf(store)).catch((error: unknown) => error);
    expect(full).toBeInstanceOf(DraftStoreError);
    expect((full as DraftStoreError).reason).toBe('full');

    put.mockImplementation(() => {
      throw new DOMException('Could not clone.', 'DataCloneError');
    });
    const broken = await drafts.save(draftOf(store)).catch((error: unknown) => error);
    expect((broken as DraftStoreError).reason).toBe('unavailable');
    put.mockRestore();
    // Nothing half-written.
    expect(await drafts.load(KEY)).toBeNull();
    expect(await drafts.list()).toEqual([]);
  });

  it('is null where IndexedDB is missing or refuses to open', async () => {
    expect(await openDraftStore({ indexedDB: null })).toBeNull();
    vi.stubGlobal('indexedDB', undefined);
    expect(await openDraftStore()).toBeNull();
    vi.unstubAllGlobals();
    const throwing = {
      open: () => {
        throw new DOMException('No IndexedDB in private mode', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    expect(await openDraftStore({ indexedDB: throwing })).toBeNull();
    const failing = {
      open: () => {
        const request = {} as IDBOpenDBRequest;
        setTimeout(() => request.onerror?.(new Event('error')));
        return request;
      },
    } as unknown as IDBFactory;
    expect(await openDraftStore({ indexedDB: failing })).toBeNull();
    const hanging = { open: () => ({}) } as unknown as IDBFactory;
    expect(await openDraftStore({ indexedDB: hanging, timeoutMs: 10 })).toBeNull();
  });
});

describe('the autosave', () => {
  it('writes at once after a change, one write at a time, and the newest last', async () => {
    const { store: drafts, stats } = counted(await open(dbName()));
    const store = editingStore();
    autosave(store, drafts, { locks: new MemoryLocks(), channel: null });
    await tick();

    move(store, 1);
    // Not in the edit's own task (the write clones the whole dataset), but right after the
    // frame that shows it: a page closed then loses at most this change.
    expect(stats.saves).toBe(0);
    await vi.waitFor(() => expect(stats.saves).toBe(1), { timeout: 500 });
    for (let i = 2; i <= 10; i++) move(store, i);
    expect(stats.saves).toBe(1);
    await vi.waitFor(() => expect(stats.saves).toBe(2));
    await vi.waitFor(() => expect(stats.inFlight).toBe(0));
    expect(stats.maxInFlight).toBe(1);
    expect(stats.revisions).toEqual([1, 10]);

    const saved = await drafts.load(KEY);
    expect(saved?.revision).toBe(10);
    expect(saved?.undoStack).toHaveLength(10);
    expect(saved?.dataset.entities.find((e) => e.id === 'azerbaijan')?.position).toEqual({
      x: 10,
      y: 0,
    });
    expect(store.getState().storageStatus).toBe('ok');
  });

  it('writes nothing outside edit mode', async () => {
    const { store: drafts, stats } = counted(await open(dbName()));
    const store = editingStore();
    store.getState().setEditing(false);
    autosave(store, drafts, { locks: new MemoryLocks(), channel: null });
    await tick();
    move(store, 1);
    await tick();
    expect(stats.saves).toBe(0);
  });

  it('says "full" when the quota is used up; editing goes on and the next write can succeed', async () => {
    const drafts = await open(dbName());
    const store = editingStore();
    const stop = autosave(store, drafts, { locks: new MemoryLocks(), channel: null });
    await tick();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    move(store, 1);
    await stop.flush();
    expect(store.getState().storageStatus).toBe('full');

    move(store, 2);
    store.getState().undo();
    await stop.flush();
    expect(store.getState().undoStack).toHaveLength(1);
    expect(store.getState().storageStatus).toBe('full');

    put.mockRestore();
    move(store, 3);
    await stop.flush();
    expect(store.getState().storageStatus).toBe('ok');
    expect((await drafts.load(KEY))?.revision).toBe(store.getState().editRevision);
  });

  it('says "unavailable" without a draft store, and editing goes on', () => {
    const store = editingStore();
    autosave(store, null, { locks: new MemoryLocks(), channel: null });
    expect(store.getState().storageStatus).toBe('unavailable');
    move(store, 1);
    expect(store.getState().undoStack).toHaveLength(1);
  });

  it('follows the dataset: a new one is written under its own key', async () => {
    const drafts = await open(dbName());
    const locks = new MemoryLocks();
    const store = editingStore();
    const stop = autosave(store, drafts, { locks, channel: null });
    await tick();
    expect(locks.isHeld(LOCK_PREFIX + KEY)).toBe(true);
    store.getState().newDataset({ id: 'mine', title: { en: 'Mine', ar: 'لي' } });
    await vi.waitFor(() => expect(locks.isHeld(LOCK_PREFIX + KEY)).toBe(false));
    await vi.waitFor(async () =>
      expect(await drafts.load(draftKey('mine', 'mine.json'))).not.toBeNull(),
    );
    await stop.flush();
    expect(await drafts.load(KEY)).toBeNull();
    expect(locks.isHeld(LOCK_PREFIX + draftKey('mine', 'mine.json'))).toBe(true);
    store.getState().setEditing(false);
    await vi.waitFor(() =>
      expect(locks.isHeld(LOCK_PREFIX + draftKey('mine', 'mine.json'))).toBe(false),
    );
  });
});

describe('a second tab on the same dataset', () => {
  /** One browser tab: its store, its connection to the shared database, its autosave. */
  async function openTab(name: string, id: string, options: AutosaveOptions) {
    const app = editingStore();
    const { store: drafts, stats } = counted(await open(name));
    const saver = autosave(app, drafts, { ...options, tabId: id });
    return { app, drafts, stats, saver, status: () => app.getState().storageStatus };
  }

  /** Azerbaijan's x in the draft stored for the seed. */
  async function storedX(drafts: DraftStore): Promise<number | undefined> {
    const draft = await drafts.load(KEY);
    return draft?.dataset.entities.find((e) => e.id === 'azerbaijan')?.position?.x;
  }

  for (const withLocks of [true, false]) {
    const mode = withLocks ? 'with Web Locks' : 'with the channel alone';

    it(`is told "otherTab" and does not write; takeOver turns it round (${mode})`, async () => {
      const name = dbName();
      const locks = withLocks ? new MemoryLocks() : null;
      const bus = channelBus();
      const options = () => ({ locks, channel: bus(), answerMs: 20 });

      const a = await openTab(name, 'tab-a', options());
      // The lock is granted (or, without locks, nobody answered) in a moment.
      await new Promise((done) => setTimeout(done, 40));
      move(a.app, 1);
      await a.saver.flush();
      expect(a.stats.saves).toBe(1);
      const b = await openTab(name, 'tab-b', options());
      await vi.waitFor(() => expect(b.status()).toBe('otherTab'));
      expect(a.status()).toBe('ok');

      // The second tab edits in memory, but does not overwrite the first one's draft.
      move(b.app, 500);
      await b.saver.flush();
      await new Promise((done) => setTimeout(done, 40));
      expect(b.stats.saves).toBe(0);
      expect(b.app.getState().undoStack).toHaveLength(1);
      move(a.app, 2);
      await a.saver.flush();
      expect(await storedX(a.drafts)).toBe(2);

      // The reader takes over in the second tab: its version is written, the first one stops.
      await b.saver.takeOver();
      expect(b.status()).toBe('ok');
      expect(b.stats.saves).toBe(1);
      expect(await storedX(b.drafts)).toBe(500);
      await vi.waitFor(() => expect(a.status()).toBe('otherTab'));
      const savesOfA = a.stats.saves;
      move(a.app, 3);
      await a.saver.flush();
      await new Promise((done) => setTimeout(done, 40));
      expect(a.stats.saves).toBe(savesOfA);
      expect(await storedX(a.drafts)).toBe(500);
      move(b.app, 501);
      await b.saver.flush();
      expect(await storedX(b.drafts)).toBe(501);
      if (locks) expect(locks.isHeld(LOCK_PREFIX + KEY)).toBe(true);

      // And back again.
      await a.saver.takeOver();
      expect(a.status()).toBe('ok');
      await vi.waitFor(() => expect(b.status()).toBe('otherTab'));
      expect(await storedX(a.drafts)).toBe(3);
    });
  }

  it('leaves another dataset alone', async () => {
    const name = dbName();
    const locks = new MemoryLocks();
    const bus = channelBus();
    const a = await openTab(name, 'tab-a', { locks, channel: bus() });
    await tick();
    const b = await openTab(name, 'tab-b', { locks, channel: bus() });
    b.app.getState().newDataset({ id: 'other', title: { en: 'Other', ar: 'آخر' } });
    await vi.waitFor(() => expect(b.stats.saves).toBe(1));
    expect(b.status()).toBe('ok');
    expect(a.status()).toBe('ok');
    // No longer editing the seed: its status is no longer about the other tab.
    const c = await openTab(name, 'tab-c', { locks, channel: bus() });
    await vi.waitFor(() => expect(c.status()).toBe('otherTab'));
    c.app.getState().setEditing(false);
    expect(c.status()).toBe('ok');
  });
});

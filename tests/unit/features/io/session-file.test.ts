/**
 * The session file store: IndexedDB when the page may use it, memory when it is missing,
 * throws (a sandboxed frame), fails or never answers. Never throws itself; values read back are
 * checked for shape.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  asSessionFile,
  sessionFileStore,
  type SessionFile,
} from '../../../../src/features/io/session-file';

const FILE: SessionFile = {
  name: 'entities.csv, relations.csv',
  files: [
    { name: 'entities.csv', text: 'id,label_en\na,A\n' },
    { name: 'relations.csv', text: 'source,target\na,a\n' },
  ],
};

/** An IndexedDB whose `open` throws, as reading storage in an opaque-origin frame does. */
const throwing = {
  open: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
} as unknown as IDBFactory;

/** An IndexedDB whose open request fails asynchronously (private mode, quota, corruption). */
const failing = {
  open: () => {
    const request = {} as IDBOpenDBRequest & { error: DOMException };
    Object.defineProperty(request, 'error', { value: new DOMException('nope', 'UnknownError') });
    setTimeout(() => request.onerror?.(new Event('error')), 0);
    return request;
  },
} as unknown as IDBFactory;

/** An IndexedDB that never answers. */
const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;

beforeEach(async () => {
  await sessionFileStore(null).clear();
});

describe('sessionFileStore in memory', () => {
  it('keeps the file for the page when there is no IndexedDB, and says it will not survive a reload', async () => {
    const store = sessionFileStore(null);
    expect(await store.load()).toBeNull();
    expect(await store.save(FILE)).toBe(false);
    expect(await store.load()).toEqual(FILE);
    // Another handle in the same page sees it too.
    expect(await sessionFileStore(null).load()).toEqual(FILE);
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it('uses memory by default where the page has no IndexedDB (jsdom)', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const store = sessionFileStore();
    expect(await store.save(FILE)).toBe(false);
    expect(await store.load()).toEqual(FILE);
  });

  it('falls back to memory when opening IndexedDB throws', async () => {
    const store = sessionFileStore(throwing);
    expect(await store.save(FILE)).toBe(false);
    expect(await store.load()).toEqual(FILE);
    await expect(store.clear()).resolves.toBeUndefined();
    expect(await store.load()).toBeNull();
  });

  it('falls back to memory when the open request fails', async () => {
    const store = sessionFileStore(failing);
    expect(await store.save(FILE)).toBe(false);
    expect(await store.load()).toEqual(FILE);
  });

  describe('when IndexedDB never answers', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('gives up after a few seconds and uses memory', async () => {
      const store = sessionFileStore(silent);
      const saved = store.save(FILE);
      await vi.advanceTimersByTimeAsync(5000);
      expect(await saved).toBe(false);
      const loaded = store.load();
      await vi.advanceTimersByTimeAsync(5000);
      expect(await loaded).toEqual(FILE);
    });
  });

  it('stores a copy: later changes to the object do not leak in', async () => {
    const store = sessionFileStore(null);
    const file = structuredClone(FILE);
    await store.save(file);
    (file.files[0] as { text: string }).text = 'changed';
    expect((await store.load())?.files[0]?.text).toBe('id,label_en\na,A\n');
  });
});

describe('asSessionFile', () => {
  it('accepts a stored file and refuses anything else', () => {
    expect(asSessionFile(FILE)).toEqual(FILE);
    for (const bad of [
      null,
      'text',
      42,
      {},
      { name: 'x' },
      { name: 'x', files: [] },
      { name: 'x', files: 'a' },
      { name: 1, files: [{ name: 'a', text: '' }] },
      { name: 'x', files: [null] },
      { name: 'x', files: [{ name: 'a' }] },
      { name: 'x', files: [{ name: 'a', text: 3 }] },
    ]) {
      expect(asSessionFile(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('drops unknown fields', () => {
    const value = { ...FILE, extra: true, files: [{ name: 'a', text: 'b', more: 1 }] };
    expect(asSessionFile(value)).toEqual({ name: FILE.name, files: [{ name: 'a', text: 'b' }] });
  });
});

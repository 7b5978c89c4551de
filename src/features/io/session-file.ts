/**
 * The file(s) the reader opened last, kept so a reload does not lose them (the URL then says
 * `open=session`). IndexedDB without a dependency; every call is guarded, because IndexedDB can
 * be missing, blocked (a sandboxed frame with an opaque origin throws on mere access), full, or
 * never answer. Whatever fails, the value is also kept in memory for the life of the page.
 *
 * Values read back are untrusted: they are checked for shape before use.
 */
export interface StoredFile {
  name: string;
  text: string;
}

export interface SessionFile {
  /** What the app calls the opened file(s), e.g. "les_miserables.gexf". */
  name: string;
  files: StoredFile[];
}

export interface SessionFileStore {
  /** Keeps the file; resolves true when it will survive a reload, false when only in memory. */
  save(file: SessionFile): Promise<boolean>;
  load(): Promise<SessionFile | null>;
  clear(): Promise<void>;
}

const DB_NAME = 'relgraph';
const DB_VERSION = 1;
const STORE = 'session-file';
const KEY = 'last';
/** An IndexedDB that does not answer within this time is treated as missing. */
const TIMEOUT_MS = 3000;

const memory = new Map<string, SessionFile>();

/** The page's IndexedDB, or null where reading it throws (opaque origin) or it is missing. */
function defaultFactory(): IDBFactory | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDB;
  } catch {
    return null;
  }
}

/** A checked copy of a stored value, or null when it is not a session file. */
export function asSessionFile(value: unknown): SessionFile | null {
  if (value === null || typeof value !== 'object') return null;
  const { name, files } = value as { name?: unknown; files?: unknown };
  if (typeof name !== 'string' || !Array.isArray(files) || files.length === 0) return null;
  const checked: StoredFile[] = [];
  for (const item of files as unknown[]) {
    if (item === null || typeof item !== 'object') return null;
    const file = item as { name?: unknown; text?: unknown };
    if (typeof file.name !== 'string' || typeof file.text !== 'string') return null;
    checked.push({ name: file.name, text: file.text });
  }
  return { name, files: checked };
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), TIMEOUT_MS);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  return withTimeout(
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) {
          request.result.createObjectStore(STORE);
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked'));
    }),
  );
}

/** One request in its own transaction; resolves with its result once the transaction is done. */
async function run<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  make: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb(factory);
  try {
    return await withTimeout(
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = make(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      }),
    );
  } finally {
    db.close();
  }
}

/**
 * The session file store. `factory` is the IndexedDB to use: the page's by default, null for
 * memory only (tests, or where storage is known to be blocked).
 */
export function sessionFileStore(factory: IDBFactory | null = defaultFactory()): SessionFileStore {
  let db = factory;
  return {
    async save(file) {
      const copy = asSessionFile(file);
      if (!copy) return false;
      memory.set(KEY, copy);
      if (!db) return false;
      try {
        await run(db, 'readwrite', (store) => store.put(copy, KEY));
        return true;
      } catch {
        // Full, blocked or gone: this page keeps the copy in memory.
        return false;
      }
    },
    async load() {
      if (db) {
        try {
          const stored = asSessionFile(await run(db, 'readonly', (store) => store.get(KEY)));
          if (stored) return stored;
        } catch {
          db = null;
        }
      }
      return memory.get(KEY) ?? null;
    },
    async clear() {
      memory.delete(KEY);
      if (!db) return;
      try {
        await run(db, 'readwrite', (store) => store.delete(KEY));
      } catch {
        // Nothing more to do: the memory copy is gone, and a stale stored copy is harmless.
      }
    },
  };
}

/**
 * Web storage that never throws. In a sandboxed frame without `allow-same-origin` the origin is
 * opaque and merely reading `window.localStorage` throws a SecurityError; third-party storage
 * can be blocked, and a full quota throws on write. Every access goes through this helper, which
 * falls back to memory for the life of the page (languageDetector#132, localstorage-backend#45).
 *
 * Values read back are untrusted text: parse them with a schema (zod safeParse) before use.
 */
export interface SafeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** False when storage is blocked and values only live in memory for this page. */
  readonly persistent: boolean;
}

export type StorageKind = 'local' | 'session';

const memory: Record<StorageKind, Map<string, string>> = {
  local: new Map(),
  session: new Map(),
};

const PROBE = '__relgraph_probe__';

/** The real storage if it can be read and written, else null. Never throws. */
function realStorage(kind: StorageKind, win: Window | null): Storage | null {
  try {
    if (!win) return null;
    const storage = kind === 'local' ? win.localStorage : win.sessionStorage;
    if (!storage) return null;
    storage.setItem(PROBE, PROBE);
    storage.removeItem(PROBE);
    return storage;
  } catch {
    return null;
  }
}

export function safeStorage(
  kind: StorageKind = 'local',
  win: Window | null = typeof window === 'undefined' ? null : window,
): SafeStorage {
  const store = memory[kind];
  let real = realStorage(kind, win);
  return {
    getItem(key) {
      if (store.has(key)) return store.get(key) ?? null;
      if (!real) return null;
      try {
        return real.getItem(key);
      } catch {
        real = null;
        return null;
      }
    },
    setItem(key, value) {
      if (real) {
        try {
          real.setItem(key, value);
          store.delete(key);
          return;
        } catch {
          // Quota or a revoked permission: keep the value for this page at least.
        }
      }
      store.set(key, value);
    },
    removeItem(key) {
      store.delete(key);
      try {
        real?.removeItem(key);
      } catch {
        real = null;
      }
    },
    get persistent() {
      return real !== null;
    },
  };
}

import { describe, expect, it } from 'vitest';
import { safeStorage } from '../../../src/ui/safe-storage';

/** A window whose storage getter throws, as in `<iframe sandbox="allow-scripts">`. */
function sandboxedWindow(): Window {
  const denied = () => {
    throw new DOMException('The document is sandboxed', 'SecurityError');
  };
  return Object.defineProperties({} as Window, {
    localStorage: { get: denied },
    sessionStorage: { get: denied },
  });
}

/** Real-looking storage that fails on writes (full quota). */
function fullWindow(): Window {
  const data = new Map<string, string>();
  const storage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      // Small writes (the probe) fit; real values do not.
      if (key === '__relgraph_probe__') return void data.set(key, value);
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: (key: string) => void data.delete(key),
  };
  return { localStorage: storage, sessionStorage: storage } as unknown as Window;
}

describe('safeStorage', () => {
  it('falls back to memory when reading storage throws (sandboxed frame)', () => {
    const store = safeStorage('local', sandboxedWindow());
    expect(store.persistent).toBe(false);
    expect(store.getItem('a')).toBeNull();
    expect(() => store.setItem('a', '1')).not.toThrow();
    expect(store.getItem('a')).toBe('1');
    // The same page sees the value through another handle too.
    expect(safeStorage('local', sandboxedWindow()).getItem('a')).toBe('1');
    store.removeItem('a');
    expect(store.getItem('a')).toBeNull();
  });

  it('keeps a value in memory when a write fails (quota)', () => {
    const store = safeStorage('session', fullWindow());
    expect(() => store.setItem('b', '2')).not.toThrow();
    expect(store.getItem('b')).toBe('2');
  });

  it('uses real storage when it works', () => {
    window.localStorage.removeItem('c');
    const store = safeStorage('local', window);
    expect(store.persistent).toBe(true);
    store.setItem('c', '3');
    expect(window.localStorage.getItem('c')).toBe('3');
    expect(store.getItem('c')).toBe('3');
    store.removeItem('c');
    expect(window.localStorage.getItem('c')).toBeNull();
  });

  it('works without any window (CLI, server)', () => {
    const store = safeStorage('local', null);
    store.setItem('d', '4');
    expect(store.getItem('d')).toBe('4');
    expect(store.persistent).toBe(false);
  });
});

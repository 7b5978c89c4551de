import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import {
  hashFromState,
  readParams,
  startUrlSync,
  stateFromUrl,
  urlStateFromParams,
} from '../../../src/state/url';

const url = (search: string, hash: string) => urlStateFromParams(readParams({ search, hash }));

describe('URL contract', () => {
  it('reads the query string and the hash, the hash winning', () => {
    const state = url('?lang=ar&node=iran&graph=a.json', '#lang=en&node=israel');
    expect(state).toMatchObject({ lang: 'en', node: 'israel', graph: 'a.json' });
  });

  it('ignores values it does not know instead of failing', () => {
    const state = url('', '#lang=fr&layout=spiral&view=chart&kinds=robot,country&path=a');
    expect(state.lang).toBeNull();
    expect(state.layout).toBeNull();
    expect(state.view).toBe('graph');
    expect(state.filters.kinds).toEqual(['country']);
    expect(state.ignored).toEqual(['kinds=robot']);
    expect(state.path).toBeNull();
  });

  it('round-trips selection, language, layout, view, filters and path through the hash', () => {
    const store = createAppStore();
    store.setState({
      lang: 'ar',
      selection: { type: 'edge', id: 'r1' },
      layout: 'grouped',
      view: 'table',
      pathQuery: { from: 'israel', to: 'huseynyun', directed: true },
    });
    store.getState().setFilters({ status: 'reported', yearRange: [2020, 2025] });
    const hash = hashFromState(store.getState(), 'my.json');
    const back = stateFromUrl(url('', hash));
    expect(back).toMatchObject({
      lang: 'ar',
      selection: { type: 'edge', id: 'r1' },
      layout: 'grouped',
      view: 'table',
      pathQuery: { from: 'israel', to: 'huseynyun', directed: true },
    });
    expect(back.filters).toMatchObject({ status: 'reported', yearRange: [2020, 2025] });
    expect(url('', hash).graph).toBe('my.json');
  });

  it('makes a history entry for a new selection and replaces it for other changes', () => {
    const calls: string[] = [];
    const location = { pathname: '/app/', search: '', hash: '' };
    const win = {
      location,
      history: {
        pushState: (_: unknown, __: string, href: string) => {
          calls.push(`push ${href}`);
          location.hash = href.slice(href.indexOf('#'));
        },
        replaceState: (_: unknown, __: string, href: string) => {
          calls.push(`replace ${href}`);
          location.hash = href.slice(href.indexOf('#'));
        },
      },
      addEventListener: () => {},
      removeEventListener: () => {},
    } as unknown as Window;
    const store = createAppStore();
    const stop = startUrlSync(store, win, null);
    store.getState().select({ type: 'node', id: 'azerbaijan' });
    store.getState().setLang('ar');
    stop();
    expect(calls).toEqual([
      'push /app/#lang=en&node=azerbaijan',
      'replace /app/#lang=ar&node=azerbaijan',
    ]);
  });
});

describe('a graph typed into the address bar', () => {
  function fakeWindow(hash: string) {
    const listeners = new Map<string, () => void>();
    let reloads = 0;
    const location = { pathname: '/app/', search: '', hash };
    const win = {
      location: { ...location, reload: () => void reloads++ },
      history: { pushState: () => {}, replaceState: () => {} },
      addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type),
    } as unknown as Window;
    return {
      win,
      change: (next: string) => {
        (win.location as { hash: string }).hash = next;
        listeners.get('hashchange')?.();
      },
      reloads: () => reloads,
    };
  }

  it('loads the new graph (a reload, like a fresh link) instead of ignoring it', () => {
    const page = fakeWindow('#graph=a.json');
    const store = createAppStore();
    const stop = startUrlSync(store, page.win, 'a.json');
    page.change('#graph=a.json&node=x');
    expect(page.reloads()).toBe(0);
    expect(store.getState().selection).toEqual({ type: 'node', id: 'x' });
    page.change('#graph=b.json');
    expect(page.reloads()).toBe(1);
    page.change('#node=y');
    expect(page.reloads()).toBe(2);
    stop();
  });
});

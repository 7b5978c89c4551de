/**
 * `v=<n>` in the URL: the dataset version a link was made for. Read from the query or the hash,
 * anything but a whole number from 1 ignored, written back to the hash only when the link had
 * it; the Share dialog's links and snippets carry the version of the data shown.
 */
import { describe, expect, it } from 'vitest';
import { embedSrc, versionedHref } from '../../../src/features/embed/links';
import { createAppStore } from '../../../src/state/store';
import {
  hashFromState,
  readParams,
  startUrlSync,
  stateFromUrl,
  urlStateFromParams,
} from '../../../src/state/url';

const url = (hash: string, search = '') => urlStateFromParams(readParams({ search, hash }));
const paramsOf = (hash: string) => Object.fromEntries(new URLSearchParams(hash.replace(/^#/, '')));

describe('v= in the URL', () => {
  it('is read from the hash or the query (the hash wins)', () => {
    expect(url('#node=iran&v=2').linkVersion).toBe(2);
    expect(url('', '?v=3').linkVersion).toBe(3);
    expect(url('#v=4', '?v=3').linkVersion).toBe(4);
    expect(url('#node=iran').linkVersion).toBeNull();
  });

  it('ignores what is not a whole number from 1, without touching the rest', () => {
    for (const bad of ['0', '-1', 'two', '2.5', '02', '']) {
      const state = url(`#node=iran&v=${bad}`);
      expect(state.linkVersion, bad).toBeNull();
      expect(state.node).toBe('iran');
    }
  });

  it('round-trips through the store and the hash when the link had it', () => {
    const store = createAppStore(stateFromUrl(url('#lang=ar&node=iran&v=1')));
    expect(store.getState().linkVersion).toBe(1);
    const hash = hashFromState(store.getState(), null);
    expect(paramsOf(hash)).toMatchObject({ lang: 'ar', node: 'iran', v: '1' });
    expect(url(hash).linkVersion).toBe(1);
  });

  it('is not added to a hash whose link did not have it', () => {
    const store = createAppStore(stateFromUrl(url('#lang=en&node=iran')));
    expect(paramsOf(hashFromState(store.getState(), 'g.json'))).toEqual({
      graph: 'g.json',
      lang: 'en',
      node: 'iran',
    });
  });

  it("is dropped while the reader's own file is shown", () => {
    const store = createAppStore({ ...stateFromUrl(url('#v=2')), openedFile: 'mine.json' });
    expect(paramsOf(hashFromState(store.getState(), null))).not.toHaveProperty('v');
  });

  it('stays in the address as the reader clicks around, and follows back/forward', () => {
    const location = { pathname: '/app/', search: '', hash: '#node=iran&v=2' };
    const listeners = new Map<string, () => void>();
    const win = {
      location,
      history: {
        pushState: (_: unknown, __: string, href: string) => {
          location.hash = href.slice(href.indexOf('#'));
        },
        replaceState: (_: unknown, __: string, href: string) => {
          location.hash = href.slice(href.indexOf('#'));
        },
      },
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      removeEventListener: () => {},
    } as unknown as Window;
    const store = createAppStore(stateFromUrl(urlStateFromParams(readParams(location))));
    const stop = startUrlSync(store, win, null);
    store.getState().select({ type: 'node', id: 'israel' });
    expect(paramsOf(location.hash)).toMatchObject({ node: 'israel', v: '2' });
    location.hash = '#node=iran';
    listeners.get('hashchange')?.();
    expect(store.getState().linkVersion).toBeNull();
    stop();
  });
});

describe('links the Share dialog makes', () => {
  it('carry the version of the data, replacing the one the page was opened with', () => {
    expect(versionedHref('https://r.example/app/#lang=en&node=iran', 2)).toBe(
      'https://r.example/app/#lang=en&node=iran&v=2',
    );
    expect(versionedHref('https://r.example/app/?v=1#lang=en&v=1', 3)).toBe(
      'https://r.example/app/#lang=en&v=3',
    );
    expect(versionedHref('https://r.example/app/?graph=g.json#lang=en', 1)).toBe(
      'https://r.example/app/?graph=g.json#lang=en&v=1',
    );
    expect(versionedHref('https://r.example/#lang=en', null)).toBe('https://r.example/#lang=en');
  });

  it('put it in the embed address too', () => {
    const src = embedSrc('https://r.example/app/#lang=en&node=iran&v=1', {
      lang: 'ar',
      hideLegend: false,
      hideToolbar: false,
      version: 2,
    });
    expect(paramsOf(new URL(src).hash)).toEqual({
      lang: 'ar',
      node: 'iran',
      v: '2',
      embed: '1',
    });
  });
});

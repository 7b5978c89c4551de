/** `color=` and `size=` in the URL: the reader's appearance choice travels with a link. */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import {
  hashFromState,
  readParams,
  stateFromUrl,
  urlStateFromParams,
} from '../../../src/state/url';

const url = (hash: string) => urlStateFromParams(readParams({ search: '', hash }));

describe('color= and size= in the URL', () => {
  it('round-trip through the store and the hash, and are left out when as drawn', () => {
    const store = createAppStore(stateFromUrl(url('#color=attr:Modularity%20Class&size=degree')));
    expect(store.getState().colorBy).toBe('attr:Modularity Class');
    expect(store.getState().sizeBy).toBe('degree');
    const params = new URLSearchParams(hashFromState(store.getState(), null).slice(1));
    expect(params.get('color')).toBe('attr:Modularity Class');
    expect(params.get('size')).toBe('degree');
    const plain = new URLSearchParams(hashFromState(createAppStore().getState(), null).slice(1));
    expect(plain.has('color') || plain.has('size')).toBe(false);
  });

  it('ignore values they do not understand', () => {
    expect(url('#color=rainbow&size=kind')).toMatchObject({ colorBy: 'look', sizeBy: 'look' });
  });
});

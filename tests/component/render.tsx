/**
 * Renders a component the way the app does: inside the store and i18n providers, with the seed
 * dataset (data/azerbaijan-gaza.json) loaded and ready. The store's language drives i18next, as
 * bootstrap.ts does in the app, so `store.getState().setLang('ar')` switches both.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach } from 'vitest';
import { addEditorLocales } from '../../src/features/editor/setup';
import { editEngine } from '../../src/state/edit-engine';
import { provideEditEngine } from '../../src/state/slices/edit';
import { createI18n, type UiLang } from '../../src/i18n';
import type { GraphIndex } from '../../src/model/graph-index';
import { loadDatasetText } from '../../src/model/load';
import { createAppStore, StoreContext, type AppState, type AppStore } from '../../src/state/store';

export const SEED_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../data/azerbaijan-gaza.json',
);

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

let seed: GraphIndex | null = null;

/** The seed dataset, loaded once per test file. */
export function seedIndex(): GraphIndex {
  if (!seed) {
    const result = loadDatasetText(readFileSync(SEED_FILE, 'utf8'));
    if (!result.ok) throw new Error(`the seed does not load: ${JSON.stringify(result.problems)}`);
    seed = result.index;
  }
  return seed;
}

export interface RenderOptions {
  lang?: UiLang;
  /** Extra store state (selection, filters, …) set before the first render. */
  state?: Partial<AppState>;
  /** Another dataset than the seed. */
  index?: GraphIndex;
}

export interface Rendered extends RenderResult {
  store: AppStore;
  i18n: I18n;
}

export function renderWithApp(ui: ReactElement, options: RenderOptions = {}): Rendered {
  const lang = options.lang ?? 'en';
  const store = createAppStore({ lang, ...options.state });
  store.getState().datasetReady('azerbaijan-gaza.json', options.index ?? seedIndex(), []);
  const i18n = createI18n(lang);
  // In the app the editor's strings come with its lazily loaded code.
  addEditorLocales(i18n);
  provideEditEngine(editEngine);
  store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) void i18n.changeLanguage(state.lang);
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
    </I18nextProvider>
  );
  return Object.assign(render(ui, { wrapper }), { store, i18n });
}

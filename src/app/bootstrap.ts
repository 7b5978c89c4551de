import type { i18n as I18n } from 'i18next';
import bundledDataset from '../../data/azerbaijan-gaza.json?url';
import type { UiLang } from '../i18n/langs';
import { createAppI18n, switchLanguage } from '../i18n/load';
import { applyDocumentLanguage } from '../i18n/direction';
import { embedStartState } from '../state/slices/embed';
import { createAppStore, type AppStore } from '../state/store';
import { restoreSessionFile } from '../features/io/open-files';
import {
  hashFromState,
  readParams,
  startUrlSync,
  stateFromUrl,
  urlStateFromParams,
} from '../state/url';
import { startEmbedApi } from './embed-api';
import { loadFaces, prefetchFaces } from './fonts';
import { scriptsToDraw, uiScript } from '../model/scripts';
import { fetchDataset } from './load-dataset';
import { META_GRAPH, META_LANG } from '../io/publish/meta';
import { dropPoster, posterElement } from '../graph/poster-dom';

export interface Boot {
  store: AppStore;
  /** Resolves once the reader's language's strings have arrived (their own chunk). */
  i18n: Promise<I18n>;
  /** Resolves when the dataset has been fetched and validated (or refused). */
  loaded: Promise<void>;
}

export const BUNDLED_DATASET = bundledDataset;

/**
 * A published website (src/io/publish/site.ts) names its own default graph and language in
 * meta tags, so its address needs no `graph=`; `graph=` and `lang=` in the URL still win.
 */
export function siteDefaults(doc: Document): { graph: string | null; lang: UiLang | null } {
  const meta = (name: string) =>
    doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() || null;
  const lang = meta(META_LANG);
  return { graph: meta(META_GRAPH), lang: lang === 'ar' || lang === 'en' ? lang : null };
}

function isFramed(win: Window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true;
  }
}

/** The interface's language: the URL's or the site's, else the browser's (start.js agrees). */
export function initialLang(fromUrl: UiLang | null, nav: Pick<Navigator, 'language'>): UiLang {
  if (fromUrl) return fromUrl;
  return nav.language?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/**
 * One-time start: read the URL, create the store and i18n, keep `<html lang dir>` and the hash
 * in step with the store, then fetch and validate the dataset.
 */
export function bootstrap(win: Window): Boot {
  const parsed = urlStateFromParams(readParams(win.location));
  // A framed page never reopens the reader's private file: any page on this site could frame
  // the app with `open=session` and read it through the host API. Only a top-level page may.
  const url = parsed.openedFile && isFramed(win) ? { ...parsed, openedFile: false } : parsed;
  const site = siteDefaults(win.document);
  const lang = initialLang(url.lang ?? site.lang, win.navigator);
  const frame = { width: win.innerWidth, height: win.innerHeight };
  const store = createAppStore({
    ...stateFromUrl(url),
    lang,
    // On small screens the open legend would cover much of the graph: start it folded.
    legendOpen: win.innerWidth >= 1280 && win.innerHeight >= 700,
    ...embedStartState(url.embed, frame),
  });
  const i18n = createAppI18n(lang);
  applyDocumentLanguage(win.document, lang);
  store.subscribe((state, previous) => {
    if (state.lang === previous.lang) return;
    const latest = () => store.getState().lang;
    // The page turns to the other language when its strings are there, all at once.
    void i18n
      .then((instance) => switchLanguage(instance, state.lang, latest))
      .then(() => {
        if (latest() === state.lang) applyDocumentLanguage(win.document, state.lang);
      })
      // Its strings could not be fetched (offline, a deploy replaced the chunk): the page stays
      // in the language it is written in, rather than the switch saying one and the text another.
      .catch(() => {
        if (latest() === state.lang) store.getState().setLang(previous.lang);
      });
  });
  startUrlSync(store, win, url.graph);
  // The address says what is shown (after a change the URL sync did not make itself).
  const rewriteHash = () => {
    const { pathname, search } = win.location;
    win.history.replaceState(
      null,
      '',
      `${pathname}${search}${hashFromState(store.getState(), url.graph)}`,
    );
  };
  // Framed, the reader's file is not shown: the address must not say open=session.
  if (parsed.openedFile && !url.openedFile) rewriteHash();
  startEmbedApi(win, store);
  if (url.embed.enabled && url.embed.autosize) startAutosize(win.document);

  const file = url.graph ?? site.graph ?? BUNDLED_DATASET;
  /** What the store calls the dataset shown (and a draft of it). */
  const name = url.graph ?? site.graph ?? 'azerbaijan-gaza.json';
  store.getState().datasetLoading(file);
  keepPosterHonest(
    win.document,
    store,
    file === BUNDLED_DATASET && !url.openedFile && !url.console,
  );
  // The faces of the page's own script at once (the start script preloaded them); another
  // script's only if the labels to draw use it (the Latin "SOCAR" in an Arabic name). The rest
  // come when the page is idle: on a slow network they would share it with the app's script.
  const fonts = loadFaces(win.document, [uiScript(lang)]);
  const fetchShown = (ready: Promise<unknown>) =>
    Promise.all([fetchDataset(file, win.location.href), ready]).then(async ([outcome]) => {
      if (!('error' in outcome) && outcome.result.ok) {
        await loadFaces(win.document, scriptsToDraw(outcome.result.index.data, lang));
      }
      const actions = store.getState();
      // The reader opened a file of their own while this one was loading: theirs stays.
      if (actions.openedFile) return;
      if ('error' in outcome) actions.datasetUnreachable(name, outcome.error);
      else if (outcome.result.ok) {
        actions.datasetReady(name, outcome.result.index, outcome.result.warnings);
      } else actions.datasetInvalid(name, outcome.result.problems);
    });
  // `open=session`: the file the reader opened before this reload, when this browser kept it
  // (after the fonts, like any dataset). Otherwise the usual dataset, and a notice says why.
  const shown = () =>
    url.openedFile
      ? fonts
          .then(() => restoreSessionFile(store))
          .catch(() => false)
          .then((restored) => {
            if (restored) return;
            rewriteHash();
            return fetchShown(Promise.resolve());
          })
      : fetchShown(fonts);
  // Edits are kept in this browser as they are made; `edit=1` on reload brings back the draft
  // this tab was editing, before (and instead of) fetching the dataset it started from.
  // Loaded on its own (IndexedDB, locks): a reader who never edits does not download it.
  const editable = !url.embed.enabled && !isFramed(win);
  const session = editable
    ? import('../state/edit-session')
        .then((module) => {
          module.startEditSession(store);
          return module;
        })
        // Not fetched (offline, a deploy replaced the chunk): edits live in the page only.
        .catch(() => {
          store.getState().setStorageStatus('unavailable');
          return null;
        })
    : null;
  const loaded =
    url.edit && session
      ? Promise.all([session, fonts])
          .then(
            ([module]) =>
              module?.restoreTabDraft(store, {
                openedFile: url.openedFile,
                file: name,
              }) ?? false,
          )
          .catch(() => false)
          .then((restored) => {
            // This tab's draft, not the bundled dataset the poster shows.
            if (restored) dropPoster(win.document, false);
            return restored ? undefined : shown();
          })
      : shown();
  // An embed has no language switch and opens no other file: what it drew is all it needs
  // (text in another script, say a name in the details, still fetches its face when shown).
  if (!url.embed.enabled) {
    const prefetch = () => prefetchFaces(win);
    void loaded.then(prefetch, prefetch);
  }
  return { store, i18n, loaded };
}

/**
 * The build's poster (src/graph/poster.ts) pictures the bundled dataset: it stays only while
 * that dataset is on its way to the graph, and goes at once when the page will show something
 * else (another file, the reader's own, a table, an error). The graph being drawn takes it away
 * otherwise (App.tsx).
 */
function keepPosterHonest(doc: Document, store: AppStore, bundled: boolean): void {
  if (!posterElement(doc)) return;
  const elsewhere = (state: ReturnType<AppStore['getState']>) =>
    state.load.status === 'invalid' ||
    state.load.status === 'unreachable' ||
    state.view === 'table' ||
    state.openedFile !== null;
  if (!bundled || elsewhere(store.getState())) {
    dropPoster(doc, false);
    return;
  }
  const unsubscribe = store.subscribe((state) => {
    if (!posterElement(doc)) unsubscribe();
    else if (elsewhere(state)) {
      dropPoster(doc, false);
      unsubscribe();
    }
  });
}

/**
 * `embed=1&autosize=1`: the page takes its own height (styles: html[data-embed-autosize]) and
 * answers a host page's iframe resizer with it. The child side of @open-iframe-resizer/core
 * (MIT), loaded only here: it replies to the host's init message with the body's size and
 * reports every change, so the host can size the iframe without guessing.
 */
function startAutosize(doc: Document): void {
  doc.documentElement.dataset.embedAutosize = '';
  void import('@open-iframe-resizer/core').then(({ initializeChildListener }) =>
    initializeChildListener(),
  );
}

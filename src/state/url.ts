/**
 * The URL is the app's public contract (see README, "URL parameters"). This module is the only
 * reader and writer of it: parameters are read from the query string and the hash on start (the
 * hash wins) and the app writes its state to the hash.
 */
import { isUiLang, type UiLang } from '../i18n/langs';
import { filtersFromParams, filtersToParams, type FilterState } from '../model/filters';
import { parseVersion } from '../model/revisions';
import type { PathQuery } from './slices/paths';
import type { AppState, AppStore } from './store';
import { isLayoutName, type LayoutName, type ViewName } from './slices/view';
import type { Selection } from './slices/selection';
import type { StoryPosition } from './slices/story';
import type { FilterMode } from './slices/filters';
import { embedFromParams, embedToParams, type EmbedState } from './slices/embed';
import { isColorBy, isSizeBy, type ColorBy, type SizeBy } from '../model/appearance';

export interface UrlState {
  graph: string | null;
  /**
   * `open=session`: show the file the reader opened earlier in this browser (kept by
   * src/features/io/session-file.ts) instead of fetching a dataset. Exclusive with `graph`.
   */
  openedFile: boolean;
  lang: UiLang | null;
  node: string | null;
  edge: string | null;
  layout: LayoutName | null;
  /** `color=kind|attr:<name>`, `size=degree|attr:<name>`: appearance by data. */
  colorBy: ColorBy;
  sizeBy: SizeBy;
  view: ViewName;
  filters: FilterState;
  /** `filtermode=fade`: what the filters leave out is faded in place, not removed. */
  filterMode: FilterMode;
  /** Filter parameters that were not understood, as key=value. */
  ignored: string[];
  path: PathQuery | null;
  /** `story=<id>&step=<n>` (n is 1-based in the URL, 0-based here). */
  story: StoryPosition | null;
  /** `console=1`: this window is a story's presenter console (also once the story ended). */
  console: boolean;
  /** `edit=1`: edit mode (never in an embed: readers of an article do not edit it). */
  edit: boolean;
  /** `embed`, `legend`, `toolbar`, `details`, `origins`: read once on start (see slices/embed). */
  embed: EmbedState;
  /**
   * `v=<n>`: the dataset version the link was made for (1 + its revisions, see
   * model/revisions.ts); null when absent or not a whole number from 1.
   */
  linkVersion: number | null;
}

/** Query string first, then the hash on top. */
export function readParams(location: Pick<Location, 'search' | 'hash'>): URLSearchParams {
  const params = new URLSearchParams(location.search);
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  for (const [key, value] of hash) params.set(key, value);
  return params;
}

export function urlStateFromParams(params: URLSearchParams): UrlState {
  const lang = params.get('lang');
  const layout = params.get('layout');
  return {
    graph: params.get('graph') || null,
    openedFile: params.get('open') === 'session',
    lang: isUiLang(lang) ? lang : null,
    node: params.get('node') || null,
    edge: params.get('edge') || null,
    layout: isLayoutName(layout) ? layout : null,
    colorBy: isColorBy(params.get('color') ?? '') ? (params.get('color') as ColorBy) : 'look',
    sizeBy: isSizeBy(params.get('size') ?? '') ? (params.get('size') as SizeBy) : 'look',
    view: params.get('view') === 'table' ? 'table' : 'graph',
    ...parsedFilters(params),
    filterMode: params.get('filtermode') === 'fade' ? 'fade' : 'hide',
    path: pathFrom(params.get('path'), params.get('directed')),
    story: storyFrom(params.get('story'), params.get('step')),
    console: params.get('console') === '1',
    edit: params.get('edit') === '1',
    embed: embedFromParams(params),
    linkVersion: parseVersion(params.get('v')),
  };
}

function parsedFilters(params: URLSearchParams): { filters: FilterState; ignored: string[] } {
  const { filters, ignored } = filtersFromParams(params);
  return { filters, ignored };
}

/** `story=azerbaijan-gaza-force&step=3`: step 3 of that story (the first when step is missing). */
function storyFrom(id: string | null, step: string | null): StoryPosition | null {
  if (!id) return null;
  const n = step === null ? 1 : Number.parseInt(step, 10);
  return { id, step: Number.isFinite(n) && n >= 1 ? n - 1 : 0 };
}

/** `path=israel,huseynyun` and `directed=1`. */
function pathFrom(value: string | null, directed: string | null): PathQuery | null {
  const [from, to, ...rest] = (value ?? '').split(',').map((v) => v.trim());
  if (!from || !to || rest.length > 0) return null;
  return { from, to, directed: directed === '1' || directed === 'true' };
}

/**
 * The hash that describes the current view. `graph` is kept as the page was opened with it,
 * unless the reader opened a file of their own (`open=session`).
 */
export function hashFromState(state: AppState, graph: string | null): string {
  const params = new URLSearchParams();
  if (state.openedFile) params.set('open', 'session');
  else if (graph) params.set('graph', graph);
  params.set('lang', state.lang);
  if (state.selection) params.set(state.selection.type, state.selection.id);
  if (state.layout !== 'auto') params.set('layout', state.layout);
  if (state.colorBy !== 'look') params.set('color', state.colorBy);
  if (state.sizeBy !== 'look') params.set('size', state.sizeBy);
  if (state.view !== 'graph') params.set('view', state.view);
  for (const [key, value] of Object.entries(filtersToParams(state.filters))) params.set(key, value);
  if (state.filterMode === 'fade') params.set('filtermode', 'fade');
  if (state.story) {
    params.set('story', state.story.id);
    params.set('step', String(state.story.step + 1));
  }
  // Kept after the story ends: the console window stays a console (and can resume it).
  if (state.presenterConsole) params.set('console', '1');
  if (state.editing && !state.embed.enabled) params.set('edit', '1');
  if (state.pathQuery) {
    params.set('path', `${state.pathQuery.from},${state.pathQuery.to}`);
    if (state.pathQuery.directed) params.set('directed', '1');
  }
  for (const [key, value] of Object.entries(embedToParams(state.embed))) params.set(key, value);
  // Kept only when the link said it, and only for the dataset the link meant (not a file of
  // the reader's own).
  if (state.linkVersion !== null && !state.openedFile) params.set('v', String(state.linkVersion));
  return `#${params.toString()}`;
}

function selectionFrom(url: UrlState): Selection {
  if (url.node) return { type: 'node', id: url.node };
  if (url.edge) return { type: 'edge', id: url.edge };
  return null;
}

/** What the store should hold for a URL (on start and on back/forward). */
export function stateFromUrl(url: UrlState): Partial<AppState> {
  return {
    selection: selectionFrom(url),
    ...(url.lang ? { lang: url.lang } : {}),
    layout: url.layout ?? 'auto',
    colorBy: url.colorBy,
    sizeBy: url.sizeBy,
    view: url.view,
    filters: url.filters,
    filterMode: url.filterMode,
    pathQuery: url.path,
    story: url.story,
    presenting: url.story !== null,
    presenterConsole: url.console,
    editing: url.edit && !url.embed.enabled,
    linkVersion: url.linkVersion,
  };
}

/**
 * Keeps the hash in step with the store: a new selection is a history entry (so back/forward
 * walk through what was clicked); other changes replace the current entry.
 */
export function startUrlSync(store: AppStore, win: Window, graph: string | null): () => void {
  const write = (state: AppState, previous: AppState) => {
    const hash = hashFromState(state, graph);
    if (hash === win.location.hash) return;
    const url = `${win.location.pathname}${win.location.search}${hash}`;
    // Embedded, every click would become a history entry of the host page: replace instead.
    if (state.selection !== previous.selection && !state.embed.enabled) {
      win.history.pushState(null, '', url);
    } else win.history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.selection !== previous.selection ||
      state.openedFile !== previous.openedFile ||
      state.lang !== previous.lang ||
      state.layout !== previous.layout ||
      state.colorBy !== previous.colorBy ||
      state.sizeBy !== previous.sizeBy ||
      state.view !== previous.view ||
      state.filters !== previous.filters ||
      state.filterMode !== previous.filterMode ||
      state.pathQuery !== previous.pathQuery ||
      state.story !== previous.story ||
      state.editing !== previous.editing ||
      state.linkVersion !== previous.linkVersion
    ) {
      write(state, previous);
    }
  });
  const state = () => store.getState();
  const onPop = () => {
    const url = urlStateFromParams(readParams(win.location));
    // Another `graph` typed into the address bar (a hash-only change, so no reload): load it
    // the way a fresh link would, with the same checks and messages, instead of ignoring it.
    if (url.graph !== graph && !(url.graph === null && state().openedFile)) {
      win.location.reload();
      return;
    }
    store.setState(stateFromUrl(url));
  };
  win.addEventListener('popstate', onPop);
  win.addEventListener('hashchange', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('hashchange', onPop);
  };
}

/** Where a dataset file comes from, when that is not this site (for the provenance banner). */
export function foreignOrigin(file: string, pageHref: string): string | null {
  try {
    const origin = new URL(file, pageHref).origin;
    return origin === new URL(pageHref).origin ? null : origin;
  } catch {
    return null;
  }
}

import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, filtersFromParams, type FilterState } from '../../model/filters';
import { findStory, moveStep, stepSelection, type StoryMove } from '../../model/story';
import type { StoryPosition } from '../../model/story';
import type { EvidenceStatus, NodeShape } from '../../model/schema';
import { selectIndex } from '../selectors';
import type { AppState, AppStore } from '../store';

export type { StoryPosition } from '../../model/story';

/** Words drawn into an exported picture, already in the reader's language (from i18next). */
export interface ExportTexts {
  dir: 'ltr' | 'rtl';
  /** The dataset's title, first line of the header band. */
  title: string;
  /** Second header line, e.g. "Step 3 of 9 · The open challenges"; empty outside a story. */
  subtitle: string;
  /**
   * What the picture shows of the network: "Shown: 12 of 50 entities, 8 of 80 lines · Only what
   * the source reports · Selected: Iran". A filtered picture must not read as the whole network.
   */
  shown: string;
  /** "Source: … · Relgraph". */
  footer: string;
  legend: {
    kinds: {
      heading: string;
      items: { kind: string; label: string; shape: NodeShape; color: string }[];
    };
    families: { heading: string; items: { family: string; label: string }[] };
    status: {
      heading: string;
      items: { status: EvidenceStatus; label: string }[];
    };
    /** The rings of unnamed sources and armed groups, when the dataset has them. */
    rings: { unnamed?: string; armed?: string };
    /** "Colours and sizes as the file's author drew them", when some are. */
    ownLook?: string;
    /** What each colour means when the reader coloured the graph by an attribute. */
    colorKey?: { heading: string; items: { label: string; color: string }[] };
  };
}

export type ExportFrame = 'view' | 'slide' | 'square' | 'a4' | 'social';

/** Picture sizes people ask for, in pixels: a 16:9 slide, a square post, A4 at 150 dpi. */
export const EXPORT_FRAMES: Readonly<
  Record<Exclude<ExportFrame, 'view'>, { width: number; height: number; legend: boolean }>
> = {
  slide: { width: 1920, height: 1080, legend: true },
  square: { width: 1080, height: 1080, legend: true },
  a4: { width: 1240, height: 1754, legend: true },
  // A link preview (Open Graph, 1200×630): too small for a key; the header says what it is.
  social: { width: 1200, height: 630, legend: false },
};

export interface ExportOptions {
  /** 1, 2 or 4: pixels per CSS pixel of the graph view. */
  scale: number;
  texts: ExportTexts;
  /** Draw this step of the current story (its focus and camera) instead of the view as it is. */
  step?: number;
  /**
   * A fixed picture size framed on what is shown ('slide' 16:9, 'square', 'a4' portrait)
   * instead of the window's shape; scale is then ignored. Default 'view'.
   */
  frame?: ExportFrame;
}

export interface ExportRequest extends ExportOptions {
  seq: number;
}

export type ExportResult =
  | {
      ok: true;
      blob: Blob;
      width: number;
      height: number;
      /** The scale drawn at: lower than asked when the browser cannot draw that large. */
      scale: number;
      requested: number;
    }
  | { ok: false; reason: 'noGraph' | 'empty' | 'failed'; detail?: string };

export interface StorySlice {
  /** The story being told and its step (0-based), or null in the explorer. */
  story: StoryPosition | null;
  /** Presenter mode (projector theme, keys, full screen). */
  presenting: boolean;
  /**
   * `console=1`: this window is the presenter console of a story shown in another window
   * (features/story/PresenterConsole): the current and next step, notes and a timer.
   */
  presenterConsole: boolean;
  /** This window opened a presenter console: it follows the console even after the story ends. */
  consoleOpened: boolean;
  openedConsole: () => void;
  /** Where the last story was when it ended: the console offers to resume there. */
  endedAt: StoryPosition | null;
  /** The filters from before the story started, given back when it ends. */
  filtersBeforeStory: FilterState | null;
  /** A picture the graph should draw; the bridge answers through finishExport. */
  exportRequest: ExportRequest | null;
  startStory: (id: string, step?: number) => void;
  goToStep: (step: number) => void;
  nextStep: () => void;
  prevStep: () => void;
  firstStep: () => void;
  lastStep: () => void;
  endStory: () => void;
  /** Asks the graph for a PNG; resolves with the picture or why there is none. */
  requestExport: (options: ExportOptions) => Promise<ExportResult>;
  finishExport: (seq: number, result: ExportResult) => void;
}

export const createStorySlice: StateCreator<AppState, [], [], StorySlice> = (set, get) => {
  const pending = new Map<number, (result: ExportResult) => void>();
  let exportSeq = 0;

  /** Steps of the current story, or null while the dataset is not there yet. */
  const stepCount = (id: string): number | null => {
    const index = selectIndex(get());
    if (!index) return null;
    return findStory(index, id)?.steps.length ?? 0;
  };

  const move = (how: StoryMove) => {
    const story = get().story;
    if (!story) return;
    const count = stepCount(story.id);
    const step =
      count === null
        ? typeof how === 'object'
          ? Math.max(0, how.to)
          : story.step
        : moveStep(story.step, how, count);
    if (step !== story.step) set({ story: { id: story.id, step } });
  };

  return {
    story: null,
    presenting: false,
    presenterConsole: false,
    consoleOpened: false,
    openedConsole: () => set({ consoleOpened: true }),
    endedAt: null,
    filtersBeforeStory: null,
    exportRequest: null,
    startStory: (id, step = 0) => {
      const count = stepCount(id);
      const at = count === null ? Math.max(0, Math.trunc(step)) : moveStep(0, { to: step }, count);
      set({ story: { id, step: at }, presenting: true });
    },
    goToStep: (step) => move({ to: step }),
    nextStep: () => move('next'),
    prevStep: () => move('prev'),
    firstStep: () => move('first'),
    lastStep: () => move('last'),
    endStory: () => set({ story: null, presenting: false, endedAt: get().story ?? get().endedAt }),
    requestExport: (options) =>
      new Promise<ExportResult>((resolve) => {
        const seq = ++exportSeq;
        pending.set(seq, resolve);
        set({ exportRequest: { ...options, seq } });
      }),
    finishExport: (seq, result) => {
      const resolve = pending.get(seq);
      pending.delete(seq);
      if (get().exportRequest?.seq === seq) set({ exportRequest: null });
      resolve?.(result);
    },
  };
};

/**
 * What a step does to the explorer, kept in the store so a link, the keys and the buttons all
 * behave alike: its `select` becomes the selection and its `filters` apply (no filters when it
 * has none). The filters from before the story come back when it ends; the selection of the
 * last step stays. Runs for every change of story or step, and when the dataset arrives (a
 * `#story=…&step=…` link is read before the data is loaded).
 */
export function installStoryEffects(store: AppStore): () => void {
  return store.subscribe((next, previous) => {
    const index = selectIndex(next);
    const moved =
      next.story?.id !== previous.story?.id || next.story?.step !== previous.story?.step;
    const arrived = index !== null && index !== selectIndex(previous);
    if (!moved && !arrived) return;

    if (!next.story) {
      if (previous.story && next.filtersBeforeStory) {
        store.setState({ filters: next.filtersBeforeStory, filtersBeforeStory: null });
      }
      return;
    }
    const saved = next.filtersBeforeStory ?? (previous.story ? null : next.filters);
    if (!index) {
      if (saved !== next.filtersBeforeStory) store.setState({ filtersBeforeStory: saved });
      return;
    }
    const story = findStory(index, next.story.id);
    if (!story || story.steps.length === 0) {
      // A link to a story this dataset does not have: stay in the explorer.
      store.setState({ story: null, presenting: false, filtersBeforeStory: null });
      return;
    }
    const at = moveStep(0, { to: next.story.step }, story.steps.length);
    if (at !== next.story.step) {
      store.setState({ story: { id: story.id, step: at }, filtersBeforeStory: saved });
      return;
    }
    const step = story.steps[at];
    if (!step) return;
    const filters = step.filters ? filtersFromParams(step.filters, index).filters : EMPTY_FILTERS;
    store.setState({
      selection: stepSelection(index, step),
      filters: sameFilters(filters, next.filters) ? next.filters : filters,
      filtersBeforeStory: saved,
      presenting: true,
      // The story is told on the graph.
      view: 'graph',
    });
  });
}

function sameFilters(a: FilterState, b: FilterState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

import type { Core } from 'cytoscape';
import { applyFilters, filtersFromParams, isFilterActive } from '../model/filters';
import type { GraphIndex } from '../model/graph-index';
import {
  findStory,
  stepFocus,
  stepSelection,
  storyStep,
  type StepFocus,
  type StoryPosition,
} from '../model/story';
import type { StoryStep } from '../model/schema';
import { selectIndex, selectPaths, selectVisible } from '../state/selectors';
import type { ExportRequest } from '../state/slices/story';
import type { AppState, AppStore } from '../state/store';
import { moveCameraTo, type CameraTarget } from './camera';
import { applyEmphasis, applyVisibility, keepEdgeLabelsReadable } from './highlight';

const STORY_PADDING = 60;

let memo: { index: GraphIndex; id: string; step: number; focus: StepFocus | null } | null = null;

/** The focus of the step being shown, or null outside a story (same object for the same step). */
export function selectStoryFocus(state: AppState): StepFocus | null {
  const index = selectIndex(state);
  const position = state.story;
  if (!index || !position) return null;
  if (memo && memo.index === index && memo.id === position.id && memo.step === position.step) {
    return memo.focus;
  }
  const step = storyStep(index, position);
  const focus = step ? stepFocus(index, step) : null;
  memo = { index, id: position.id, step: position.step, focus };
  return focus;
}

function cameraTarget(cy: Core, step: StoryStep, focus: StepFocus): CameraTarget {
  const camera = step.camera ?? { fit: true as const };
  if (!('fit' in camera)) return { zoom: camera.zoom, pan: camera.pan };
  const nodes = cy.nodes().filter((n) => focus.nodes.has(n.id()) && !n.hasClass('hidden'));
  return {
    fit: nodes.nonempty() ? nodes : cy.elements().not('.hidden'),
    // A phone's graph is a strip ~250 px tall: 60 px on each side would leave it a third.
    padding: Math.min(STORY_PADDING, Math.round(Math.min(cy.width(), cy.height()) * 0.1)),
  };
}

export interface StorySync {
  /** Store changed: move the camera when the story moved to another step. */
  changed: (next: AppState) => void;
  /** A layout has been drawn: the step's camera applies again, at once. */
  laidOut: () => void;
  /** The container changed size (entering presenter mode): fit the step again, at once. */
  resized: () => void;
  /** Draws the picture a feature asked for and hands it back through the store. */
  exportRequested: (request: ExportRequest) => void;
}

/**
 * The story side of the bridge: step focus as emphasis (through applyEmphasis), the step's
 * camera (smooth, instant under reduced motion), and pictures of any step for the handout.
 * Only classes and the viewport change: elements are never rebuilt, layouts never re-run.
 */
export function createStorySync(cy: Core, store: AppStore): StorySync {
  let ready = false;
  let shown: string | null = null;
  const keyOf = (position: StoryPosition | null) =>
    position ? `${position.id}\u0000${position.step}` : null;

  const showCamera = (state: AppState, instant: boolean) => {
    const index = selectIndex(state);
    const step = storyStep(index, state.story);
    const focus = selectStoryFocus(state);
    shown = keyOf(state.story);
    if (!step || !focus) return;
    moveCameraTo(cy, cameraTarget(cy, step, focus), instant);
  };

  const restoreClasses = () => {
    const state = store.getState();
    applyVisibility(cy, selectVisible(state));
    applyEmphasis(cy, state.selection, selectPaths(state), selectStoryFocus(state));
    keepEdgeLabelsReadable(cy);
  };

  /** Shows step `n` of the current story for a moment (classes and camera), then puts back. */
  const withStep = async <T>(n: number | undefined, run: () => Promise<T>): Promise<T> => {
    const state = store.getState();
    const index = selectIndex(state);
    const story = index && state.story ? findStory(index, state.story.id) : undefined;
    const step = n === undefined ? undefined : story?.steps[n];
    if (!index || !step) return run();
    const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const selection = stepSelection(index, step);
    const filters = step.filters ? filtersFromParams(step.filters, index).filters : null;
    const visible =
      filters && isFilterActive(filters)
        ? applyFilters(index, filters, selection?.type === 'node' ? selection.id : null)
        : null;
    const focus = stepFocus(index, step);
    applyVisibility(cy, visible);
    applyEmphasis(cy, selection, null, focus);
    keepEdgeLabelsReadable(cy);
    moveCameraTo(cy, cameraTarget(cy, step, focus), true);
    // Let the opacity transitions of the stylesheet finish before the picture is taken.
    await new Promise((resolve) => setTimeout(resolve, 220));
    try {
      return await run();
    } finally {
      restoreClasses();
      cy.viewport(viewport);
    }
  };

  let queue: Promise<unknown> = Promise.resolve();

  return {
    changed: (next) => {
      if (!ready) return;
      const key = keyOf(next.story);
      if (key === null) {
        shown = null;
        return;
      }
      if (key !== shown) showCamera(next, false);
    },
    laidOut: () => {
      ready = true;
      if (store.getState().story) showCamera(store.getState(), true);
    },
    resized: () => {
      if (ready && store.getState().story) showCamera(store.getState(), true);
    },
    exportRequested: (request) => {
      queue = queue.then(async () => {
        const result = await withStep(request.step, async () =>
          (await import('./export-png')).exportPng(cy, request),
        ).catch((error: unknown) => ({
          ok: false as const,
          reason: 'failed' as const,
          detail: String(error),
        }));
        store.getState().finishExport(request.seq, result);
      });
    },
  };
}

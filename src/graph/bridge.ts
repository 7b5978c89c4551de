import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import type { AppStore } from '../state/store';
import { selectIndex, selectPaths, selectVisible } from '../state/selectors';
import { fitInFreeArea, mirrorCamera, moveCamera, readableStart, revealIfHidden } from './camera';
import { installDebugApi } from './debug';
import {
  applyEmphasis,
  applyHover,
  applyVisibility,
  edgeLabelsZoomed,
  FADE_LIMIT,
  keepEdgeLabelsReadable,
  pathElementIds,
  shownElementIds,
} from './highlight';
import { graphKey, neighbourToward, startEntity } from './keyboard';
import { needsForceRefinement, runLayout } from './layouts';
import { refineInWorker, type ForceRun } from './progressive-layout';
import { createStorySync, selectStoryFocus } from './story-sync';
import { syncElements } from './sync-elements';
import { installDragToStore, showEdit } from './edit-sync';
import { drawFineDetailCheaply } from './fine-detail';
import { watchLabelFonts } from './label-fonts';
import { installConnect } from './connect';
import { tidyPositions } from './tidy';
import { selectTidyIds } from '../state/slices/edit';
import type { Patch } from '../model/edit';

export interface BridgeOptions {
  /** Called once per dataset when the first layout has been drawn. */
  onReady: () => void;
}

/**
 * The two-way link between one cytoscape instance and the store: cytoscape events become store
 * actions (handlers bound once, reading fresh state when they fire), and store changes become
 * class diffs, layouts and camera moves. Returns the teardown.
 */
export interface Bridge {
  /** Makes cy hold exactly these elements (a new dataset, or new labels after a language switch). */
  setElements: (elements: readonly ElementDefinition[]) => void;
  /** Lay out the current elements: call after setElements with a new dataset. */
  datasetChanged: () => void;
  /** The dataset was edited (after setElements): show the patch, lay nothing out again. */
  datasetEdited: (patch: Patch) => void;
  resize: () => void;
  /** A key pressed on the focused graph (keyboard.ts): whether it was the graph's, and moved. */
  key: (key: string) => { handled: boolean; blocked?: boolean };
  /** The graph took keyboard focus: the cursor starts on the selection or the main entity. */
  focused: () => void;
  detach: () => void;
}

/** Up to this many entities, the graph is framed again whenever an edit adds one. */
const SMALL_GRAPH = 40;

export function attachBridge(cy: Core, store: AppStore, options: BridgeOptions): Bridge {
  const state = () => store.getState();

  const labelFonts = watchLabelFonts(cy, cy.container()?.ownerDocument.fonts);
  drawFineDetailCheaply(cy);
  // A click opens the details, which name the entity in both languages: the hover tooltip
  // (the other language's name) would only sit over the graph until the pointer moved away.
  const onTapNode = (event: EventObject) => {
    if (state().hover) state().setHover(null);
    state().select({ type: 'node', id: event.target.id() });
  };
  const onTapEdge = (event: EventObject) => {
    if (state().hover) state().setHover(null);
    state().select({ type: 'edge', id: event.target.id() });
  };
  const onTapBackground = (event: EventObject) => {
    if (event.target === cy) state().clearSelection();
  };
  const onOver = (event: EventObject) => {
    const position = event.target.renderedPosition();
    state().setHover({ id: event.target.id(), x: position.x, y: position.y });
  };
  const onOut = () => state().setHover(null);
  let lastZoom = cy.zoom();
  const onViewport = () => {
    if (state().hover) state().setHover(null);
    if (cy.zoom() !== lastZoom) {
      lastZoom = cy.zoom();
      edgeLabelsZoomed(cy);
    }
  };

  cy.on('tap', 'node', onTapNode);
  cy.on('tap', 'edge', onTapEdge);
  cy.on('tap', onTapBackground);
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  cy.on('viewport', onViewport);
  const uninstallDrag = installDragToStore(cy, store);
  const uninstallConnect = installConnect(cy, store);

  // Story steps: focus emphasis, the step's camera, pictures for export and the handout.
  const story = createStorySync(cy, store);

  // The page turning to the other direction moves the panels to the other side (and a story
  // frames its step again, as after a resize).
  const page = cy.container()?.ownerDocument.documentElement;
  let direction = page?.dir;
  const onDirection = () => {
    if (!page || page.dir === direction) return;
    direction = page.dir;
    if (state().story) story.resized();
    else mirrorCamera(cy, shownElementIds(cy, selectVisible(state())));
  };
  const directionObserver =
    page && typeof MutationObserver !== 'undefined' ? new MutationObserver(onDirection) : null;
  directionObserver?.observe(page as HTMLElement, { attributes: true, attributeFilter: ['dir'] });

  let disposed = false;
  let layoutRun = 0;
  // Opened in edit mode (edit=1), the editor's panel arrives after the first picture.
  let refitOnResize = state().editing;
  // On large graphs the details panel paints first and the canvas catches up a frame later;
  // on small ones both happen at once.
  let emphasisFrame = 0;
  const emphasise = () => {
    const apply = () => {
      emphasisFrame = 0;
      if (disposed) return;
      const now = state();
      applyEmphasis(cy, now.selection, selectPaths(now), selectStoryFocus(now));
      keepEdgeLabelsReadable(cy);
    };
    if (cy.nodes().length < FADE_LIMIT || typeof requestAnimationFrame !== 'function')
      return apply();
    if (!emphasisFrame) emphasisFrame = requestAnimationFrame(apply);
  };
  // After React has drawn what the selection opens (a phone's sheet, an embed card), so the
  // camera knows what covers the graph.
  const revealSoon = (id: string) => {
    if (typeof requestAnimationFrame !== 'function') return revealIfHidden(cy, id);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (!disposed && state().selection?.id === id) revealIfHidden(cy, id);
      }),
    );
  };
  const selectedNode = () => {
    const selected = state().selection;
    return selected?.type === 'node' ? selected.id : null;
  };
  let force: ForceRun | null = null;
  /** The dataset the force layout just stored its positions in: already drawn as it is. */
  let arrangedIndex: ReturnType<typeof selectIndex> = null;
  const stopForce = () => {
    force?.cancel();
    force = null;
    if (state().arranging) state().arrangingProgress(null);
  };
  /** A large graph without positions: the draft is on screen; ForceAtlas2 refines it. */
  const refine = (index: NonNullable<ReturnType<typeof selectIndex>>) => {
    if (!needsForceRefinement(state().layout, index)) return;
    force = refineInWorker(cy, {
      progress: (iterations, max) => state().arrangingProgress({ iterations, max }),
      settled: (positions) => {
        force = null;
        state().arrangingProgress(null);
        state().positionsArranged(index, positions);
        arrangedIndex = selectIndex(state());
      },
    });
  };
  const layout = async (first: boolean) => {
    const index = selectIndex(state());
    if (!index) return;
    const run = ++layoutRun;
    stopForce();
    await runLayout(cy, state().layout, index);
    if (disposed || run !== layoutRun) return;
    refine(index);
    const visible = selectVisible(state());
    applyVisibility(cy, visible, state().filterMode);
    // The layout fitted the whole canvas, under the legend and panels too, and with filters
    // from a link maybe one entity at four times its size: frame what is shown in the part of
    // the view no panel covers instead, as a filter change does.
    if (!state().story) fitInFreeArea(cy, shownElementIds(cy, visible), true);
    applyEmphasis(cy, state().selection, selectPaths(state()), selectStoryFocus(state()));
    keepEdgeLabelsReadable(cy);
    const selected = state().selection;
    if (first && !state().story) readableStart(cy, selected?.type === 'node' ? selected.id : null);
    if (selected && !state().story) revealIfHidden(cy, selected.id);
    const paths = selectPaths(state());
    if (first && paths && paths.length > 0 && !state().story)
      fitInFreeArea(cy, pathElementIds(paths));
    story.laidOut();
    if (first) cy.one('render', () => requestAnimationFrame(() => !disposed && options.onReady()));
    cy.forceRender?.();
  };

  const unsubscribe = store.subscribe((next, previous) => {
    const visible = selectVisible(next);
    if (visible !== selectVisible(previous) || next.filterMode !== previous.filterMode) {
      applyVisibility(cy, visible, next.filterMode);
    }
    // A filter changed what is shown: frame what is left (a story step frames itself).
    if (
      next.filters !== previous.filters &&
      !next.story &&
      selectIndex(next) === selectIndex(previous)
    ) {
      fitInFreeArea(cy, shownElementIds(cy, visible));
    }
    const paths = selectPaths(next);
    const focus = selectStoryFocus(next);
    if (
      next.selection !== previous.selection ||
      paths !== selectPaths(previous) ||
      focus !== selectStoryFocus(previous)
    ) {
      emphasise();
    }
    // In a story the step's camera shows the selection; a second camera move would fight it.
    if (next.selection && next.selection !== previous.selection && !next.story) {
      revealSoon(next.selection.id);
    }
    // A new path query: frame its paths (the panel lists them; the picture should show them).
    if (next.pathQuery && next.pathQuery !== previous.pathQuery && paths && paths.length > 0) {
      fitInFreeArea(cy, pathElementIds(paths));
    }
    if (next.cursor !== previous.cursor) {
      if (previous.cursor) cy.getElementById(previous.cursor).removeClass('cursor');
      if (next.cursor) {
        cy.getElementById(next.cursor).addClass('cursor');
        revealIfHidden(cy, next.cursor);
      }
    }
    if (next.hover?.id !== previous.hover?.id) {
      applyHover(cy, next.hover?.id ?? null, previous.hover?.id ?? null);
    }
    // The editor's panel takes the details' place, wider: frame the graph again once the
    // canvas has its new size (resize, below).
    if (next.editing !== previous.editing) refitOnResize = true;
    if (next.tidyRequest !== previous.tidyRequest) {
      const positions = tidyPositions(cy, selectTidyIds(next));
      if (positions.size > 0) {
        // Moved here at once, so the picture can frame them; the edit stores the same places.
        cy.batch(() => positions.forEach((at, id) => cy.getElementById(id).position(at)));
        next.positionsDragged(positions);
        if (!next.story) fitInFreeArea(cy, shownElementIds(cy, selectVisible(next)));
      }
    }
    if (next.layout !== previous.layout) void layout(false);
    if (next.arrangeStop !== previous.arrangeStop) force?.stop();
    if (next.camera && next.camera !== previous.camera) {
      if (next.camera.kind === 'reset') void layout(false);
      else moveCamera(cy, next.camera.kind, next.selection?.id);
    }
    story.changed(next);
    if (next.exportRequest && next.exportRequest !== previous.exportRequest) {
      story.exportRequested(next.exportRequest);
    }
  });

  const uninstallDebug = installDebugApi(cy);

  const detach = () => {
    disposed = true;
    force?.cancel();
    unsubscribe();
    uninstallDebug();
    cy.off('tap', 'node', onTapNode);
    cy.off('tap', 'edge', onTapEdge);
    cy.off('tap', onTapBackground);
    cy.off('mouseover', 'node', onOver);
    cy.off('mouseout', 'node', onOut);
    cy.off('viewport', onViewport);
    uninstallDrag();
    uninstallConnect();
    labelFonts.detach();
    directionObserver?.disconnect();
  };
  return {
    setElements: (elements) => {
      // Patched elements keep their state classes (a language switch touches labels only);
      // added ones have none yet. A new dataset gets them again when it is laid out.
      const { added } = syncElements(cy, elements);
      labelFonts.labelsChanged();
      if (added === 0) return;
      applyVisibility(cy, selectVisible(state()), state().filterMode);
      emphasise();
    },
    key: (key) => {
      const action = graphKey(key);
      if (!action) return { handled: false };
      const current = state().cursor ?? startEntity(cy, selectedNode());
      if (!current) return { handled: true, blocked: true };
      if ('open' in action) {
        state().select({ type: 'node', id: current });
        return { handled: true };
      }
      const next =
        'home' in action ? startEntity(cy, null) : neighbourToward(cy, current, action.move);
      if (!next) return { handled: true, blocked: true };
      state().setCursor(next);
      return { handled: true };
    },
    focused: () => {
      if (!state().cursor) state().setCursor(startEntity(cy, selectedNode()));
    },
    datasetChanged: () => {
      // Positions stored from the picture on screen: laying it out again would redraw the same.
      if (arrangedIndex && arrangedIndex === selectIndex(state())) return;
      void layout(true);
    },
    datasetEdited: (patch) => {
      // setElements has classed what it added; the rest keep theirs. Re-emphasising all 15,000
      // elements of a large graph would restyle and redraw every one of them for one rename.
      showEdit(cy, patch);
      const added = patch.flatMap((change) =>
        change.kind === 'item' && change.collection === 'entities' && !change.before
          ? [change.id]
          : [],
      );
      if (added.length === 0 || state().story) return;
      // A graph being built from nothing is framed as it grows (it started at the zoom of an
      // empty view); in a large one the newcomer is brought into view, the rest left alone.
      if (cy.nodes().length <= SMALL_GRAPH)
        fitInFreeArea(cy, shownElementIds(cy, selectVisible(state())));
      else for (const id of added) revealIfHidden(cy, id);
    },
    resize: () => {
      const container = cy.container();
      // Told twice for one change (a layout effect, then the ResizeObserver): a resize redraws
      // every element, so the second call, with nothing new, does nothing.
      if (
        container &&
        container.clientWidth === cy.width() &&
        container.clientHeight === cy.height()
      )
        return;
      const before = cy.width();
      cy.resize();
      // In RTL the container grows and shrinks on its left edge (the panel sits there): pan by
      // the change so the picture stays where it was on screen instead of jumping sideways.
      const change = cy.width() - before;
      if (before > 0 && change !== 0 && cy.container()?.closest('[dir="rtl"]')) {
        cy.panBy({ x: change, y: 0 });
      }
      story.resized();
      if (refitOnResize && change !== 0 && !state().story) {
        refitOnResize = false;
        fitInFreeArea(cy, shownElementIds(cy, selectVisible(state())));
      }
      const selected = state().selection;
      if (selected && !state().story) revealIfHidden(cy, selected.id);
    },
    detach,
  };
}

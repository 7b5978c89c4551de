import type { Core } from 'cytoscape';
import type { Visible } from '../model/filters';
import type { Path } from '../model/paths';
import type { StepFocus } from '../model/story';
import type { Selection } from '../state/slices/selection';

/**
 * Selection and paths as classes, applied in one batch: what matters stands out, everything else
 * fades. Never rebuilds elements, never re-runs a layout. A path query, when it has results,
 * takes the emphasis; the selected element keeps its ring. A story step's focus, when given,
 * wins over both: its elements stand out (lines labelled) and everything else fades.
 */
/**
 * Fading everything else restyles every element; past this many entities that costs seconds
 * (npm run bench: 3.9 s from click to details at 20,000), so large graphs only mark what stands
 * out and leave the rest as it is.
 */
export const FADE_LIMIT = 1000;

export function applyEmphasis(
  cy: Core,
  selection: Selection,
  paths: Path[] | null,
  storyFocus: StepFocus | null = null,
): void {
  const fade = cy.nodes().length < FADE_LIMIT;
  cy.batch(() => {
    // Only the elements that carry a state class, not every element of a large graph.
    cy.elements('.selected, .focus, .faded, .on-path, .story-focus').removeClass(
      'selected focus faded on-path story-focus',
    );
    const target = selection ? cy.getElementById(selection.id) : null;
    if (target && target.nonempty()) target.addClass('selected');
    if (storyFocus) {
      const inFocus = cy
        .elements()
        .filter((el) => storyFocus.nodes.has(el.id()) || storyFocus.edges.has(el.id()));
      inFocus.addClass('story-focus');
      inFocus.edges().addClass('focus');
      if (fade) cy.elements().not(inFocus).not('.selected').addClass('faded');
      return;
    }
    if (paths && paths.length > 0) {
      const ids = pathElementIds(paths);
      const onPath = cy.elements().filter((el) => ids.has(el.id()));
      onPath.addClass('on-path');
      if (fade) cy.elements().not(onPath).addClass('faded');
      return;
    }
    if (!selection || !target || target.empty()) return;
    const keep =
      selection.type === 'node'
        ? target.closedNeighborhood()
        : target.union(target.connectedNodes());
    keep.edges().addClass('focus');
    if (fade) cy.elements().not(keep).addClass('faded');
  });
}

/** Every entity and line on any of the paths. */
export function pathElementIds(paths: readonly Path[]): Set<string> {
  const ids = new Set<string>();
  for (const path of paths) {
    path.entities.forEach((id) => ids.add(id));
    path.steps.forEach((step) => ids.add(step.edge.id));
  }
  return ids;
}

/** Filters as a class: hidden elements keep their positions and come back where they were. */
export function applyVisibility(cy: Core, visible: Visible | null): void {
  cy.batch(() => {
    if (!visible) {
      cy.elements('.hidden').removeClass('hidden');
      return;
    }
    cy.nodes().forEach((node) => {
      node.toggleClass('hidden', !visible.entities.has(node.id()));
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('hidden', !visible.edges.has(edge.id()));
    });
  });
}

export function applyHover(cy: Core, id: string | null, previous: string | null): void {
  if (previous) cy.getElementById(previous).removeClass('hovered');
  if (id) cy.getElementById(id).addClass('hovered');
}

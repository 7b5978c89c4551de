import type { Core } from 'cytoscape';
import type { Selection } from '../state/slices/selection';

/**
 * Selection as classes, applied in one batch: the selected element and what touches it stand
 * out, everything else fades. Never rebuilds elements, never re-runs a layout.
 */
export function applySelection(cy: Core, selection: Selection): void {
  cy.batch(() => {
    cy.elements().removeClass('selected focus faded');
    if (!selection) return;
    const target = cy.getElementById(selection.id);
    if (target.empty()) return;
    target.addClass('selected');
    const keep =
      selection.type === 'node'
        ? target.closedNeighborhood()
        : target.union(target.connectedNodes());
    keep.edges().addClass('focus');
    cy.elements().not(keep).addClass('faded');
  });
}

export function applyHover(cy: Core, id: string | null, previous: string | null): void {
  if (previous) cy.getElementById(previous).removeClass('hovered');
  if (id) cy.getElementById(id).addClass('hovered');
}

import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { Patch } from '../model/edit';
import { roundPosition } from './force-atlas';
import { tidyPositions } from './tidy';
import type { AppStore } from '../state/store';

/**
 * Edit mode on the canvas. An edit never lays the graph out again (that would undo the
 * author's arrangement): the elements were already patched by their diff, and here entities
 * whose stored position changed (a drag, its undo) move there, and new ones without a position
 * get the spot Tidy would give them (tidy.ts): beside what they connect to, clear of the rest.
 */
export function showEdit(cy: Core, patch: Patch): void {
  const placed: string[] = [];
  cy.batch(() => {
    for (const change of patch) {
      if (change.kind !== 'item' || change.collection !== 'entities' || !change.after) continue;
      const entity = change.after.value;
      const node = cy.getElementById(entity.id);
      if (node.empty()) continue;
      if (entity.position) {
        const now = node.position();
        if (now.x !== entity.position.x || now.y !== entity.position.y) {
          node.position({ ...entity.position });
        }
      } else if (!change.before) placed.push(entity.id);
    }
    // Drawn there only: the author stores a place by dragging it, or with Tidy.
    tidyPositions(cy, new Set(placed)).forEach((at, id) => cy.getElementById(id).position(at));
  });
}

/**
 * While editing, dropping dragged nodes stores where they are: one undo step for everything
 * dragged together.
 */
export function installDragToStore(cy: Core, store: AppStore): () => void {
  const onDragFree = (event: EventObject) => {
    const state = store.getState();
    if (!state.editing || state.load.status !== 'ready') return;
    const target = event.target as NodeSingular;
    const moved = target.selected() ? cy.nodes(':selected') : target;
    const positions = new Map<string, { x: number; y: number }>();
    moved.forEach((node) => {
      const p = node.position();
      positions.set(node.id(), { x: roundPosition(p.x), y: roundPosition(p.y) });
    });
    state.positionsDragged(positions);
  };
  cy.on('dragfree', 'node', onDragFree);
  return () => cy.off('dragfree', 'node', onDragFree);
}

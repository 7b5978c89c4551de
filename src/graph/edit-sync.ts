import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { Patch } from '../model/edit';
import { freeArea } from './camera';
import { roundPosition } from './force-atlas';
import type { AppStore } from '../state/store';

/**
 * Edit mode on the canvas. An edit never lays the graph out again (that would undo the
 * author's arrangement): the elements were already patched by their diff, and here entities
 * whose stored position changed (a drag, its undo) move there, and new ones without a position
 * are placed beside what they connect to, or in the middle of the free view.
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
    for (const id of placed) place(cy, cy.getElementById(id) as NodeSingular);
  });
}

/** Golden-angle spiral around the anchor: the n-th newcomer lands beside, not on, the others. */
function place(cy: Core, node: NodeSingular): void {
  const neighbours = node.neighborhood('node').filter((n) => !n.same(node));
  let anchor: { x: number; y: number };
  if (neighbours.nonempty()) {
    let x = 0;
    let y = 0;
    neighbours.forEach((n) => {
      x += n.position().x;
      y += n.position().y;
    });
    anchor = { x: x / neighbours.length, y: y / neighbours.length };
  } else {
    const area = freeArea(cy);
    const zoom = cy.zoom();
    const pan = cy.pan();
    anchor = {
      x: ((area.x1 + area.x2) / 2 - pan.x) / zoom,
      y: ((area.y1 + area.y2) / 2 - pan.y) / zoom,
    };
  }
  const n = cy.nodes().length;
  const radius = 60 * Math.sqrt(n % 50);
  const angle = n * 2.39996;
  node.position({ x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
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

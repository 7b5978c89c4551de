import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import type { EdgeHandlesInstance } from 'cytoscape-edgehandles';
import type { AppStore } from '../state/store';

let registered: Promise<void> | null = null;

/**
 * cytoscape-edgehandles (the cytoscape team's edge-drawing extension), fetched the first time
 * someone connects: readers never download it.
 */
function edgehandles(): Promise<void> {
  registered ??= import('cytoscape-edgehandles').then((module) => {
    cytoscape.use(module.default);
  });
  return registered;
}

/**
 * Edit mode's "Connect", on the canvas: while it is on, a line drawn from one entity to another
 * (mouse or finger) gives both ends of the new relation; picking them one after the other (a
 * tap, or the graph's arrow keys and Enter, which select) does too. The line drawn is only a
 * gesture: the relation is made by the editor, from the words that say so.
 */
export function installConnect(cy: Core, store: AppStore): () => void {
  let handles: EdgeHandlesInstance | null = null;
  let disposed = false;

  const onComplete = (_event: EventObject, ...extra: unknown[]) => {
    const [source, target, added] = extra as [NodeSingular, NodeSingular, cytoscape.EdgeCollection];
    added.remove();
    store.getState().connectionDrawn(source.id(), target.id());
  };

  const container = cy.container();
  const sync = (on: boolean) => {
    // While connecting, a drag draws a line, never moves a node (not even before the
    // extension has arrived, when it would otherwise store a position nobody meant).
    if (!on) {
      // Draw mode restores the grabbing it found when it began: ours, from below.
      handles?.disableDrawMode();
      handles?.disable();
      cy.autoungrabify(false);
      cy.nodes().removeClass('connect-from');
      if (container) delete container.dataset.connect;
      return;
    }
    cy.autoungrabify(true);
    if (container) container.dataset.connect = 'loading';
    void edgehandles().then(() => {
      if (disposed || !store.getState().connecting) return;
      handles ??= cy.edgehandles({
        canConnect: (source, target) => !source.same(target),
        edgeParams: () => ({ data: {}, classes: 'connect-draft' }),
        snap: true,
        hoverDelay: 100,
      });
      handles.enable();
      handles.enableDrawMode();
      // Lines can be drawn from now on (browser tests wait for it).
      if (container) container.dataset.connect = 'ready';
    });
  };

  cy.on('ehcomplete', onComplete);
  const unsubscribe = store.subscribe((next, previous) => {
    if (!!next.connecting !== !!previous.connecting) sync(!!next.connecting);
    const from = next.connecting?.from ?? null;
    if (from !== (previous.connecting?.from ?? null)) {
      cy.nodes('.connect-from').removeClass('connect-from');
      if (from) cy.getElementById(from).addClass('connect-from');
    }
    // A pick by tap or keyboard is a selection: while connecting it is the next end instead.
    const picked = next.selection;
    if (next.connecting && picked?.type === 'node' && picked !== previous.selection) {
      next.connectionPicked(picked.id);
    }
  });
  if (store.getState().connecting) sync(true);

  return () => {
    disposed = true;
    unsubscribe();
    cy.off('ehcomplete', onComplete);
    handles?.destroy();
  };
}

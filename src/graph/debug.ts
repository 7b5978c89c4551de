import type { Core } from 'cytoscape';

/**
 * A read-only window into the rendered graph for browser tests and benchmarks, which must click
 * real screen positions. It exposes geometry and classes, never a way to change the graph.
 */
export interface GraphProbe {
  /** Page (client) coordinates of a node's centre, or null when it is not drawn. */
  clientPoint(id: string): { x: number; y: number } | null;
  /** Page coordinates of an edge's midpoint. */
  edgeClientPoint(id: string): { x: number; y: number } | null;
  classes(id: string): string[];
  visibleNodeIds(): string[];
  /** Every element cy holds, drawn or hidden: tests check a new file replaced the old one. */
  elementIds(): { nodes: string[]; edges: string[] };
  zoom(): number;
  /** Whether the camera is gliding (story steps, reveal): tests wait for it to stop. */
  animating(): boolean;
  /** How many cytoscape instances have been created in this page (should stay 1). */
  instances: number;
}

declare global {
  interface Window {
    __relgraph?: GraphProbe;
  }
}

let created = 0;

export function installDebugApi(cy: Core): () => void {
  if (typeof window === 'undefined') return () => {};
  created++;
  const toClient = (p: { x: number; y: number }) => {
    const box = cy.container()?.getBoundingClientRect();
    return box ? { x: box.left + p.x, y: box.top + p.y } : null;
  };
  const probe: GraphProbe = {
    clientPoint: (id) => {
      const node = cy.getElementById(id);
      return node.nonempty() && node.visible() ? toClient(node.renderedPosition()) : null;
    },
    edgeClientPoint: (id) => {
      const edge = cy.getElementById(id);
      return edge.nonempty() && edge.visible() ? toClient(edge.renderedMidpoint()) : null;
    },
    classes: (id) => cy.getElementById(id).classes(),
    visibleNodeIds: () => cy.nodes(':visible').map((n) => n.id()),
    elementIds: () => ({
      nodes: cy.nodes().map((n) => n.id()),
      edges: cy.edges().map((e) => e.id()),
    }),
    zoom: () => cy.zoom(),
    animating: () => cy.animated(),
    instances: created,
  };
  window.__relgraph = probe;
  return () => {
    if (window.__relgraph === probe) delete window.__relgraph;
  };
}

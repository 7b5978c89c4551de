import type { Core } from 'cytoscape';
import { freeArea } from './camera';

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
  /** An edge's two ends, or null when there is no such edge. */
  edgeEnds(id: string): { source: string; target: string } | null;
  /** The label an element carries (isolates stripped), drawn or not. */
  label(id: string): string;
  /** Page coordinates of the box of an element's drawn label; null when none is drawn. */
  labelBox(id: string): { x1: number; y1: number; x2: number; y2: number } | null;
  /** Page coordinates of the part of the graph no panel covers (camera.ts, freeArea). */
  freeArea(): { x1: number; y1: number; x2: number; y2: number } | null;
  /** Page coordinates of each drawn node's box (labels included). */
  nodeBoxes(): { id: string; x1: number; y1: number; x2: number; y2: number }[];
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
  const toClientBox = (b: { x1: number; y1: number; x2: number; y2: number }) => {
    const box = cy.container()?.getBoundingClientRect();
    const dx = box?.left ?? 0;
    const dy = box?.top ?? 0;
    return { x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy };
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
    edgeEnds: (id) => {
      const edge = cy.getElementById(id);
      return edge.nonempty() && edge.isEdge()
        ? { source: edge.source().id(), target: edge.target().id() }
        : null;
    },
    label: (id) =>
      String(cy.getElementById(id).data('label') ?? '').replace(/[\u2066-\u2069]/g, ''),
    labelBox: (id) => {
      const el = cy.getElementById(id);
      if (el.empty() || !el.visible() || !el.style('label')) return null;
      const box = el.renderedBoundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      });
      return box.w > 0 && box.h > 0 ? toClientBox(box) : null;
    },
    freeArea: () => toClientBox(freeArea(cy)),
    nodeBoxes: () =>
      cy.nodes(':visible').map((node) => ({
        id: node.id(),
        ...toClientBox(node.renderedBoundingBox({ includeLabels: true, includeOverlays: false })),
      })),
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

import type { BoundingBox12, Core, NodeSingular } from 'cytoscape';
import type { CameraCommand } from '../state/slices/view';
import { LARGE_GRAPH_ENTITIES } from './style';

const PADDING = 40;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function animate(cy: Core, options: Parameters<Core['animate']>[0]): void {
  if (reducedMotion()) {
    cy.stop();
    if (options.fit) cy.fit(options.fit.eles as never, options.fit.padding);
    if (options.zoom !== undefined) cy.zoom(options.zoom as never);
    if (options.center) cy.center(options.center.eles as never);
    if (options.pan) cy.pan(options.pan as never);
    return;
  }
  cy.stop().animate({ ...options, duration: 250, easing: 'ease-in-out-cubic' });
}

export function moveCamera(cy: Core, command: CameraCommand['kind'], focusId?: string): void {
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  switch (command) {
    case 'fit':
    case 'reset':
      animate(cy, { fit: { eles: cy.elements(':visible'), padding: PADDING } });
      break;
    case 'zoomIn':
      cy.zoom({ level: Math.min(cy.maxZoom(), cy.zoom() * 1.25), renderedPosition: centre });
      break;
    case 'zoomOut':
      cy.zoom({ level: Math.max(cy.minZoom(), cy.zoom() / 1.25), renderedPosition: centre });
      break;
    case 'center': {
      const node = focusId ? cy.getElementById(focusId) : null;
      if (node && node.nonempty()) animate(cy, { center: { eles: node } });
      break;
    }
  }
}

interface Area {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The part of the graph not covered by overlays (a phone's bottom sheet, the legend, the path
 * panel): for each element marked `data-occludes-graph`, keep the largest rectangle of the view
 * that avoids it. Small cards (a folded legend) are ignored. Rendered pixels, relative to the
 * graph container.
 */
export function freeArea(cy: Core): Area {
  const whole: Area = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const container = cy.container();
  if (!container || typeof document === 'undefined') return whole;
  const box = container.getBoundingClientRect();
  let area = whole;
  const size = (a: Area) => Math.max(0, a.x2 - a.x1) * Math.max(0, a.y2 - a.y1);
  for (const el of document.querySelectorAll('[data-occludes-graph]')) {
    const r = el.getBoundingClientRect();
    const o = {
      x1: Math.max(r.left, box.left) - box.left,
      x2: Math.min(r.right, box.right) - box.left,
      y1: Math.max(r.top, box.top) - box.top,
      y2: Math.min(r.bottom, box.bottom) - box.top,
    };
    if (o.x2 <= o.x1 || o.y2 <= o.y1) continue;
    if (size(o) < 0.03 * size(whole)) continue;
    const options: Area[] = [
      { ...area, x2: Math.min(area.x2, o.x1) },
      { ...area, x1: Math.max(area.x1, o.x2) },
      { ...area, y2: Math.min(area.y2, o.y1) },
      { ...area, y1: Math.max(area.y1, o.y2) },
    ];
    area = options.reduce((best, next) => (size(next) > size(best) ? next : best));
  }
  // Never shrink to nothing: overlays over almost everything leave the whole view.
  if (area.x2 - area.x1 < 80 || area.y2 - area.y1 < 80) return whole;
  return area;
}

/**
 * Brings an element into the free part of the view only when it is not already there, so
 * clicks do not jolt the view; it pans, keeping the zoom.
 */
export function revealIfHidden(cy: Core, id: string): void {
  const element = cy.getElementById(id);
  if (element.empty() || element.hidden()) return;
  const box = element.renderedBoundingBox({ includeLabels: false });
  const area = freeArea(cy);
  const inside = box.x1 >= area.x1 && box.y1 >= area.y1 && box.x2 <= area.x2 && box.y2 <= area.y2;
  if (inside) return;
  const dx = (area.x1 + area.x2) / 2 - (box.x1 + box.x2) / 2;
  const dy = (area.y1 + area.y2) / 2 - (box.y1 + box.y2) / 2;
  const pan = cy.pan();
  animate(cy, { pan: { x: pan.x + dx, y: pan.y + dy } });
}

/**
 * Fits elements into the free part of the view, never closer than 1:1 (one entity left by a
 * filter is shown at its normal size, not blown up). `instant` for the first picture.
 */
export function fitInFreeArea(cy: Core, ids: ReadonlySet<string>, instant = false): void {
  const bb = framedBox(cy, ids);
  if (!bb) return;
  const area = freeArea(cy);
  const width = Math.max(area.x2 - area.x1 - 2 * PADDING, 40);
  const height = Math.max(area.y2 - area.y1 - 2 * PADDING, 40);
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min(width / (bb.w || 1), height / (bb.h || 1), START_MAX_ZOOM)),
  );
  const pan = {
    x: (area.x1 + area.x2) / 2 - zoom * (bb.x1 + bb.w / 2),
    y: (area.y1 + area.y2) / 2 - zoom * (bb.y1 + bb.h / 2),
  };
  if (instant) cy.stop().viewport({ zoom, pan });
  else animate(cy, { zoom, pan });
}

/**
 * The page turned to the other direction, so its panels (legend, details) changed sides: the
 * picture moves across as well, keeping its zoom, so what was clear of the legend stays clear
 * of it. Its centre goes where its mirror image would be.
 */
export function mirrorCamera(cy: Core, ids: ReadonlySet<string>): void {
  const bb = framedBox(cy, ids);
  if (!bb) return;
  const centre = cy.zoom() * (bb.x1 + bb.w / 2) + cy.pan().x;
  cy.stop().panBy({ x: cy.width() - 2 * centre, y: 0 });
}

/** Below a node, room for its label (two lines at 13 px), and half the widest label's width. */
const LABEL_BELOW = 40;
const LABEL_HALF_WIDTH = 70;

type Box = Pick<BoundingBox12, 'x1' | 'y1' | 'x2' | 'y2'> & { w: number; h: number };

/**
 * The box to frame around these elements. Up to a large graph's size: cytoscape's own, labels
 * included. Above: from the nodes' positions and sizes, with room for a label under each —
 * cytoscape's box measured every label and restyled every element to know which are visible
 * (580 of 680 ms of a filter change at 5,000 entities); the frame differs by a label's margin.
 */
export function framedBox(cy: Core, ids: ReadonlySet<string>): Box | null {
  if (cy.nodes().length < LARGE_GRAPH_ENTITIES) {
    const eles = cy.elements().filter((el) => ids.has(el.id()) && el.visible());
    return eles.empty() ? null : eles.boundingBox({});
  }
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const id of ids) {
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) continue;
    const { x, y } = (node as NodeSingular).position();
    const half = (Number(node.data('size')) || 30) / 2;
    x1 = Math.min(x1, x - Math.max(half, LABEL_HALF_WIDTH));
    x2 = Math.max(x2, x + Math.max(half, LABEL_HALF_WIDTH));
    y1 = Math.min(y1, y - half);
    y2 = Math.max(y2, y + half + LABEL_BELOW);
  }
  if (x1 > x2) return null;
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/**
 * On a phone, fitting a whole graph makes labels unreadable; start instead at a readable zoom
 * around the selection or the best-connected entity.
 */
export function readableStart(cy: Core, focusId: string | null): void {
  // No closer than 1:1 is fitInFreeArea's rule, which frames every first picture before this.
  const minimum = 0.55;
  if (cy.width() >= 640 || cy.zoom() >= minimum) return;
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return;
  const focus =
    (focusId && cy.getElementById(focusId).nonempty() ? cy.getElementById(focusId) : null) ??
    nodes.max((n) => n.degree(false)).ele;
  const area = freeArea(cy);
  const p = focus.position();
  cy.viewport({
    zoom: minimum,
    pan: { x: (area.x1 + area.x2) / 2 - minimum * p.x, y: (area.y1 + area.y2) / 2 - minimum * p.y },
  });
}

/**
 * The closest fitInFreeArea frames: a handful of entities fitted to the window would be drawn
 * at two or three times their size (26 px labels, a group's title under the toolbar).
 */
export const START_MAX_ZOOM = 1;

/** Where a story step puts the camera: around its focus, or at a stored zoom and pan. */
export type CameraTarget =
  | { fit: Parameters<Core['fit']>[0]; padding?: number }
  | { zoom: number; pan: { x: number; y: number } };

export const STORY_CAMERA_MS = 400;

/**
 * Story camera moves: smooth (~400 ms), but instant under `prefers-reduced-motion: reduce` or
 * when asked (after a resize, before a picture is taken), so the view is final at once.
 */
export function moveCameraTo(cy: Core, target: CameraTarget, instant = false): void {
  cy.stop(true, false);
  if (instant || reducedMotion()) {
    if ('fit' in target) cy.fit(target.fit, target.padding ?? PADDING);
    else cy.viewport({ zoom: target.zoom, pan: { ...target.pan } });
    return;
  }
  const to =
    'fit' in target
      ? { fit: { eles: target.fit as never, padding: target.padding ?? PADDING } }
      : { zoom: target.zoom, pan: { ...target.pan } };
  cy.animate({ ...to, duration: STORY_CAMERA_MS, easing: 'ease-in-out-cubic' });
}

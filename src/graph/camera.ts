import type { Core } from 'cytoscape';
import type { CameraCommand } from '../state/slices/view';

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

/** Brings an element into view only when it is outside it, so clicks do not jolt the view. */
export function revealIfHidden(cy: Core, id: string): void {
  const element = cy.getElementById(id);
  if (element.empty()) return;
  const box = element.renderedBoundingBox({});
  const inside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
  if (!inside) animate(cy, { center: { eles: element } });
}

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

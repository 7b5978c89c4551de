import type { Core } from 'cytoscape';

/**
 * Detail too fine to see is drawn the cheap way. cytoscape draws every arrowhead and every dash
 * it is given however small: zoomed out on 10,000 lines (an edit at 5,000 entities, profiled)
 * about half of a full frame went to arrowheads smaller than a pixel, and a dotted line, dashed
 * every model unit, was thousands of dashes each. So:
 * - an arrowhead shorter than MIN_ARROW_PX device pixels is left out (the line is drawn);
 * - a dash pattern whose period is under MIN_DASH_PX device pixels is stroked as one solid line
 *   as faint as the pattern's ink (a 7-on-4-off dash: 7/11 of the colour), which is what its
 *   antialiased dashes add up to at that size.
 * Scale comes from the canvas being drawn, so the screen, cytoscape's cached layers and an
 * exported PNG (2× or 4×) each decide at their own resolution. Zoomed in, nothing changes.
 */
export const MIN_ARROW_PX = 2;
export const MIN_DASH_PX = 1.5;

/** A triangle arrowhead is this fraction of cytoscape's arrow size long (arrow-shapes.mjs). */
const ARROW_LENGTH = 0.3;
/** cytoscape's dotted pattern, in model units (drawing-edges.mjs). */
const DOTTED = [1, 1];

type LineStyle = 'solid' | 'dashed' | 'dotted';

/** An edge as the renderer sees it: parsed style values. */
interface DrawnEdge {
  pstyle(name: string): { value: unknown; pfValue: unknown };
}

/** What this uses of cytoscape's canvas renderer (3.35; not public API, hence the checks). */
interface CanvasRenderer {
  drawArrowheads(context: CanvasRenderingContext2D, edge: DrawnEdge, opacity?: number): void;
  drawEdgePath(
    edge: DrawnEdge,
    context: CanvasRenderingContext2D,
    points: number[],
    type: LineStyle,
  ): void;
  getArrowWidth(edgeWidth: number, scale: number): number;
}

const METHODS = ['drawArrowheads', 'drawEdgePath', 'getArrowWidth'] as const;

function canvasRenderer(cy: Core): CanvasRenderer | null {
  const renderer = (cy as unknown as { renderer?: () => Partial<CanvasRenderer> }).renderer?.();
  return renderer && METHODS.every((name) => typeof renderer[name] === 'function')
    ? (renderer as CanvasRenderer)
    : null;
}

function scaleOf(context: CanvasRenderingContext2D): number {
  const m = context.getTransform();
  return Math.hypot(m.a, m.b);
}

/** Whether an arrowhead of this size (cytoscape's units) is too small to see at this scale. */
export function arrowTooSmall(arrowSize: number, scale: number): boolean {
  return arrowSize * ARROW_LENGTH * scale < MIN_ARROW_PX;
}

/**
 * How much of the colour a dash pattern puts down when it is too fine to see at this scale
 * (drawn as a solid line that faint), or null when its dashes show and it is drawn as it is.
 */
export function fineDashInk(pattern: readonly number[], scale: number): number | null {
  const period = pattern.reduce((sum, n) => sum + n, 0);
  if (!(period > 0) || period * scale >= MIN_DASH_PX) return null;
  const ink = pattern.reduce((sum, n, i) => (i % 2 === 0 ? sum + n : sum), 0);
  // An odd-length pattern repeats with on and off swapped: half its length is ink.
  return pattern.length % 2 === 0 ? ink / period : 0.5;
}

/**
 * Makes cy's renderer draw too-fine detail the cheap way. Returns false (and changes nothing)
 * when the renderer is not the canvas renderer this was written for.
 */
export function drawFineDetailCheaply(cy: Core): boolean {
  const renderer = canvasRenderer(cy);
  if (!renderer) return false;
  const drawArrowheads = renderer.drawArrowheads;
  renderer.drawArrowheads = function (context, edge, opacity) {
    const size = renderer.getArrowWidth(
      edge.pstyle('width').pfValue as number,
      edge.pstyle('arrow-scale').value as number,
    );
    if (arrowTooSmall(size, scaleOf(context))) return;
    drawArrowheads.call(this, context, edge, opacity);
  };
  const drawEdgePath = renderer.drawEdgePath;
  renderer.drawEdgePath = function (edge, context, points, type) {
    if (type === 'solid') return drawEdgePath.call(this, edge, context, points, type);
    const pattern =
      type === 'dotted' ? DOTTED : (edge.pstyle('line-dash-pattern').pfValue as number[]);
    const ink = fineDashInk(pattern, scaleOf(context));
    if (ink === null) return drawEdgePath.call(this, edge, context, points, type);
    const alpha = context.globalAlpha;
    context.globalAlpha = alpha * ink;
    drawEdgePath.call(this, edge, context, points, 'solid');
    context.globalAlpha = alpha;
  };
  return true;
}

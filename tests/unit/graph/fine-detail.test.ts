/**
 * Detail too fine to see is drawn the cheap way (fine-detail.ts): arrowheads under a couple of
 * device pixels are left out and sub-pixel dash patterns are stroked solid, as faint as their
 * ink; at any readable scale cytoscape draws exactly what it did. Run against cytoscape's own
 * canvas renderer code (its prototype, with a recording 2D context), so an upgrade that renames
 * what this wraps fails here rather than silently drawing every arrowhead again.
 */
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  arrowTooSmall,
  drawFineDetailCheaply,
  fineDashInk,
  MIN_ARROW_PX,
} from '../../../src/graph/fine-detail';

/** A 2D context that records the calls that put ink down, at a given drawing scale. */
function recordingContext(scale: number) {
  const calls: { op: string; alpha: number; dash: number[] }[] = [];
  let dash: number[] = [];
  const context = {
    globalAlpha: 1,
    globalCompositeOperation: 'source-over',
    lineWidth: 1,
    lineDashOffset: 0,
    getTransform: () => ({ a: scale, b: 0, c: 0, d: scale, e: 0, f: 0 }),
    setLineDash: (pattern: number[]) => (dash = [...pattern]),
    fill: () => calls.push({ op: 'fill', alpha: context.globalAlpha, dash }),
    stroke: () => calls.push({ op: 'stroke', alpha: context.globalAlpha, dash }),
    beginPath() {},
    closePath() {},
    moveTo() {},
    lineTo() {},
    quadraticCurveTo() {},
    arc() {},
    translate() {},
    rotate() {},
    scale() {},
    set fillStyle(_: string) {},
    set strokeStyle(_: string) {},
    set lineJoin(_: string) {},
  };
  return { context: context as unknown as CanvasRenderingContext2D, calls };
}

const STYLE: Record<string, { value: unknown; pfValue?: unknown; units?: string }> = {
  width: { value: 2, pfValue: 2 },
  'arrow-scale': { value: 1.1 },
  'target-arrow-shape': { value: 'triangle' },
  'target-arrow-fill': { value: 'filled' },
  'target-arrow-color': { value: [0, 0, 0] },
  'target-arrow-width': { value: 1, pfValue: 1 },
  'line-dash-pattern': { value: [7, 4], pfValue: [7, 4] },
  'line-dash-offset': { value: 0, pfValue: 0 },
  opacity: { value: 1 },
};

/** An edge as cytoscape's renderer reads it: one target arrowhead, a straight line. */
function drawnEdge() {
  return {
    pstyle: (name: string) =>
      STYLE[name] ?? { value: name.endsWith('-arrow-shape') ? 'none' : 'inherit' },
    _private: {
      rscratch: {
        edgeType: 'straight',
        allpts: [0, 0, 300, 0],
        arrowEndX: 300,
        arrowEndY: 0,
        tgtArrowAngle: 0,
      },
    },
  };
}

/** cytoscape 3.35's canvas renderer code, without a canvas: what the wrapper is written for. */
function canvasRenderer() {
  const Renderer = (cytoscape as unknown as (type: string, name: string) => { prototype: object })(
    'renderer',
    'canvas',
  );
  const renderer = Object.create(Renderer.prototype) as Record<string, (...args: never[]) => void>;
  renderer.registerArrowShapes!();
  const cy = { renderer: () => renderer } as unknown as Core;
  return { renderer: renderer as unknown as Drawing, cy };
}

interface Drawing {
  drawArrowheads(context: CanvasRenderingContext2D, edge: unknown, opacity?: number): void;
  drawEdgePath(
    edge: unknown,
    context: CanvasRenderingContext2D,
    points: number[],
    type: string,
  ): void;
  getArrowWidth(width: number, scale: number): number;
}

describe('what is too small to see', () => {
  it('an arrowhead under MIN_ARROW_PX device pixels long', () => {
    // cytoscape's arrow size for a 2-px line at arrow-scale 1.1 is 31.9; a triangle is 0.3 of it.
    expect(arrowTooSmall(31.9, MIN_ARROW_PX / (31.9 * 0.3) - 0.01)).toBe(true);
    expect(arrowTooSmall(31.9, MIN_ARROW_PX / (31.9 * 0.3) + 0.01)).toBe(false);
    expect(arrowTooSmall(31.9, 1)).toBe(false);
  });

  it('a dash pattern whose period is under a pixel and a half, with the ink it puts down', () => {
    expect(fineDashInk([7, 4], 0.1)).toBeCloseTo(7 / 11);
    expect(fineDashInk([1, 1], 0.5)).toBeCloseTo(0.5);
    expect(fineDashInk([2, 5], 0.2)).toBeCloseTo(2 / 7);
    // An odd-length pattern repeats with on and off swapped.
    expect(fineDashInk([3], 0.2)).toBe(0.5);
    // Readable dashes, and patterns that are not patterns, are drawn as they are.
    expect(fineDashInk([7, 4], 0.2)).toBeNull();
    expect(fineDashInk([1, 1], 1)).toBeNull();
    expect(fineDashInk([], 0.01)).toBeNull();
    expect(fineDashInk([0, 0], 0.01)).toBeNull();
  });
});

describe('cytoscape’s canvas renderer, wrapped', () => {
  it('draws an arrowhead as before at a readable scale, and leaves it out when too small', () => {
    const { renderer, cy } = canvasRenderer();
    expect(drawFineDetailCheaply(cy)).toBe(true);
    const near = recordingContext(1);
    renderer.drawArrowheads(near.context, drawnEdge(), 1);
    expect(near.calls.filter((call) => call.op === 'fill')).toHaveLength(1);

    const far = recordingContext(0.1);
    renderer.drawArrowheads(far.context, drawnEdge(), 1);
    expect(far.calls).toEqual([]);
    // The same arrowhead drawn 4× (a PNG) at that zoom is big enough again.
    const poster = recordingContext(0.1 * 4);
    renderer.drawArrowheads(poster.context, drawnEdge(), 1);
    expect(poster.calls.filter((call) => call.op === 'fill')).toHaveLength(1);
  });

  it('strokes readable dashes as dashes and sub-pixel ones solid, as faint as their ink', () => {
    const { renderer, cy } = canvasRenderer();
    drawFineDetailCheaply(cy);
    const near = recordingContext(1);
    renderer.drawEdgePath(drawnEdge(), near.context, [0, 0, 300, 0], 'dashed');
    expect(near.calls).toEqual([{ op: 'stroke', alpha: 1, dash: [7, 4] }]);

    const far = recordingContext(0.1);
    far.context.globalAlpha = 0.9;
    renderer.drawEdgePath(drawnEdge(), far.context, [0, 0, 300, 0], 'dashed');
    expect(far.calls).toHaveLength(1);
    expect(far.calls[0]!.dash).toEqual([]);
    expect(far.calls[0]!.alpha).toBeCloseTo(0.9 * (7 / 11));
    // And the context is left as it was found.
    expect(far.context.globalAlpha).toBe(0.9);

    const dotted = recordingContext(0.5);
    renderer.drawEdgePath(drawnEdge(), dotted.context, [0, 0, 300, 0], 'dotted');
    expect(dotted.calls[0]!.dash).toEqual([]);
    expect(dotted.calls[0]!.alpha).toBeCloseTo(0.5);

    const solid = recordingContext(0.01);
    renderer.drawEdgePath(drawnEdge(), solid.context, [0, 0, 300, 0], 'solid');
    expect(solid.calls).toEqual([{ op: 'stroke', alpha: 1, dash: [] }]);
  });

  it('changes nothing on a renderer it was not written for', () => {
    const other = { drawArrowheads: () => {} };
    expect(drawFineDetailCheaply({ renderer: () => other } as unknown as Core)).toBe(false);
    expect(drawFineDetailCheaply({ renderer: () => undefined } as unknown as Core)).toBe(false);
    const headless = cytoscape({ headless: true });
    expect(drawFineDetailCheaply(headless)).toBe(false);
  });
});

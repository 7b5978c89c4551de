// @vitest-environment node
/**
 * ForceAtlas2 for large graphs (src/graph/force-atlas.ts): deterministic, stops by itself,
 * shows communities as communities (the draft it starts from does not), and each step is drawn
 * at one fixed size and centre so the camera frames it once.
 */
import { describe, expect, it } from 'vitest';
import {
  FORCE_FRAME,
  FORCE_MAX_ITERATIONS,
  fitToFrame,
  forceGraph,
  forcePositions,
  settleForce,
  startForce,
  stepForce,
  type ForceGraph,
} from '../../../src/graph/force-atlas';

/** `groups` communities of `size`, three lines per node, 19 in 20 inside its community. */
function communities(groups: number, size: number): { graph: ForceGraph; group: number[] } {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const n = groups * size;
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const group = ids.map((_, i) => i % groups);
  const edges: { source: string; target: string }[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) {
      const j =
        random() < 0.95
          ? (Math.floor(random() * size) * groups + (i % groups)) % n
          : Math.floor(random() * n);
      edges.push({ source: `n${i}`, target: `n${j}` });
    }
  }
  // The draft: a sunflower in id order, so communities start interleaved.
  const golden = Math.PI * (3 - Math.sqrt(5));
  const start = new Map(
    ids.map((id, k) => [
      id,
      { x: 90 * Math.sqrt(k) * Math.cos(k * golden), y: 90 * Math.sqrt(k) * Math.sin(k * golden) },
    ]),
  );
  return { graph: forceGraph(ids, start, edges), group };
}

/** Mean distance between nodes of the same community over that between any two nodes. */
function cohesion(xy: Float32Array, group: number[]): number {
  let same = 0;
  let sameCount = 0;
  let all = 0;
  let allCount = 0;
  for (let i = 0; i < group.length; i += 3) {
    for (let j = i + 1; j < group.length; j += 7) {
      const d = Math.hypot(
        (xy[2 * i] as number) - (xy[2 * j] as number),
        (xy[2 * i + 1] as number) - (xy[2 * j + 1] as number),
      );
      all += d;
      allCount++;
      if (group[i] === group[j]) {
        same += d;
        sameCount++;
      }
    }
  }
  return same / sameCount / (all / allCount);
}

describe('ForceAtlas2 for large graphs', () => {
  const { graph, group } = communities(8, 60);

  it('draws communities together where the draft mixed them', () => {
    const { positions, iterations } = settleForce(graph);
    expect(cohesion(graph.start, group)).toBeGreaterThan(0.9);
    expect(cohesion(positions, group)).toBeLessThan(0.5);
    // It settled by itself, before the budget ran out.
    expect(iterations).toBeGreaterThan(0);
    expect(iterations).toBeLessThan(FORCE_MAX_ITERATIONS);
  });

  it('gives the same positions on every run, step by step (the worker) or at once (the CLI)', () => {
    const once = settleForce(graph).positions;
    let state = startForce(graph);
    const steps: Float32Array[] = [];
    while (!state.done) {
      state = stepForce(state);
      steps.push(fitToFrame(forcePositions(state), graph.start));
    }
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.at(-1)).toEqual(once);
    expect(settleForce(graph).positions).toEqual(once);
  });

  it('draws every step at the same centre, at a fixed share of the draft', () => {
    const box = (xy: Float32Array) => {
      const xs = xy.filter((_, i) => i % 2 === 0);
      const ys = xy.filter((_, i) => i % 2 === 1);
      const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      return { cx: (x1 + x2) / 2, cy: (y1 + y2) / 2, size: Math.max(x2 - x1, y2 - y1) };
    };
    const draft = box(graph.start);
    let state = startForce(graph);
    for (let step = 0; step < 3; step++) {
      state = stepForce(state);
      const drawn = box(fitToFrame(forcePositions(state), graph.start));
      expect(drawn.cx).toBeCloseTo(draft.cx, 0);
      expect(drawn.cy).toBeCloseTo(draft.cy, 0);
      expect(drawn.size / draft.size).toBeCloseTo(FORCE_FRAME, 3);
    }
  });

  it('leaves out self-loops and lines to nodes it does not move', () => {
    const g = forceGraph(
      ['a', 'b'],
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 10, y: 0 }],
      ]),
      [
        { source: 'a', target: 'a' },
        { source: 'a', target: 'b' },
        { source: 'a', target: 'group' },
      ],
    );
    expect([...g.links]).toEqual([0, 1]);
    expect(settleForce(g).positions.every(Number.isFinite)).toBe(true);
  });
});

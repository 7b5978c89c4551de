/**
 * The force layout for graphs too large for fcose, run where the reader can watch it: the
 * draft is drawn at once, ForceAtlas2 refines it in a worker, and each step's positions are
 * applied to cytoscape in one batch. It stops by itself when nodes settle, or when asked;
 * either way the last positions are handed back to be stored in the dataset.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { fitInFreeArea } from './camera';
import { FORCE_MAX_ITERATIONS, forceGraph, roundPosition } from './force-atlas';

export interface ForceMessage {
  positions: Float32Array;
  iterations: number;
  done: boolean;
}

export type Point = { x: number; y: number };

export interface ForceHooks {
  progress: (iterations: number, max: number) => void;
  /** The layout ended (settled, or stopped): every node's position as drawn now. */
  settled: (positions: Map<string, Point>) => void;
}

export interface ForceRun {
  /** Stops where it is; `settled` is called with what is drawn. */
  stop: () => void;
  /** Stops without handing anything back (a new dataset or another layout took over). */
  cancel: () => void;
}

/** Below this many ms between two pictures, a step's positions are skipped (the next wins). */
const MIN_FRAME_MS = 250;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./force-atlas.worker.ts', import.meta.url), {
      type: 'module',
      name: 'relgraph-layout',
    });
  } catch {
    return null;
  }
}

export function refineInWorker(cy: Core, hooks: ForceHooks): ForceRun | null {
  // Groups are placed by their members; only the members are moved.
  const nodes = cy.nodes().filter((node) => !node.isParent());
  if (nodes.length < 2) return null;
  const worker = startWorker();
  if (!worker) return null;
  const list = nodes.toArray() as NodeSingular[];
  const ids = list.map((node) => node.id());
  const start = new Map(list.map((node) => [node.id(), node.position()]));
  const members = new Set(ids);
  const edges = cy
    .edges()
    .map((edge) => ({ source: edge.source().id(), target: edge.target().id() }))
    .filter((edge) => members.has(edge.source) && members.has(edge.target));
  // Lines are hidden while nodes move: recomputing 10,000 curves made each frame ~1 s long.
  const lines = cy.edges();
  lines.addClass('arranging');
  let ended = false;
  let lastFrame = 0;
  let framed = false;
  const apply = (positions: Float32Array) => {
    cy.batch(() => {
      list.forEach((node, i) => {
        node.position({ x: positions[2 * i] as number, y: positions[2 * i + 1] as number });
      });
    });
  };
  const end = (handBack: boolean) => {
    if (ended) return;
    ended = true;
    worker.terminate();
    // One task of 1-2 s at 10,000 lines; shown a slice per frame instead, the page was
    // sluggish for longer (10 × ~450 ms, each frame redrawing everything): measured, dropped.
    lines.removeClass('arranging');
    if (!handBack) return;
    const drawn = new Map<string, Point>();
    cy.nodes().forEach((node) => {
      const p = node.position();
      drawn.set(node.id(), { x: roundPosition(p.x), y: roundPosition(p.y) });
    });
    hooks.settled(drawn);
  };
  worker.addEventListener('message', (event: MessageEvent<ForceMessage>) => {
    if (ended) return;
    const { positions, iterations, done } = event.data;
    const now = performance.now();
    if (done || now - lastFrame >= MIN_FRAME_MS) {
      const began = performance.now();
      apply(positions);
      // Every step is drawn at the same size (force-atlas.ts, fitToFrame): frame it once.
      if (!framed) fitInFreeArea(cy, new Set(ids), true);
      framed = true;
      lastFrame = performance.now();
      performance.measure?.('graph:force-step', { start: began, end: lastFrame });
    }
    hooks.progress(iterations, FORCE_MAX_ITERATIONS);
    if (done) end(true);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    // The draft stays on screen: it is a picture, only a less telling one.
    end(false);
  });
  worker.postMessage(forceGraph(ids, start, edges));
  return { stop: () => end(true), cancel: () => end(false) };
}

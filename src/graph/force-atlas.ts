/**
 * ForceAtlas2 (graphology's implementation) for graphs too large for fcose: pure and
 * deterministic (the same graph and start give the same positions), so the browser's worker
 * (force-atlas.worker.ts) and `npm run layout` compute the same picture. It starts from the
 * draft (draftPositions), runs in steps so the page can show each one, and stops by itself
 * when nodes barely move.
 */
import iterate from 'graphology-layout-forceatlas2/iterate.js';

const PPN = 10;
const PPE = 3;

export interface ForceGraph {
  ids: string[];
  /** x, y of each node, in the order of `ids`. */
  start: Float32Array;
  /** Pairs of node positions in `ids` (self-loops left out: they exert no force). */
  links: Uint32Array;
}

export interface ForceState {
  nodes: Float32Array;
  edges: Float32Array;
  settings: Record<string, number | boolean>;
  iterations: number;
  /** Mean distance a node moved in the last step, in its own units. */
  movement: number;
  done: boolean;
}

/** The most steps run, whatever happens: at 5,000 entities about 8 s in a worker. */
export const FORCE_MAX_ITERATIONS = 600;
/** Iterations between two pictures shown. */
export const FORCE_STEP = 25;
/** A step where nodes moved, on average, less than this share of the picture's size ends it. */
const SETTLED = 0.0005;

/** graphology's inferSettings, spelled out (Barnes-Hut above 2,000 nodes there; 1,000 here). */
export function forceSettings(order: number): Record<string, number | boolean> {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(order),
    barnesHutOptimize: order > 1000,
    barnesHutTheta: 0.5,
  };
}

export function forceGraph(
  ids: readonly string[],
  positions: ReadonlyMap<string, { x: number; y: number }>,
  edges: readonly { source: string; target: string }[],
): ForceGraph {
  const at = new Map(ids.map((id, i) => [id, i]));
  const start = new Float32Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = positions.get(id) ?? { x: 0, y: 0 };
    start[2 * i] = p.x;
    start[2 * i + 1] = p.y;
  });
  const links: number[] = [];
  for (const edge of edges) {
    const s = at.get(edge.source);
    const t = at.get(edge.target);
    if (s !== undefined && t !== undefined && s !== t) links.push(s, t);
  }
  return { ids: [...ids], start, links: Uint32Array.from(links) };
}

export function startForce(graph: ForceGraph): ForceState {
  const order = graph.ids.length;
  const nodes = new Float32Array(order * PPN);
  for (let i = 0; i < order; i++) {
    const n = i * PPN;
    nodes[n] = graph.start[2 * i] as number;
    nodes[n + 1] = graph.start[2 * i + 1] as number;
    nodes[n + 6] = 1; // mass: 1 + degree
    nodes[n + 7] = 1; // convergence
    nodes[n + 8] = 1; // size
  }
  const count = graph.links.length / 2;
  const edges = new Float32Array(count * PPE);
  for (let e = 0; e < count; e++) {
    const s = (graph.links[2 * e] as number) * PPN;
    const t = (graph.links[2 * e + 1] as number) * PPN;
    edges[e * PPE] = s;
    edges[e * PPE + 1] = t;
    edges[e * PPE + 2] = 1;
    nodes[s + 6] = (nodes[s + 6] as number) + 1;
    nodes[t + 6] = (nodes[t + 6] as number) + 1;
  }
  return {
    nodes,
    edges,
    settings: forceSettings(order),
    iterations: 0,
    movement: Infinity,
    done: order < 2,
  };
}

/** Runs up to `count` iterations; `done` once nodes have settled or the budget is spent. */
export function stepForce(state: ForceState, count = FORCE_STEP): ForceState {
  if (state.done) return state;
  const before = state.nodes.slice();
  const run = Math.min(count, FORCE_MAX_ITERATIONS - state.iterations);
  for (let i = 0; i < run; i++) iterate(state.settings, state.nodes, state.edges);
  const order = state.nodes.length / PPN;
  let moved = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let n = 0; n < state.nodes.length; n += PPN) {
    const x = state.nodes[n] as number;
    const y = state.nodes[n + 1] as number;
    moved += Math.hypot(x - (before[n] as number), y - (before[n + 1] as number));
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const movement = moved / Math.max(order, 1) / Math.max(run, 1);
  const extent = Math.max(maxX - minX, maxY - minY, 1);
  const iterations = state.iterations + run;
  return {
    ...state,
    iterations,
    movement,
    done: iterations >= FORCE_MAX_ITERATIONS || movement < SETTLED * extent,
  };
}

/** x, y of each node, in the order of the graph's ids. */
export function forcePositions(state: ForceState): Float32Array {
  const order = state.nodes.length / PPN;
  const out = new Float32Array(order * 2);
  for (let i = 0; i < order; i++) {
    out[2 * i] = state.nodes[i * PPN] as number;
    out[2 * i + 1] = state.nodes[i * PPN + 1] as number;
  }
  return out;
}

/**
 * How large the force picture is against the draft it starts from. The draft spaces every
 * entity evenly; ForceAtlas2 packs communities and leaves room between them, so the same
 * spread would draw each community as a faint speck.
 */
export const FORCE_FRAME = 0.4;

/**
 * ForceAtlas2's units are its own; every step is drawn at the same centre and size (a share of
 * the draft's), so the camera frames it once and need not follow it while it runs.
 */
export function fitToFrame(
  xy: Float32Array,
  frame: Float32Array,
  share = FORCE_FRAME,
): Float32Array {
  const box = (v: Float32Array) => {
    let x1 = Infinity;
    let x2 = -Infinity;
    let y1 = Infinity;
    let y2 = -Infinity;
    for (let i = 0; i < v.length; i += 2) {
      x1 = Math.min(x1, v[i] as number);
      x2 = Math.max(x2, v[i] as number);
      y1 = Math.min(y1, v[i + 1] as number);
      y2 = Math.max(y2, v[i + 1] as number);
    }
    return { cx: (x1 + x2) / 2, cy: (y1 + y2) / 2, size: Math.max(x2 - x1, y2 - y1, 1e-6) };
  };
  const from = box(xy);
  const to = box(frame);
  const scale = (share * to.size) / from.size;
  const out = new Float32Array(xy.length);
  for (let i = 0; i < xy.length; i += 2) {
    out[i] = to.cx + ((xy[i] as number) - from.cx) * scale;
    out[i + 1] = to.cy + ((xy[i + 1] as number) - from.cy) * scale;
  }
  return out;
}

/** Stored positions are rounded to 0.1 px (no -0), by the CLI and by the page alike. */
export function roundPosition(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The whole run at once (CLI, tests): the positions the browser ends with. */
export function settleForce(graph: ForceGraph): { positions: Float32Array; iterations: number } {
  let state = startForce(graph);
  while (!state.done) state = stepForce(state);
  return {
    positions: fitToFrame(forcePositions(state), graph.start),
    iterations: state.iterations,
  };
}

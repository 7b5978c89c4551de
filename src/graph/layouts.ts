import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import type { GraphIndex } from '../model/graph-index';
import { kindsOf } from '../model/kinds';
import type { LayoutName } from '../state/slices/view';

export function hasStoredPositions(index: GraphIndex): boolean {
  return index.data.entities.length > 0 && index.data.entities.every((e) => e.position);
}

/** mulberry32: a tiny, good-enough PRNG so a seed gives the same picture every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * fcose has no seed option (fcose#36), so, as mermaid does, we swap Math.random for a seeded
 * generator while the (synchronous, non-animated) layout runs.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

export const FORCE_OPTIONS = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: true,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: 110,
  nodeRepulsion: 9000,
  nodeSeparation: 90,
  packComponents: true,
} as unknown as LayoutOptions;

/** Kinds in clusters around a circle, each cluster a small grid: a calm "who is what" view. */
export function groupedPositions(index: GraphIndex): Map<string, { x: number; y: number }> {
  const byKind = new Map(kindsOf(index.data).map((kind) => [kind.id, [] as string[]]));
  for (const entity of index.data.entities) byKind.get(entity.kind)?.push(entity.id);
  const groups = [...byKind.values()].filter((ids) => ids.length > 0);
  const positions = new Map<string, { x: number; y: number }>();
  const radius = 140 + 60 * groups.length;
  groups.forEach((ids, g) => {
    const angle = (2 * Math.PI * g) / groups.length - Math.PI / 2;
    const cx = radius * Math.cos(angle);
    const cy = radius * Math.sin(angle);
    const columns = Math.ceil(Math.sqrt(ids.length));
    const cell = 110;
    ids.forEach((id, i) => {
      const col = i % columns;
      const row = Math.floor(i / columns);
      positions.set(id, {
        x: cx + (col - (columns - 1) / 2) * cell,
        y: cy + (row - (Math.ceil(ids.length / columns) - 1) / 2) * (cell * 0.8),
      });
    });
  });
  return positions;
}

/**
 * Above this many entities fcose does not run in the browser: it would block the page for many
 * seconds (over a minute at 5,000, performance-baseline.md), with no way to show progress or
 * cancel. Such graphs get a draft (draftPositions) until positions are stored with
 * `npm run layout`.
 */
export const FORCE_LAYOUT_LIMIT = 1500;

/**
 * A draft for graphs too large for fcose, in linear time: a sunflower (golden-angle spiral) of
 * entities by number of lines, so hubs sit in the middle and nothing overlaps. Deterministic.
 */
export function draftPositions(index: GraphIndex): Map<string, { x: number; y: number }> {
  const GOLDEN = Math.PI * (3 - Math.sqrt(5));
  const SPACING = 90;
  const degree = (id: string) => index.edgesOf.get(id)?.length ?? 0;
  const order = index.data.entities
    .map((e, i) => ({ id: e.id, i, d: degree(e.id) }))
    .sort((a, b) => b.d - a.d || a.i - b.i);
  const positions = new Map<string, { x: number; y: number }>();
  order.forEach(({ id }, k) => {
    const r = SPACING * Math.sqrt(k);
    positions.set(id, { x: r * Math.cos(k * GOLDEN), y: r * Math.sin(k * GOLDEN) });
  });
  return positions;
}

/**
 * Whether runLayout drew only the draft, which the force layout then refines
 * (progressive-layout.ts): a large graph, and no stored positions to show instead.
 */
export function needsForceRefinement(name: LayoutName, index: GraphIndex): boolean {
  if (name === 'grouped' || index.data.entities.length <= FORCE_LAYOUT_LIMIT) return false;
  return !(name === 'auto' && hasStoredPositions(index));
}

let fcoseReady: Promise<void> | null = null;

/**
 * fcose and its two layout libraries are about 34 KB gzip, and most openings never need them
 * (stored positions, grouped, or a draft for large graphs): load them the first time a force
 * layout really runs.
 */
function ensureFcose(): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
  });
  return fcoseReady;
}

type Point = { x: number; y: number };

/** Positions we computed or stored ourselves, fitted to the view. */
function preset(positions: ReadonlyMap<string, Point | undefined>): LayoutOptions {
  return {
    name: 'preset',
    positions: (node: { id: () => string }) => positions.get(node.id()) ?? { x: 0, y: 0 },
    fit: true,
    padding: 40,
  } as LayoutOptions;
}

/** Runs a layout to the end; resolves when positions are final. */
export async function runLayout(cy: Core, name: LayoutName, index: GraphIndex): Promise<void> {
  let options: LayoutOptions;
  if (name === 'grouped') options = preset(groupedPositions(index));
  else if (name === 'auto' && hasStoredPositions(index)) {
    options = preset(new Map(index.data.entities.map((e) => [e.id, e.position])));
  } else if (needsForceRefinement(name, index)) {
    options = preset(draftPositions(index));
  } else {
    await ensureFcose();
    options = FORCE_OPTIONS;
  }
  return new Promise((resolve) => {
    const started = performance.now();
    const layout = cy.layout(options);
    layout.one('layoutstop', () => {
      // For `npm run bench` (and the devtools timeline): how long each layout took.
      performance.measure?.('graph:layout', { start: started, end: performance.now() });
      resolve();
    });
    withSeededRandom(hashString(index.data.id), () => layout.run());
  });
}

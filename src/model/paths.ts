import type { GraphEdge, GraphIndex } from './graph-index';

export interface PathStep {
  edge: GraphEdge;
  from: string;
  to: string;
  /** The step follows the edge's direction (source → target). */
  forward: boolean;
}

export interface Path {
  /** from, …, to: one more than the steps. */
  entities: string[];
  steps: PathStep[];
}

export interface PathOptions {
  /**
   * true: a directed edge is followed only from source to target (an undirected one either
   * way); false: every edge either way.
   */
  directed: boolean;
  /** At most this many paths (default 5). */
  maxPaths?: number;
  /** Only follow edges this accepts (default: every edge). */
  edgeFilter?: (e: GraphEdge) => boolean;
}

export const DEFAULT_MAX_PATHS = 5;

/**
 * All shortest paths from `from` to `to` (every one of the minimal length), at most maxPaths,
 * ordered by their sequence of entity ids (code-unit order), then by their edge ids (paths
 * through parallel edges differ only there), so the answer is the same on every run.
 * from === to → one path with no steps; no path or an unknown id → []. Self-loops are never
 * part of a shortest path.
 */
export function shortestPaths(
  index: GraphIndex,
  from: string,
  to: string,
  options: PathOptions,
): Path[] {
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_PATHS;
  if (!index.entities.has(from) || !index.entities.has(to) || maxPaths < 1) return [];
  if (from === to) return [{ entities: [from], steps: [] }];

  const accept = options.edgeFilter ?? (() => true);
  const both = (e: GraphEdge) => !options.directed || !e.directed;

  /** Steps leaving `id`, grouped by the entity reached (parallel edges), sorted by id. */
  const stepsFrom = (id: string): PathStep[][] => {
    const out = new Map<string, PathStep[]>();
    const add = (step: PathStep) => {
      const group = out.get(step.to);
      if (group) group.push(step);
      else out.set(step.to, [step]);
    };
    for (const edge of index.edgesOf.get(id) ?? []) {
      if (edge.source === edge.target || !accept(edge)) continue;
      if (edge.source === id) add({ edge, from: id, to: edge.target, forward: true });
      else if (both(edge)) add({ edge, from: id, to: edge.source, forward: false });
    }
    return [...out.entries()]
      .sort(([a], [b]) => compare(a, b))
      .map(([, group]) => group.sort((a, b) => compare(a.edge.id, b.edge.id)));
  };
  /** Entities one step before `id`. */
  const before = (id: string): string[] => {
    const out: string[] = [];
    for (const edge of index.edgesOf.get(id) ?? []) {
      if (edge.source === edge.target || !accept(edge)) continue;
      if (edge.target === id) out.push(edge.source);
      else if (both(edge)) out.push(edge.target);
    }
    return out;
  };

  // Breadth-first backwards from `to`: how many steps each entity is from it.
  const toGo = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  while (frontier.length > 0 && !toGo.has(from)) {
    const next: string[] = [];
    for (const id of frontier) {
      const d = toGo.get(id) ?? 0;
      for (const prev of before(id)) {
        if (toGo.has(prev) || !index.entities.has(prev)) continue;
        toGo.set(prev, d + 1);
        next.push(prev);
      }
    }
    frontier = next;
  }
  if (!toGo.has(from)) return [];

  // Depth-first forwards along steps that bring `to` one closer, smallest entity ids first;
  // at the end, the choices among parallel edges, smallest edge ids first. The paths come out
  // in order, so we stop at maxPaths.
  const paths: Path[] = [];
  const hops: PathStep[][] = [];
  const expand = (i: number, chosen: PathStep[]): void => {
    if (i === hops.length) {
      paths.push({ entities: [from, ...chosen.map((s) => s.to)], steps: [...chosen] });
      return;
    }
    for (const step of hops[i] ?? []) {
      if (paths.length >= maxPaths) return;
      chosen.push(step);
      expand(i + 1, chosen);
      chosen.pop();
    }
  };
  const walk = (id: string, remaining: number): void => {
    if (remaining === 0) return expand(0, []);
    for (const group of stepsFrom(id)) {
      if (paths.length >= maxPaths) return;
      const next = group[0]?.to;
      if (next === undefined || toGo.get(next) !== remaining - 1) continue;
      hops.push(group);
      walk(next, remaining - 1);
      hops.pop();
    }
  };
  walk(from, toGo.get(from) ?? 0);
  return paths;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

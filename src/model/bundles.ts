import type { GraphEdge, GraphIndex } from './graph-index';
import { MAX_PARALLEL_DRAWN } from './limits';

export interface Bundles {
  /** Edge id → every edge between the same two entities, for pairs drawn as one line. */
  groupOf: ReadonlyMap<string, readonly GraphEdge[]>;
  /** The edges not drawn: each is shown by its group's first edge. */
  hidden: ReadonlySet<string>;
}

const cache = new WeakMap<GraphIndex, Bundles>();

/**
 * Pairs of entities joined by more than MAX_PARALLEL_DRAWN lines (either direction, self-loops
 * included) are drawn as one line with a count: cytoscape lays parallel edges out in quadratic
 * time (1,000 between two nodes froze the page 13.7 s). The details list them all.
 */
export function parallelBundles(index: GraphIndex): Bundles {
  const known = cache.get(index);
  if (known) return known;
  const byPair = new Map<string, GraphEdge[]>();
  for (const edge of index.edges) {
    const [a, b] =
      edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    // A character no id can hold (ids are [A-Za-z0-9_.:-]) keeps "a"+"b:c" apart from "a:b"+"c".
    const key = `${a}\u0000${b}`;
    const group = byPair.get(key);
    if (group) group.push(edge);
    else byPair.set(key, [edge]);
  }
  const groupOf = new Map<string, readonly GraphEdge[]>();
  const hidden = new Set<string>();
  for (const group of byPair.values()) {
    if (group.length <= MAX_PARALLEL_DRAWN) continue;
    group.forEach((edge, i) => {
      groupOf.set(edge.id, group);
      if (i > 0) hidden.add(edge.id);
    });
  }
  const bundles = { groupOf, hidden };
  cache.set(index, bundles);
  return bundles;
}

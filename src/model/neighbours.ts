import type { GraphEdge, GraphIndex } from './graph-index';

export interface NeighbourhoodOptions {
  /** Only walk edges this accepts (default: every edge). */
  edgeFilter?: (e: GraphEdge) => boolean;
  /**
   * false (default): the edges walked within `hops` steps, i.e. those with an endpoint fewer
   * than `hops` steps away. true: every accepted edge between two reached entities (the induced
   * subgraph, as in an ego network), which adds edges between entities on the rim.
   */
  induced?: boolean;
}

export interface Neighbourhood {
  entities: Set<string>;
  edges: Set<string>;
}

/**
 * Entities within `hops` steps of any of `ids`, walking edges both ways whatever their
 * direction (breadth-first). hops 0 = just the ids. Ids the index does not know are ignored.
 */
export function neighbourhood(
  index: GraphIndex,
  ids: readonly string[],
  hops: number,
  options: NeighbourhoodOptions = {},
): Neighbourhood {
  const accept = options.edgeFilter ?? (() => true);
  const distance = new Map<string, number>();
  const edges = new Set<string>();
  let frontier = ids.filter((id) => index.entities.has(id) && !distance.has(id));
  for (const id of frontier) distance.set(id, 0);

  for (let step = 0; step < hops && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of index.edgesOf.get(id) ?? []) {
        if (!accept(edge)) continue;
        const other = edge.source === id ? edge.target : edge.source;
        if (!index.entities.has(other)) continue;
        edges.add(edge.id);
        if (!distance.has(other)) {
          distance.set(other, step + 1);
          next.push(other);
        }
      }
    }
    frontier = next;
  }

  if (options.induced) {
    for (const id of distance.keys()) {
      for (const edge of index.edgesOf.get(id) ?? []) {
        if (distance.has(edge.source) && distance.has(edge.target) && accept(edge)) {
          edges.add(edge.id);
        }
      }
    }
  }
  return { entities: new Set(distance.keys()), edges };
}

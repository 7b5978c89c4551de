import { applyFilters, isFilterActive, type Visible } from '../model/filters';
import type { GraphIndex } from '../model/graph-index';
import { shortestPaths, type Path } from '../model/paths';
import type { AppState } from './store';

export const selectIndex = (s: AppState): GraphIndex | null =>
  s.load.status === 'ready' ? s.load.index : null;

export const selectSelectedNode = (s: AppState): string | null =>
  s.selection?.type === 'node' ? s.selection.id : null;

export const selectSelectedEdge = (s: AppState): string | null =>
  s.selection?.type === 'edge' ? s.selection.id : null;

/**
 * Remembers the last few results by argument identity, so a selector called with the previous
 * and the next state (as store subscribers do) returns the same object for the same inputs.
 */
function memoRecent<A extends unknown[], R>(
  compute: (...args: A) => R,
  size = 4,
): (...args: A) => R {
  const recent: { args: A; result: R }[] = [];
  return (...args: A) => {
    const hit = recent.find(
      (entry) => entry.args.length === args.length && entry.args.every((a, i) => a === args[i]),
    );
    if (hit) return hit.result;
    const result = compute(...args);
    recent.unshift({ args, result });
    if (recent.length > size) recent.pop();
    return result;
  };
}

const visibleOf = memoRecent(
  (index: GraphIndex, filters: AppState['filters'], focus: string | null): Visible | null =>
    isFilterActive(filters) ? applyFilters(index, filters, focus) : null,
);

/** What the filters leave visible; null when nothing is filtered (everything shows). */
export const selectVisible = (s: AppState): Visible | null => {
  const index = selectIndex(s);
  return index ? visibleOf(index, s.filters, selectSelectedNode(s)) : null;
};

const pathsOf = memoRecent(
  (index: GraphIndex, query: AppState['pathQuery'], visible: Visible | null): Path[] | null => {
    if (!query) return null;
    const edgeFilter = visible ? (e: { id: string }) => visible.edges.has(e.id) : undefined;
    return shortestPaths(index, query.from, query.to, {
      directed: query.directed,
      ...(edgeFilter ? { edgeFilter } : {}),
    });
  },
);

/** Shortest paths for the current "how are these connected?" query, within what is shown. */
export const selectPaths = (s: AppState): Path[] | null => {
  const index = selectIndex(s);
  return index ? pathsOf(index, s.pathQuery, selectVisible(s)) : null;
};

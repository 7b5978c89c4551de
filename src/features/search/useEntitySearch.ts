import { useMemo } from 'react';
import { searchEntities, type SearchHit } from '../../model/search';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';

export const SEARCH_LIMIT = 8;

/** The best matches for a query (names and aliases, both languages), without the excluded ids. */
export function useEntitySearch(query: string, exclude: readonly string[] = []): SearchHit[] {
  const index = useAppStore(selectIndex);
  const excluded = exclude.join('\n');
  return useMemo(() => {
    if (!index) return [];
    const skip = new Set(excluded ? excluded.split('\n') : []);
    return searchEntities(index, query, { limit: SEARCH_LIMIT + skip.size })
      .filter((hit) => !skip.has(hit.id))
      .slice(0, SEARCH_LIMIT);
  }, [index, query, excluded]);
}

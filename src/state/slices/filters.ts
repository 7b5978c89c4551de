import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type FilterState } from '../../model/filters';
import type { AppState } from '../store';

/** What happens to what the filters leave out: removed, or faded in place (Kumu's "showcase"). */
export type FilterMode = 'hide' | 'fade';

export interface FiltersSlice {
  filters: FilterState;
  filterMode: FilterMode;
  setFilters: (change: Partial<FilterState>) => void;
  resetFilters: () => void;
  setFilterMode: (mode: FilterMode) => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  filterMode: 'hide',
  setFilters: (change) => set((s) => ({ filters: { ...s.filters, ...change } })),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
  setFilterMode: (filterMode) => set({ filterMode }),
});

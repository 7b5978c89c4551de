import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type FilterState } from '../../model/filters';
import type { AppState } from '../store';

export interface FiltersSlice {
  filters: FilterState;
  setFilters: (change: Partial<FilterState>) => void;
  resetFilters: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  setFilters: (change) => set((s) => ({ filters: { ...s.filters, ...change } })),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
});

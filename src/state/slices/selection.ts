import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export type Selection = { type: 'node' | 'edge'; id: string } | null;

/** Where the pointer rests, in rendered (container) pixels, for the tooltip. */
export interface Hover {
  id: string;
  x: number;
  y: number;
}

export interface SelectionSlice {
  selection: Selection;
  hover: Hover | null;
  select: (selection: Selection) => void;
  clearSelection: () => void;
  setHover: (hover: Hover | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  hover: null,
  select: (selection) => set({ selection }),
  clearSelection: () => set({ selection: null }),
  setHover: (hover) => set({ hover }),
});

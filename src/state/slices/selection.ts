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
  /**
   * The entity the keyboard is on while the graph has focus (arrow keys move it along lines,
   * Enter selects it); null when the graph does not have focus.
   */
  cursor: string | null;
  setCursor: (cursor: string | null) => void;
  select: (selection: Selection) => void;
  clearSelection: () => void;
  setHover: (hover: Hover | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  hover: null,
  cursor: null,
  setCursor: (cursor) => set({ cursor }),
  select: (selection) => set({ selection }),
  clearSelection: () => set({ selection: null }),
  setHover: (hover) => set({ hover }),
});

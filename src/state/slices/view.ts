import type { StateCreator } from 'zustand';
import type { UiLang } from '../../i18n';
import type { AppState } from '../store';
import type { ColorBy, SizeBy } from '../../model/appearance';

export const LAYOUTS = ['auto', 'force', 'grouped'] as const;
/** auto: the author's stored positions when every entity has one, else the seeded force layout. */
export type LayoutName = (typeof LAYOUTS)[number];

export function isLayoutName(value: unknown): value is LayoutName {
  return (LAYOUTS as readonly unknown[]).includes(value);
}

/** Camera commands travel through the store so features never touch cytoscape. */
export type CameraCommand = {
  kind: 'fit' | 'zoomIn' | 'zoomOut' | 'reset' | 'center';
  seq: number;
};

export const VIEWS = ['graph', 'table'] as const;
/** The graph, or the same data as tables (also the accessible equivalent of the canvas). */
export type ViewName = (typeof VIEWS)[number];

export interface ArrangingProgress {
  iterations: number;
  max: number;
}

export interface ViewSlice {
  lang: UiLang;
  view: ViewName;
  layout: LayoutName;
  legendOpen: boolean;
  camera: CameraCommand | null;
  /** Colour and size by data (model/appearance.ts); 'look' = as the dataset draws them. */
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** The force layout refining a large graph in a worker: how far it is; null when none runs. */
  arranging: ArrangingProgress | null;
  /** Asks the running force layout to stop where it is (a counter, as camera commands are). */
  arrangeStop: number;
  arrangingProgress: (progress: ArrangingProgress | null) => void;
  stopArranging: () => void;
  setColorBy: (colorBy: ColorBy) => void;
  setSizeBy: (sizeBy: SizeBy) => void;
  setLang: (lang: UiLang) => void;
  setView: (view: ViewName) => void;
  setLayout: (layout: LayoutName) => void;
  setLegendOpen: (open: boolean) => void;
  moveCamera: (kind: CameraCommand['kind']) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  lang: 'en',
  view: 'graph',
  layout: 'auto',
  legendOpen: true,
  camera: null,
  colorBy: 'look',
  sizeBy: 'look',
  arranging: null,
  arrangeStop: 0,
  arrangingProgress: (arranging) => set({ arranging }),
  stopArranging: () => set((s) => ({ arrangeStop: s.arrangeStop + 1 })),
  setColorBy: (colorBy) => set({ colorBy }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setLang: (lang) => set({ lang }),
  setView: (view) => set({ view }),
  setLayout: (layout) => set({ layout }),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
  moveCamera: (kind) => set((s) => ({ camera: { kind, seq: (s.camera?.seq ?? 0) + 1 } })),
});

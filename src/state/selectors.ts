import type { GraphIndex } from '../model/graph-index';
import type { AppState } from './store';

export const selectIndex = (s: AppState): GraphIndex | null =>
  s.load.status === 'ready' ? s.load.index : null;

export const selectSelectedNode = (s: AppState): string | null =>
  s.selection?.type === 'node' ? s.selection.id : null;

export const selectSelectedEdge = (s: AppState): string | null =>
  s.selection?.type === 'edge' ? s.selection.id : null;

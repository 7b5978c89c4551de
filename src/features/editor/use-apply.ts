import { useCallback } from 'react';
import { useAppStoreApi } from '../../state/store';
import type { OnApply } from './forms';

/** Hands a form's accepted edit to the store: one undo step, the graph redrawn by its diff. */
export function useApply(): OnApply {
  const store = useAppStoreApi();
  return useCallback((result, action) => store.getState().applyEdit(result, action), [store]);
}

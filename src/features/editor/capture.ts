import type { GraphIndex } from '../../model/graph-index';
import { filtersToParams } from '../../model/filters';
import type { StoryStep } from '../../model/schema';
import type { AppState } from '../../state/store';

/**
 * What "Add this view as a step" keeps of the view: what is in focus (the selection and the
 * lines it highlights, or both ends of the path shown), what is selected, and the filters. The
 * camera is left to the step's fit on its focus, so the step frames well on any screen.
 */
export function capturedView(
  state: Pick<AppState, 'selection' | 'pathQuery' | 'filters'>,
  index: GraphIndex,
): Pick<StoryStep, 'focus' | 'select' | 'filters'> {
  const focus: string[] = [];
  const { selection, pathQuery } = state;
  if (selection?.type === 'node' && index.entities.has(selection.id)) {
    focus.push(selection.id);
    for (const edge of index.edgesOf.get(selection.id) ?? []) {
      if (!focus.includes(edge.refId)) focus.push(edge.refId);
    }
  } else if (selection?.type === 'edge') {
    const edge = index.edgeById.get(selection.id);
    if (edge) focus.push(edge.refId);
  }
  if (pathQuery) {
    for (const id of [pathQuery.from, pathQuery.to]) if (!focus.includes(id)) focus.push(id);
  }
  const filters = filtersToParams(state.filters);
  const select =
    selection?.type === 'node'
      ? selection.id
      : selection
        ? index.edgeById.get(selection.id)?.refId
        : undefined;
  return {
    focus,
    ...(select ? { select } : {}),
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
  };
}

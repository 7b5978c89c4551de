/**
 * What removing elements leaves behind. A story step that focused only on removed elements
 * has nothing to show and goes; a story left without steps goes too (the schema needs one).
 */
import type { Story, StoryStep } from '../schema';
import type { Draft } from './draft';
import { STEP_KEYS } from './keys';
import { withFields } from './order';

/** Remove relations and claims, then mend the stories that named them. */
export function removeElements(draft: Draft, ids: ReadonlySet<string>): void {
  for (const id of ids) {
    if (draft.get('relations', id)) draft.remove('relations', id);
    if (draft.get('claims', id)) draft.remove('claims', id);
    if (draft.get('entities', id)) draft.remove('entities', id);
  }
  mendStories(draft, (id) => (ids.has(id) ? null : id));
}

/**
 * Every story step's focus and selection passed through `rename` (null drops the id), without
 * repeats; steps and stories left empty are removed.
 */
export function mendStories(draft: Draft, rename: (id: string) => string | null): void {
  for (const story of draft.current('stories')) {
    let changed = false;
    const steps: StoryStep[] = [];
    for (const step of story.steps) {
      const next = mendStep(step, rename);
      if (next !== step) changed = true;
      if (next) steps.push(next);
    }
    if (!changed) continue;
    if (steps.length === 0) draft.remove('stories', story.id);
    else draft.put('stories', { ...story, steps } satisfies Story);
  }
}

function mendStep(step: StoryStep, rename: (id: string) => string | null): StoryStep | null {
  const focus = [...new Set(step.focus.map(rename).filter((id): id is string => id !== null))];
  const select = step.select === undefined ? undefined : (rename(step.select) ?? undefined);
  const sameFocus =
    focus.length === step.focus.length && focus.every((id, i) => id === step.focus[i]);
  if (sameFocus && select === step.select) return step;
  if (focus.length === 0) return null;
  return withFields(
    step,
    new Map<string, unknown>([
      ['focus', focus],
      ['select', select],
    ]),
    STEP_KEYS,
  );
}

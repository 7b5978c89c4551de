/**
 * Stories: a guided walk through the graph, step by step. The UI builds each step from the
 * current view (focus, selection, camera, filters, paragraphs); these commands keep the list.
 */
import type { Bilingual, Dataset, PartialBilingual, Story, StoryStep } from '../schema';
import { Draft } from './draft';
import { idRefusal, readStep } from './checks';
import { slugOf, uniqueId } from './ids';
import { STORY_KEYS } from './keys';
import { changesOf, compact, withFields } from './order';
import { refuse, type EditResult, type Refused } from './refusal';
import { readBilingual, readPartial } from './text';

export interface StoryFields {
  title: Bilingual;
  description?: PartialBilingual;
  /** The source whose paragraphs the steps cite. */
  source?: string;
}

const STORY_FIELDS = ['title', 'description', 'source'] as const;

/** A story needs a step (the schema says so): it is created with its first. */
export function addStory(
  data: Dataset,
  args: StoryFields & { id?: string; firstStep: StoryStep },
): EditResult {
  const draft = new Draft(data);
  const taken = (id: string) => draft.get('stories', id) !== undefined;
  if (args.id !== undefined) {
    const refused = idRefusal(args.id, taken);
    if (refused) return refused;
  }
  const title = readBilingual(args.title, 'title', 'textMissing');
  if (!title.ok) return title;
  const source = sourceRefusal(draft, args.source);
  if (source) return source;
  const step = readStep(draft, args.firstStep);
  if (!step.ok) return step;
  const id = args.id ?? uniqueId(slugOf(title.value.en, title.value.ar), taken, 'story');
  draft.insert(
    'stories',
    compact<Story>({
      id,
      title: title.value,
      description: readPartial(args.description),
      source: args.source,
      steps: [step.value],
    }),
  );
  return draft.finish();
}

/** Keys left out are kept; description or source set to undefined is removed. */
export function updateStory(data: Dataset, id: string, changes: Partial<StoryFields>): EditResult {
  const draft = new Draft(data);
  const before = draft.get('stories', id);
  if (!before) return refuse('unknownStory', { id }, 'id');
  const asked = changesOf(changes, STORY_FIELDS);
  if (asked.has('title')) {
    const title = readBilingual(changes.title, 'title', 'textMissing');
    if (!title.ok) return title;
    asked.set('title', title.value);
  }
  if (asked.has('description')) asked.set('description', readPartial(changes.description));
  if (asked.has('source')) {
    const source = sourceRefusal(draft, changes.source);
    if (source) return source;
  }
  draft.put('stories', withFields(before, asked, STORY_KEYS));
  return draft.finish();
}

export function deleteStory(data: Dataset, id: string): EditResult {
  const draft = new Draft(data);
  if (!draft.get('stories', id)) return refuse('unknownStory', { id }, 'id');
  draft.remove('stories', id);
  return draft.finish();
}

/** Insert a step at `at` (0-based; the end by default). */
export function captureStoryStep(
  data: Dataset,
  args: { story: string; step: StoryStep; at?: number },
): EditResult {
  return editSteps(data, args.story, (steps, draft) => {
    const at = args.at ?? steps.length;
    if (!isIndex(at, steps.length + 1)) return refuse('badIndex', { index: at }, 'at');
    const step = readStep(draft, args.step);
    if (!step.ok) return step;
    return [...steps.slice(0, at), step.value, ...steps.slice(at)];
  });
}

/** Replace step `index` (0-based) with a new version of it. */
export function updateStoryStep(
  data: Dataset,
  args: { story: string; index: number; step: StoryStep },
): EditResult {
  return editSteps(data, args.story, (steps, draft) => {
    if (!isIndex(args.index, steps.length))
      return refuse('badIndex', { index: args.index }, 'index');
    const step = readStep(draft, args.step);
    if (!step.ok) return step;
    return steps.map((old, i) => (i === args.index ? step.value : old));
  });
}

/** Move step `from` to position `to` (both 0-based, in the list as it is). */
export function moveStoryStep(
  data: Dataset,
  args: { story: string; from: number; to: number },
): EditResult {
  return editSteps(data, args.story, (steps) => {
    if (!isIndex(args.from, steps.length)) return refuse('badIndex', { index: args.from }, 'from');
    if (!isIndex(args.to, steps.length)) return refuse('badIndex', { index: args.to }, 'to');
    const out = [...steps];
    const [moved] = out.splice(args.from, 1);
    if (moved) out.splice(args.to, 0, moved);
    return out;
  });
}

/** Remove step `index`; removing the only step removes the story. */
export function deleteStoryStep(data: Dataset, args: { story: string; index: number }): EditResult {
  return editSteps(data, args.story, (steps) => {
    if (!isIndex(args.index, steps.length))
      return refuse('badIndex', { index: args.index }, 'index');
    return steps.filter((_, i) => i !== args.index);
  });
}

function editSteps(
  data: Dataset,
  id: string,
  edit: (steps: readonly StoryStep[], draft: Draft) => StoryStep[] | Refused,
): EditResult {
  const draft = new Draft(data);
  const story = draft.get('stories', id);
  if (!story) return refuse('unknownStory', { id }, 'story');
  const steps = edit(story.steps, draft);
  if (!Array.isArray(steps)) return steps;
  if (steps.length === 0) draft.remove('stories', id);
  else draft.put('stories', { ...story, steps });
  return draft.finish();
}

function sourceRefusal(draft: Draft, source: string | undefined): Refused | null {
  if (source === undefined || draft.get('sources', source)) return null;
  return refuse('unknownSource', { id: source }, 'source');
}

function isIndex(value: number, length: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < length;
}

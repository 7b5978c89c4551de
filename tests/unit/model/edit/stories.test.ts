import { describe, expect, it } from 'vitest';
import {
  addStory,
  captureStoryStep,
  deleteStory,
  deleteStoryStep,
  moveStoryStep,
  updateStory,
  updateStoryStep,
} from '../../../../src/model/edit';
import type { StoryStep } from '../../../../src/model/schema';
import { expectEdit, expectRefusal, fixture } from './fixture';

const step = (focus: string[], extra: Partial<StoryStep> = {}): StoryStep => ({
  title: { ar: 'خطوة', en: 'A step' },
  caption: { ar: 'نص', en: 'Text' },
  focus,
  ...extra,
});

describe('stories', () => {
  it('adds a story with its first step, and an id from its title', () => {
    const data = fixture();
    const firstStep = step(['israel', 'israel', 'claim-turan'], {
      camera: { zoom: 1.5, pan: { x: 10, y: 20 } },
      filters: { status: 'claimed' },
      paragraphs: [1, 2],
      notes: { en: ' say it slowly ', ar: '' },
    });
    const { dataset } = expectEdit(
      data,
      addStory(data, {
        title: { ar: 'قصة ثانية', en: 'Second story' },
        source: 'article',
        firstStep,
      }),
    );
    expect(dataset.stories.at(-1)).toEqual({
      id: 'second-story',
      title: { ar: 'قصة ثانية', en: 'Second story' },
      source: 'article',
      steps: [{ ...firstStep, focus: ['israel', 'claim-turan'], notes: { en: 'say it slowly' } }],
    });
  });

  it('refuses a step with no focus, unknown ids or missing text', () => {
    const data = fixture();
    const title = { ar: 'قصة', en: 'Story' };
    expectRefusal(addStory(data, { title, firstStep: step([]) }), 'focusEmpty', 'focus');
    expectRefusal(addStory(data, { title, firstStep: step(['nobody']) }), 'unknownFocus', 'focus');
    expectRefusal(
      addStory(data, { title, firstStep: step(['israel'], { select: 'nobody' }) }),
      'unknownFocus',
      'select',
    );
    expectRefusal(
      addStory(data, { title, firstStep: step(['israel'], { caption: { ar: 'نص', en: '' } }) }),
      'textMissing',
      'caption',
    );
    expectRefusal(
      addStory(data, { title: { ar: '', en: 'x' }, firstStep: step(['israel']) }),
      'textMissing',
      'title',
    );
    expectRefusal(
      addStory(data, { title, source: 'nothing', firstStep: step(['israel']) }),
      'unknownSource',
      'source',
    );
    expectRefusal(
      addStory(data, { id: 'intro', title, firstStep: step(['israel']) }),
      'duplicateId',
      'id',
    );
    expectRefusal(
      addStory(data, { title, firstStep: step(['israel'], { paragraphs: [0] }) }),
      'invalid',
      'steps',
    );
  });

  it('captures, updates, moves and deletes steps', () => {
    const data = fixture();
    const captured = expectEdit(
      data,
      captureStoryStep(data, { story: 'intro', step: step(['baku']), at: 1 }),
    );
    expect(captured.dataset.stories[0]?.steps.map((s) => s.focus[0])).toEqual([
      'initiative',
      'baku',
      'turan-force',
      'claim-interest',
    ]);
    const atEnd = expectEdit(
      data,
      captureStoryStep(data, { story: 'intro', step: step(['baku']) }),
    );
    expect(atEnd.dataset.stories[0]?.steps.at(-1)?.focus).toEqual(['baku']);
    const updated = expectEdit(
      data,
      updateStoryStep(data, { story: 'intro', index: 0, step: step(['israel']) }),
    );
    expect(updated.dataset.stories[0]?.steps[0]).toEqual(step(['israel']));
    const moved = expectEdit(data, moveStoryStep(data, { story: 'intro', from: 0, to: 2 }));
    expect(moved.dataset.stories[0]?.steps.map((s) => s.focus[0])).toEqual([
      'turan-force',
      'claim-interest',
      'initiative',
    ]);
    const deleted = expectEdit(data, deleteStoryStep(data, { story: 'intro', index: 1 }));
    expect(deleted.dataset.stories[0]?.steps).toHaveLength(2);
  });

  it('deleting the last step deletes the story', () => {
    let data = fixture();
    for (let i = 0; i < 2; i++)
      data = expectEdit(data, deleteStoryStep(data, { story: 'intro', index: 0 })).dataset;
    const { dataset } = expectEdit(data, deleteStoryStep(data, { story: 'intro', index: 0 }));
    expect(dataset.stories).toEqual([]);
  });

  it('refuses bad indexes and unknown stories', () => {
    const data = fixture();
    expectRefusal(
      captureStoryStep(data, { story: 'intro', step: step(['baku']), at: 4 }),
      'badIndex',
      'at',
    );
    expectRefusal(
      updateStoryStep(data, { story: 'intro', index: 3, step: step(['baku']) }),
      'badIndex',
      'index',
    );
    expectRefusal(
      updateStoryStep(data, { story: 'intro', index: 0, step: step([]) }),
      'focusEmpty',
    );
    expectRefusal(moveStoryStep(data, { story: 'intro', from: -1, to: 0 }), 'badIndex', 'from');
    expectRefusal(moveStoryStep(data, { story: 'intro', from: 0, to: 3 }), 'badIndex', 'to');
    expectRefusal(deleteStoryStep(data, { story: 'intro', index: 0.5 }), 'badIndex');
    expectRefusal(
      captureStoryStep(data, { story: 'nothing', step: step(['baku']) }),
      'unknownStory',
      'story',
    );
    expectRefusal(deleteStory(data, 'nothing'), 'unknownStory');
    expectRefusal(updateStory(data, 'nothing', {}), 'unknownStory');
  });

  it('updates and deletes a story', () => {
    const data = fixture();
    const { dataset } = expectEdit(
      data,
      updateStory(data, 'intro', { source: undefined, description: { en: 'How it began' } }),
    );
    expect(dataset.stories[0] && Object.keys(dataset.stories[0])).toEqual([
      'id',
      'title',
      'description',
      'steps',
    ]);
    expectRefusal(updateStory(data, 'intro', { source: 'nothing' }), 'unknownSource', 'source');
    expectRefusal(
      updateStory(data, 'intro', { title: { ar: 'x', en: '' } }),
      'textMissing',
      'title',
    );
    expect(expectEdit(data, deleteStory(data, 'intro')).dataset.stories).toEqual([]);
  });
});

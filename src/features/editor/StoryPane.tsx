import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addStory,
  captureStoryStep,
  deleteStoryStep,
  moveStoryStep,
  updateStoryStep,
} from '../../model/edit';
import type { GraphIndex } from '../../model/graph-index';
import { useAppStore, useAppStoreApi } from '../../state/store';
import { capturedView } from './capture';
import { insertedId } from './forms/useEditForm';
import { StepForm } from './StepForm';
import { useApply } from './use-apply';

type Editing =
  { kind: 'new-story' } | { kind: 'add-step' } | { kind: 'step'; index: number } | null;

/**
 * Stories: "Add this view as a step" keeps what is in focus and the filters; steps are
 * written in both languages, reordered with the buttons (keyboard and pointer alike), deleted,
 * and played at once with Present.
 */
export function StoryPane({ index }: { index: GraphIndex }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const apply = useApply();
  const lang = useAppStore((s) => s.lang);
  const stories = index.data.stories ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const story = stories.find((s) => s.id === chosen) ?? stories[0];
  const view = () => capturedView(store.getState(), index);
  // What a step made now would keep in focus: derived from these three only, not on every
  // store change (hover, camera…).
  const selection = useAppStore((s) => s.selection);
  const pathQuery = useAppStore((s) => s.pathQuery);
  const filters = useAppStore((s) => s.filters);
  const focusCount = useMemo(
    () => capturedView({ selection, pathQuery, filters }, index).focus.length,
    [selection, pathQuery, filters, index],
  );
  const move = (from: number, to: number) => {
    if (!story) return;
    const result = moveStoryStep(index.data, { story: story.id, from, to });
    if (result.ok) apply(result, 'moveStoryStep');
  };

  const captureHint = (
    <p className="pane-hint" role="note">
      {focusCount > 0
        ? t('editor.story.captures', { count: focusCount })
        : t('editor.story.selectFirst')}
    </p>
  );

  if (editing?.kind === 'new-story' || (editing?.kind === 'add-step' && story)) {
    const isNew = editing.kind === 'new-story';
    return (
      <div className="story-pane">
        {captureHint}
        <StepForm
          dataset={index.data}
          withStoryTitle={isNew}
          title={t(isNew ? 'editor.story.newStory' : 'editor.story.addStep')}
          submitLabel={t(isNew ? 'editor.story.createStory' : 'editor.story.addStep')}
          action={isNew ? 'addStory' : 'captureStoryStep'}
          run={({ title, caption, storyTitle }) => {
            const step = { title, caption, ...view() };
            return isNew || !story
              ? addStory(index.data, { title: storyTitle, firstStep: step })
              : captureStoryStep(index.data, { story: story.id, step });
          }}
          onApply={(result, action) => {
            apply(result, action);
            const id = insertedId(result, 'stories');
            if (id) setChosen(id);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      </div>
    );
  }

  return (
    <div className="story-pane">
      <div className="pane-row">
        {stories.length > 0 && story && (
          <label className="pane-picker">
            <span>{t('editor.story.shown')}</span>
            <select value={story.id} onChange={(event) => setChosen(event.target.value)}>
              {stories.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title[lang]}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => setEditing({ kind: 'new-story' })}>
          {t('editor.story.newStory')}
        </button>
      </div>
      {!story ? (
        <p className="pane-hint">{t('editor.story.none')}</p>
      ) : (
        <>
          {captureHint}
          <div className="pane-row">
            <button
              type="button"
              className="primary"
              onClick={() => setEditing({ kind: 'add-step' })}
            >
              {t('editor.story.addStep')}
            </button>
            <button type="button" onClick={() => store.getState().startStory(story.id, 0)}>
              {t('editor.story.present')}
            </button>
          </div>
          <ol className="editor-steps" aria-label={t('editor.story.steps')}>
            {story.steps.map((step, i) => (
              <li
                key={i}
                className="editor-step-item"
                // Pointer users drag a step onto another; the ↑ ↓ buttons do the same by key.
                draggable={editing === null}
                onDragStart={(event) => {
                  event.dataTransfer.setData('text/x-relgraph-step', String(i));
                  event.dataTransfer.effectAllowed = 'move';
                }}
                onDragOver={(event) => {
                  if (event.dataTransfer.types.includes('text/x-relgraph-step')) {
                    event.preventDefault();
                  }
                }}
                onDrop={(event) => {
                  const from = Number(event.dataTransfer.getData('text/x-relgraph-step'));
                  event.preventDefault();
                  if (!Number.isInteger(from) || from === i) return;
                  move(from, i);
                }}
              >
                {editing?.kind === 'step' && editing.index === i ? (
                  <StepForm
                    dataset={index.data}
                    step={step}
                    title={t('editor.story.editStep', { n: i + 1 })}
                    submitLabel={t('editor.story.save')}
                    action="updateStoryStep"
                    run={({ title, caption }) =>
                      updateStoryStep(index.data, {
                        story: story.id,
                        index: i,
                        step: { ...step, title, caption },
                      })
                    }
                    onApply={(result, action) => {
                      apply(result, action);
                      setEditing(null);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <>
                    <span className="editor-step-title">{step.title[lang]}</span>
                    <span className="editor-step-tools">
                      <button type="button" onClick={() => setEditing({ kind: 'step', index: i })}>
                        {t('editor.story.edit')}
                      </button>
                      <button
                        type="button"
                        disabled={i === 0}
                        aria-label={t('editor.story.earlier', { n: i + 1 })}
                        onClick={() => {
                          move(i, i - 1);
                        }}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        disabled={i === story.steps.length - 1}
                        aria-label={t('editor.story.later', { n: i + 1 })}
                        onClick={() => {
                          move(i, i + 1);
                        }}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        onClick={() => store.getState().startStory(story.id, i)}
                        aria-label={t('editor.story.previewStep', { n: i + 1 })}
                      >
                        {t('editor.story.preview')}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('editor.story.deleteStep', { n: i + 1 })}
                        onClick={() => {
                          const result = deleteStoryStep(index.data, { story: story.id, index: i });
                          if (result.ok) apply(result, 'deleteStoryStep');
                        }}
                      >
                        {t('editor.story.delete')}
                      </button>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

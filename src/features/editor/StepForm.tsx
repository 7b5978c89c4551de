import { useState } from 'react';
import type { EditAction, EditResult } from '../../model/edit';
import type { Bilingual, Dataset, PartialBilingual, StoryStep } from '../../model/schema';
import { BilingualField, bothLanguages } from './forms/BilingualField';
import { FormFrame } from './forms/FormFrame';
import { useEditForm, type OnApply } from './forms/useEditForm';

interface Props {
  dataset: Dataset;
  /** A story's title too: the form starts a new story with this step. */
  withStoryTitle?: boolean;
  step?: StoryStep;
  /** Runs the command with the texts typed. */
  run: (texts: { title: Bilingual; caption: Bilingual; storyTitle: Bilingual }) => EditResult;
  action: EditAction;
  onApply: OnApply;
  onCancel?: () => void;
  submitLabel: string;
  title: string;
}

const FIELDS = ['title', 'caption', 'storyTitle', 'focus'];
const BILINGUAL = ['title', 'caption', 'storyTitle'];

/** A step's title and caption in both languages (and, for a new story, the story's title). */
export function StepForm(props: Props) {
  const { dataset, step, run, action, onApply, onCancel, withStoryTitle } = props;
  const form = useEditForm(dataset, FIELDS, BILINGUAL);
  const { t } = form;
  const [storyTitle, setStoryTitle] = useState<PartialBilingual>({});
  const [title, setTitle] = useState<PartialBilingual>(step?.title ?? {});
  const [caption, setCaption] = useState<PartialBilingual>(step?.caption ?? {});
  const submit = () => {
    const result = run({
      title: bothLanguages(title),
      caption: bothLanguages(caption),
      storyTitle: bothLanguages(storyTitle),
    });
    // The story's title is read before the step's, and both are refused as "title": while
    // the story's is incomplete, the refusal is about it.
    const storyTitleIncomplete = !storyTitle.ar?.trim() || !storyTitle.en?.trim();
    const applied = form.accept(
      result,
      withStoryTitle && storyTitleIncomplete ? { title: 'storyTitle' } : {},
    );
    if (applied) onApply(applied, action);
  };
  return (
    <FormFrame
      form={form}
      title={props.title}
      submitLabel={props.submitLabel}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {withStoryTitle && (
        <BilingualField
          form={form}
          name="storyTitle"
          label={t('editor.story.storyTitle')}
          value={storyTitle}
          onChange={setStoryTitle}
          required
        />
      )}
      <BilingualField
        form={form}
        name="title"
        label={t('editor.story.stepTitle')}
        value={title}
        onChange={setTitle}
        required
      />
      <BilingualField
        form={form}
        name="caption"
        label={t('editor.story.caption')}
        value={caption}
        onChange={setCaption}
        required
        multiline
        rows={3}
      />
    </FormFrame>
  );
}

import { useState } from 'react';
import { createDataset, setDatasetInfo } from '../../../model/edit';
import type { Dataset, PartialBilingual } from '../../../model/schema';
import { BilingualField, bothLanguages } from './BilingualField';
import { FormFrame } from './FormFrame';
import { derivedId, IdField, useIdInput } from './IdField';
import { useEditForm, type OnApply } from './useEditForm';

export type DatasetInfoFormProps = { onCancel?: () => void } & (
  | {
      /** No dataset: a new one, handed to onCreate (it is not an edit: nothing to undo to). */
      dataset?: undefined;
      onCreate: (dataset: Dataset) => void;
      onApply?: undefined;
    }
  | { dataset: Dataset; onApply: OnApply; onCreate?: undefined }
);

const FIELDS = ['id', 'title', 'description'];
const BILINGUAL = ['title', 'description'];

/** A new dataset's title, description and id, or the same three of the dataset being edited. */
export function DatasetInfoForm(props: DatasetInfoFormProps) {
  const { dataset, onCancel } = props;
  const form = useEditForm(dataset, FIELDS, BILINGUAL);
  const [title, setTitle] = useState<PartialBilingual>(dataset?.title ?? {});
  const [description, setDescription] = useState<PartialBilingual>(dataset?.description ?? {});
  const id = useIdInput(dataset?.id ?? null);
  const derived = derivedId(title, () => false, 'dataset');

  const submit = () => {
    const info = {
      id: id.chosen ?? derived,
      title: bothLanguages(title),
      description,
    };
    if (props.dataset === undefined) {
      const result = createDataset(info);
      if (!result.ok) return form.refuse(result.refusal);
      form.clear();
      props.onCreate(result.dataset);
      return;
    }
    const applied = form.accept(setDatasetInfo(props.dataset, info));
    if (applied) props.onApply(applied, 'setDatasetInfo');
  };

  const { t } = form;
  return (
    <FormFrame
      form={form}
      title={t(dataset ? 'edit.dataset.editTitle' : 'edit.dataset.newTitle')}
      submitLabel={t(dataset ? 'edit.actions.save' : 'edit.dataset.create')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <BilingualField
        form={form}
        name="title"
        label={t('edit.dataset.title')}
        value={title}
        onChange={setTitle}
        required
      />
      <BilingualField
        form={form}
        name="description"
        label={t('edit.dataset.description')}
        value={description}
        onChange={setDescription}
        multiline
      />
      <IdField form={form} typed={id.typed} derived={derived} onChange={id.setTyped} />
    </FormFrame>
  );
}

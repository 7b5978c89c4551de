import { useState } from 'react';
import { mergeEntities } from '../../../model/edit';
import type { Entity } from '../../../model/schema';
import { EntitySelect } from './EntitySelect';
import { FieldError } from './fields';
import { FormFrame } from './FormFrame';
import { useEditForm, type EditFormProps } from './useEditForm';

export interface MergeEntitiesFormProps extends EditFormProps {
  /** The entity in hand. */
  entity: Entity;
  /** Its duplicate, when the shell already knows it. */
  duplicate?: string;
}

const FIELDS = ['other', 'keep'];

/**
 * Two entities that are one ("Baku" and "Azerbaijan"): pick the duplicate and which one stays;
 * the other's names become aliases, its relations, claims and quotes move over, and it goes.
 */
export function MergeEntitiesForm({
  dataset,
  onApply,
  onCancel,
  entity,
  duplicate = '',
}: MergeEntitiesFormProps) {
  const form = useEditForm(dataset, FIELDS);
  const { t, lang } = form;
  const [other, setOther] = useState(duplicate);
  const [keepThis, setKeepThis] = useState(true);
  const otherEntity = dataset.entities.find((item) => item.id === other);
  const kept = keepThis ? entity : otherEntity;
  const dropped = keepThis ? otherEntity : entity;
  const error = form.errorFor('keep');

  const submit = () => {
    if (other === '') return form.refuse({ code: 'required', params: {}, field: 'other' });
    const keep = keepThis ? entity.id : other;
    const drop = keepThis ? other : entity.id;
    const applied = form.accept(mergeEntities(dataset, { keep, drop }), {
      drop: keepThis ? 'other' : 'keep',
    });
    if (applied) onApply(applied, 'mergeEntities');
  };

  const choices = [
    { value: true, name: entity.label[lang] },
    { value: false, name: otherEntity?.label[lang] ?? '' },
  ];
  return (
    <FormFrame
      form={form}
      title={t('edit.merge.title', { name: entity.label[lang] })}
      submitLabel={t('edit.merge.confirm')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <EntitySelect
        form={form}
        dataset={dataset}
        name="other"
        label={t('edit.merge.duplicate')}
        value={other}
        onChange={setOther}
        exclude={[entity.id]}
        required
      />
      {otherEntity && (
        <fieldset className="edit-choices">
          <legend>{t('edit.merge.keep')}</legend>
          {choices.map(({ value, name }) => (
            <label key={String(value)}>
              <input
                type="radio"
                name={form.idOf('keepGroup')}
                // The chosen one is where a refusal about the one kept takes the focus.
                {...(value === keepThis ? form.control('keep') : {})}
                checked={value === keepThis}
                onChange={() => setKeepThis(value)}
              />
              <bdi>{name}</bdi>
            </label>
          ))}
          <FieldError error={error} />
        </fieldset>
      )}
      {kept && dropped && (
        <p className="edit-hint">
          {t('edit.merge.summary', { kept: kept.label[lang], dropped: dropped.label[lang] })}
        </p>
      )}
    </FormFrame>
  );
}

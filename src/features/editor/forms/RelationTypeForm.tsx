import { useState } from 'react';
import { addRelationType, type RelationTypeFields } from '../../../model/edit';
import {
  RELATION_FAMILIES,
  type PartialBilingual,
  type RelationFamily,
} from '../../../model/schema';
import { BilingualField, bothLanguages } from './BilingualField';
import { FieldError } from './fields';
import { FormFrame } from './FormFrame';
import { useEditForm, type EditFormProps } from './useEditForm';

export interface RelationTypeFormProps extends EditFormProps {
  initial?: Partial<RelationTypeFields>;
  /** Inside the relation form ("new type…"): a fieldset, not a form of its own. */
  embedded?: boolean;
}

const FIELDS = ['label', 'inverseLabel', 'family', 'directed'];
const BILINGUAL = ['label', 'inverseLabel'];

/** A relation type: how it reads both ways in both languages, its family, whether it points. */
export function RelationTypeForm({
  dataset,
  onApply,
  onCancel,
  initial = {},
  embedded = false,
}: RelationTypeFormProps) {
  const form = useEditForm(dataset, FIELDS, BILINGUAL);
  const { t } = form;
  const [label, setLabel] = useState<PartialBilingual>(initial.label ?? {});
  const [inverse, setInverse] = useState<PartialBilingual>(initial.inverseLabel ?? {});
  const [family, setFamily] = useState<RelationFamily>(initial.family ?? 'other');
  const [directed, setDirected] = useState(initial.directed ?? true);
  const familyControl = form.control('family');
  const directedControl = form.control('directed');

  const submit = () => {
    const filled = Boolean(inverse.ar?.trim() || inverse.en?.trim());
    const applied = form.accept(
      addRelationType(dataset, {
        label: bothLanguages(label),
        family,
        directed,
        // An undirected type reads the same both ways: no inverse unless one was written.
        inverseLabel: directed || filled ? bothLanguages(inverse) : undefined,
      }),
    );
    if (applied) onApply(applied, 'addRelationType');
  };

  return (
    <FormFrame
      form={form}
      title={t('edit.relationType.newTitle')}
      submitLabel={t('edit.relationType.add')}
      onSubmit={submit}
      onCancel={onCancel}
      embedded={embedded}
    >
      <BilingualField
        form={form}
        name="label"
        label={t('edit.relationType.label')}
        hint={t('edit.relationType.labelHint')}
        value={label}
        onChange={setLabel}
        required
      />
      <div className="edit-field edit-check">
        <input
          {...directedControl}
          type="checkbox"
          checked={directed}
          onChange={(event) => setDirected(event.target.checked)}
        />
        <label htmlFor={directedControl.id}>{t('edit.relationType.directed')}</label>
        <FieldError error={form.errorFor('directed')} />
      </div>
      {directed && (
        <BilingualField
          form={form}
          name="inverseLabel"
          label={t('edit.relationType.inverseLabel')}
          hint={t('edit.relationType.inverseHint')}
          value={inverse}
          onChange={setInverse}
          required
        />
      )}
      <div className="edit-field">
        <label htmlFor={familyControl.id}>{t('edit.relationType.family')}</label>
        <select
          {...familyControl}
          value={family}
          onChange={(event) => setFamily(event.target.value as RelationFamily)}
        >
          {RELATION_FAMILIES.map((item) => (
            <option key={item} value={item}>
              {t(`families.${item}`)}
            </option>
          ))}
        </select>
        <FieldError error={form.errorFor('family')} />
      </div>
    </FormFrame>
  );
}

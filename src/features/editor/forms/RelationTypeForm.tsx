import { useImperativeHandle, useState, type Ref } from 'react';
import { addRelationType, updateRelationType, type RelationTypeFields } from '../../../model/edit';
import {
  RELATION_FAMILIES,
  type PartialBilingual,
  type RelationFamily,
  type RelationType,
} from '../../../model/schema';
import { BilingualField, bothLanguages } from './BilingualField';
import { FieldError } from './fields';
import { FormFrame } from './FormFrame';
import { useEditForm, type Applied, type EditFormProps } from './useEditForm';

export interface RelationTypeFormProps extends EditFormProps {
  initial?: Partial<RelationTypeFields>;
  /** The type to change (every relation of the type reads the new way); without it, a new one. */
  type?: RelationType;
  /** Inside the relation form ("new type…"): a fieldset, not a form of its own. */
  embedded?: boolean;
  /**
   * The form around it submits this part first (its Save, with the type still open): the
   * accepted edit, or null when refused (the refusal is shown at the type's own field).
   */
  submitRef?: Ref<() => Applied | null>;
}

const FIELDS = ['label', 'inverseLabel', 'family', 'directed'];
const BILINGUAL = ['label', 'inverseLabel'];

/** A relation type: how it reads both ways in both languages, its family, whether it points. */
export function RelationTypeForm({
  dataset,
  onApply,
  onCancel,
  initial,
  type,
  embedded = false,
  submitRef,
}: RelationTypeFormProps) {
  const form = useEditForm(dataset, FIELDS, BILINGUAL);
  const { t } = form;
  const start = type ?? initial ?? {};
  const [label, setLabel] = useState<PartialBilingual>(start.label ?? {});
  const [inverse, setInverse] = useState<PartialBilingual>(start.inverseLabel ?? {});
  const [family, setFamily] = useState<RelationFamily>(start.family ?? 'other');
  const [directed, setDirected] = useState(start.directed ?? true);
  const familyControl = form.control('family');
  const directedControl = form.control('directed');
  const uses = type ? dataset.relations.filter((relation) => relation.type === type.id).length : 0;

  const accepted = (): Applied | null => {
    const filled = Boolean(inverse.ar?.trim() || inverse.en?.trim());
    const fields: RelationTypeFields = {
      label: bothLanguages(label),
      family,
      directed,
      // An undirected type reads the same both ways: no inverse unless one was written.
      inverseLabel: directed || filled ? bothLanguages(inverse) : undefined,
    };
    return form.accept(
      type ? updateRelationType(dataset, type.id, fields) : addRelationType(dataset, fields),
    );
  };
  useImperativeHandle(submitRef, () => accepted);
  const submit = () => {
    const applied = accepted();
    if (applied) onApply(applied, type ? 'updateRelationType' : 'addRelationType');
  };

  return (
    <FormFrame
      form={form}
      title={t(type ? 'edit.relationType.editTitle' : 'edit.relationType.newTitle')}
      submitLabel={t(type ? 'edit.relationType.change' : 'edit.relationType.add')}
      onSubmit={submit}
      onCancel={onCancel}
      embedded={embedded}
    >
      {type && <p className="edit-hint">{t('edit.relationType.usedBy', { count: uses })}</p>}
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

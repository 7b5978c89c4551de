import { useState } from 'react';
import { updateEntityKind } from '../../../model/edit';
import {
  NODE_SHAPES,
  type EntityKindDef,
  type NodeShape,
  type PartialBilingual,
} from '../../../model/schema';
import { BilingualField, bothLanguages } from './BilingualField';
import { FieldError } from './fields';
import { FormFrame } from './FormFrame';
import { useEditForm, type EditFormProps } from './useEditForm';

export interface EntityKindFormProps extends EditFormProps {
  /** The kind to change: every entity of it is named and drawn the new way. */
  kind: EntityKindDef;
}

const FIELDS = ['label', 'color', 'shape'];
const BILINGUAL = ['label'];

/** A kind the dataset defines: its name in both languages, its colour and its shape. */
export function EntityKindForm({ dataset, kind, onApply, onCancel }: EntityKindFormProps) {
  const form = useEditForm(dataset, FIELDS, BILINGUAL);
  const { t } = form;
  const [label, setLabel] = useState<PartialBilingual>(kind.label);
  const [color, setColor] = useState(kind.color);
  const [shape, setShape] = useState<NodeShape>(kind.shape);
  const colorControl = form.control('color');
  const shapeControl = form.control('shape');
  const uses = dataset.entities.filter((entity) => entity.kind === kind.id).length;

  const submit = () => {
    const applied = form.accept(
      updateEntityKind(dataset, kind.id, { label: bothLanguages(label), color, shape }),
    );
    if (applied) onApply(applied, 'updateEntityKind');
  };

  return (
    <FormFrame
      form={form}
      title={t('edit.kind.editTitle')}
      submitLabel={t('edit.kind.change')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p className="edit-hint">{t('edit.kind.usedBy', { count: uses })}</p>
      <BilingualField
        form={form}
        name="label"
        label={t('edit.kind.label')}
        hint={t('edit.kind.labelHint')}
        value={label}
        onChange={setLabel}
        required
      />
      <div className="edit-field">
        <label htmlFor={colorControl.id}>{t('edit.kind.color')}</label>
        <input
          {...colorControl}
          type="color"
          // The colour picker only takes lower-case #rrggbb.
          value={color.toLowerCase()}
          onChange={(event) => setColor(event.target.value.toUpperCase())}
        />
        <FieldError error={form.errorFor('color')} />
      </div>
      <div className="edit-field">
        <label htmlFor={shapeControl.id}>{t('edit.kind.shape')}</label>
        <select
          {...shapeControl}
          value={shape}
          onChange={(event) => setShape(event.target.value as NodeShape)}
        >
          {NODE_SHAPES.map((item) => (
            <option key={item} value={item}>
              {t(`edit.kind.shapes.${item}`)}
            </option>
          ))}
        </select>
        <FieldError error={form.errorFor('shape')} />
      </div>
    </FormFrame>
  );
}

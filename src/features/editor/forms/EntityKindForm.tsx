import { useState } from 'react';
import { addEntityKind, updateEntityKind } from '../../../model/edit';
import { CATEGORY_COLORS, kindsOf } from '../../../model/kinds';
import {
  NODE_SHAPES,
  type EntityKindDef,
  type NodeShape,
  type PartialBilingual,
} from '../../../model/schema';
import { BilingualField, bothLanguages } from './BilingualField';
import { FieldError } from './fields';
import { FormFrame } from './FormFrame';
import { derivedId, IdField, useIdInput } from './IdField';
import { useEditForm, type EditFormProps } from './useEditForm';

export interface EntityKindFormProps extends EditFormProps {
  /** The kind to change (every entity of it is named and drawn the new way); none: a new one. */
  kind?: EntityKindDef;
}

const FIELDS = ['id', 'label', 'color', 'shape'];
const BILINGUAL = ['label'];

/** A colour no kind of the dataset has yet, for a new kind to start from. */
function unusedColor(dataset: EntityKindFormProps['dataset']): string {
  const taken = new Set(kindsOf(dataset).map((kind) => kind.color.toUpperCase()));
  return CATEGORY_COLORS.find((color) => !taken.has(color)) ?? (CATEGORY_COLORS[0] as string);
}

/** A kind of the dataset, or a new one: its name in both languages, its colour and its shape. */
export function EntityKindForm({ dataset, kind, onApply, onCancel }: EntityKindFormProps) {
  const form = useEditForm(dataset, FIELDS, BILINGUAL);
  const { t } = form;
  const [label, setLabel] = useState<PartialBilingual>(kind?.label ?? {});
  const [color, setColor] = useState(() => kind?.color ?? unusedColor(dataset));
  const [shape, setShape] = useState<NodeShape>(kind?.shape ?? 'ellipse');
  const id = useIdInput();
  const colorControl = form.control('color');
  const shapeControl = form.control('shape');
  const uses = kind ? dataset.entities.filter((entity) => entity.kind === kind.id).length : 0;
  const taken = (candidate: string) => kindsOf(dataset).some((item) => item.id === candidate);
  const derived = derivedId(label, taken, 'kind');

  const submit = () => {
    const fields = { label: bothLanguages(label), color, shape };
    if (kind) {
      const applied = form.accept(updateEntityKind(dataset, kind.id, fields));
      if (applied) onApply(applied, 'updateEntityKind');
      return;
    }
    const applied = form.accept(
      addEntityKind(dataset, { ...fields, ...(id.chosen ? { id: id.chosen } : {}) }),
    );
    if (applied) onApply(applied, 'addEntityKind');
  };

  return (
    <FormFrame
      form={form}
      title={t(kind ? 'edit.kind.editTitle' : 'edit.kind.newTitle')}
      submitLabel={t(kind ? 'edit.kind.change' : 'edit.kind.add')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {kind && <p className="edit-hint">{t('edit.kind.usedBy', { count: uses })}</p>}
      <BilingualField
        form={form}
        name="label"
        label={t('edit.kind.label')}
        hint={t('edit.kind.labelHint')}
        value={label}
        onChange={setLabel}
        required
      />
      {!kind && <IdField form={form} typed={id.typed} derived={derived} onChange={id.setTyped} />}
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

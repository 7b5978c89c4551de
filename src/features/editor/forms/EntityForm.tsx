import { useState } from 'react';
import { addEntity, updateEntity } from '../../../model/edit';
import { takenElementId } from '../../../model/edit/entities';
import { kindsOf } from '../../../model/kinds';
import type { Entity, PartialBilingual } from '../../../model/schema';
import { kindName } from '../../../ui/kind-name';
import { BilingualField, bothLanguages } from './BilingualField';
import { FieldError } from './fields';
import { FormFrame } from './FormFrame';
import { derivedId, IdField, useIdInput } from './IdField';
import { useEditForm, type EditForm, type EditFormProps } from './useEditForm';

/** What a new entity starts with (a name selected in a source, a kind the shell knows). */
export interface EntityFormValues {
  id?: string;
  kind?: string;
  subkind?: string;
  label?: PartialBilingual;
  aliases?: Entity['aliases'];
  description?: PartialBilingual;
}

export interface EntityFormProps extends EditFormProps {
  initial?: EntityFormValues;
  /** The entity to change in place; without it, a new one. */
  entity?: Entity;
}

const FIELDS = ['id', 'label', 'kind', 'subkind', 'aliases', 'description'];
const BILINGUAL = ['label', 'aliases', 'description'];

/** Aliases typed with commas (Latin or Arabic) or one per line. */
export function parseAliases(value: PartialBilingual): Entity['aliases'] {
  const split = (text: string | undefined) =>
    (text ?? '')
      .split(/[\n,،]/)
      .map((name) => name.trim())
      .filter((name) => name !== '');
  return { ar: split(value.ar), en: split(value.en) };
}

function joinAliases(aliases: Entity['aliases']): PartialBilingual {
  return { ar: aliases?.ar?.join('\n') ?? '', en: aliases?.en?.join('\n') ?? '' };
}

/** An entity: its name in both languages, kind and subkind, other names, description and id. */
export function EntityForm({ dataset, onApply, onCancel, initial = {}, entity }: EntityFormProps) {
  const form = useEditForm(dataset, FIELDS, BILINGUAL);
  const { t } = form;
  const start = entity ?? initial;
  const kinds = kindsOf(dataset);
  const [label, setLabel] = useState<PartialBilingual>(start.label ?? {});
  const [kind, setKind] = useState(start.kind ?? kinds[0]?.id ?? '');
  const [subkind, setSubkind] = useState(start.subkind ?? '');
  const [aliases, setAliases] = useState(joinAliases(start.aliases));
  const [description, setDescription] = useState<PartialBilingual>(start.description ?? {});
  const id = useIdInput(initial.id ?? null);
  const derived = derivedId(label, takenElementId(dataset), 'entity');

  const submit = () => {
    const fields = {
      kind,
      subkind: subkind || undefined,
      label: bothLanguages(label),
      aliases: parseAliases(aliases),
      description,
    };
    const applied = form.accept(
      entity
        ? updateEntity(dataset, entity.id, fields)
        : addEntity(dataset, { ...fields, id: id.chosen }),
    );
    if (applied) onApply(applied, entity ? 'updateEntity' : 'addEntity');
  };

  return (
    <FormFrame
      form={form}
      title={
        entity
          ? t('edit.entity.editTitle', { name: entity.label[form.lang] })
          : t('edit.entity.newTitle')
      }
      submitLabel={t(entity ? 'edit.actions.save' : 'edit.entity.add')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <BilingualField
        form={form}
        name="label"
        label={t('edit.entity.label')}
        value={label}
        onChange={setLabel}
        required
      />
      <KindPicker
        form={form}
        kinds={kinds}
        kind={kind}
        subkind={subkind}
        onKind={(next) => {
          setKind(next);
          const info = kinds.find((item) => item.id === next);
          if (!info?.subkinds.includes(subkind)) setSubkind('');
        }}
        onSubkind={setSubkind}
      />
      <BilingualField
        form={form}
        name="aliases"
        label={t('edit.entity.aliases')}
        hint={t('edit.entity.aliasesHint')}
        value={aliases}
        onChange={setAliases}
        multiline
        rows={2}
      />
      <BilingualField
        form={form}
        name="description"
        label={t('edit.entity.description')}
        value={description}
        onChange={setDescription}
        multiline
      />
      {!entity && <IdField form={form} typed={id.typed} derived={derived} onChange={id.setTyped} />}
    </FormFrame>
  );
}

/** The dataset's own kinds (kindsOf: the built-in seven, or those it declares) and their subkinds. */
function KindPicker({
  form,
  kinds,
  kind,
  subkind,
  onKind,
  onSubkind,
}: {
  form: EditForm;
  kinds: ReturnType<typeof kindsOf>;
  kind: string;
  subkind: string;
  onKind: (kind: string) => void;
  onSubkind: (subkind: string) => void;
}) {
  const { t, lang } = form;
  const kindControl = form.control('kind');
  const subkindControl = form.control('subkind');
  const subkinds = kinds.find((item) => item.id === kind)?.subkinds ?? [];
  return (
    <div className="edit-row">
      <div className="edit-field edit-required">
        <label htmlFor={kindControl.id}>{t('edit.entity.kind')}</label>
        <select {...kindControl} value={kind} onChange={(event) => onKind(event.target.value)}>
          {kinds.map((item) => (
            <option key={item.id} value={item.id}>
              {kindName(t, lang, item)}
            </option>
          ))}
        </select>
        <FieldError error={form.errorFor('kind')} />
      </div>
      {subkinds.length > 0 && (
        <div className="edit-field">
          <label htmlFor={subkindControl.id}>{t('edit.entity.subkind')}</label>
          <select
            {...subkindControl}
            value={subkind}
            onChange={(event) => onSubkind(event.target.value)}
          >
            <option value="">{t('edit.entity.noSubkind')}</option>
            {subkinds.map((item) => (
              <option key={item} value={item}>
                {t(`subkinds.${item}`, { defaultValue: item })}
              </option>
            ))}
          </select>
          <FieldError error={form.errorFor('subkind')} />
        </div>
      )}
    </div>
  );
}

import { useRef, useState } from 'react';
import { addRelation, updateRelation, type RelationFields } from '../../../model/edit';
import type { Dataset, Evidence, PartialBilingual, Relation } from '../../../model/schema';
import { BilingualField } from './BilingualField';
import { EntitySelect } from './EntitySelect';
import { EvidenceField, evidenceRename } from './EvidenceQuote';
import { FieldError, TextField } from './fields';
import { FormFrame } from './FormFrame';
import { RelationTypeForm } from './RelationTypeForm';
import {
  composeEdits,
  insertedId,
  useEditForm,
  type Applied,
  type EditForm,
  type EditFormProps,
} from './useEditForm';

export interface RelationFormProps extends EditFormProps {
  /** The quote behind it, made by the shell from a selection in a source. */
  evidence?: Evidence;
  /** The relation to change; the evidence, if given, is added to its own. */
  relation?: Relation;
  initial?: { source?: string; target?: string; type?: string };
}

const FIELDS = ['source', 'target', 'type', 'time', 'description', 'evidence'];
const BILINGUAL = ['description'];
/** Not an id (ids start with a letter or digit): the "new type…" choice. */
const NEW_TYPE = '_new';

/** A year typed in a field: undefined when empty, NaN when not a whole number. */
function year(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isInteger(value) ? value : Number.NaN;
}

/**
 * A relation: who, how (an existing type, changed or not, or a new one made inline), when, and
 * the quote it rests on. A type made or changed here is kept with the relation as one edit (one
 * undo step).
 */
export function RelationForm({
  dataset,
  onApply,
  onCancel,
  evidence,
  relation,
  initial = {},
}: RelationFormProps) {
  const form = useEditForm(dataset, FIELDS, BILINGUAL);
  const { t } = form;
  const start = relation ?? initial;
  const [source, setSource] = useState(start.source ?? '');
  const [target, setTarget] = useState(start.target ?? '');
  const [type, setType] = useState(start.type ?? '');
  const [from, setFrom] = useState(relation?.time?.from?.toString() ?? '');
  const [to, setTo] = useState(relation?.time?.to?.toString() ?? '');
  const [description, setDescription] = useState<PartialBilingual>(relation?.description ?? {});
  // A type made inline, on the dataset it was made for (a new dataset from the shell drops it).
  const [pending, setPending] = useState<{ base: Dataset; applied: Applied } | null>(null);
  const made = pending?.base === dataset ? pending.applied : null;
  const working = made?.dataset ?? dataset;
  // The chosen type being changed in place (its words, family, direction) before saving.
  const [changingType, setChangingType] = useState(false);
  const chosenType = working.relationTypes.find((item) => item.id === type);
  const typeOpen = type === NEW_TYPE || (changingType && chosenType !== undefined);
  const typeSubmit = useRef<(() => Applied | null) | null>(null);

  const submit = () => {
    // Save with the type still open takes the type as written: one edit, one undo step.
    let before = made;
    let chosen = type;
    if (typeOpen) {
      const typed = typeSubmit.current?.() ?? null;
      if (!typed) return;
      before = before ? composeEdits(before, typed) : typed;
      if (type === NEW_TYPE) chosen = insertedId(typed, 'relationTypes') ?? '';
    }
    const base = before?.dataset ?? dataset;
    for (const [field, value] of [
      ['source', source],
      ['target', target],
      ['type', chosen],
    ]) {
      if (value === '' || value === NEW_TYPE) {
        return form.refuse({ code: 'required', params: {}, field });
      }
    }
    const time = { from: year(from), to: year(to) };
    if (Number.isNaN(time.from)) return form.fail(t('edit.relation.badYear'), 'time');
    if (Number.isNaN(time.to)) return form.fail(t('edit.relation.badYear'), 'time', 'to');
    const fields: Omit<RelationFields, 'evidence'> = {
      type: chosen,
      source,
      target,
      time,
      description,
    };
    const result = relation
      ? updateRelation(base, relation.id, {
          ...fields,
          ...(evidence ? { evidence: [...relation.evidence, evidence] } : {}),
        })
      : addRelation(base, { ...fields, evidence: evidence ? [evidence] : [] });
    const applied = form.accept(result, evidenceRename(result));
    if (!applied) return;
    onApply(
      before ? composeEdits(before, applied) : applied,
      relation ? 'updateRelation' : 'addRelation',
    );
  };
  const typeMade = (applied: Applied) => {
    setPending({ base: dataset, applied: made ? composeEdits(made, applied) : applied });
    if (type === NEW_TYPE) setType(insertedId(applied, 'relationTypes') ?? '');
    setChangingType(false);
  };

  return (
    <FormFrame
      form={form}
      title={t(relation ? 'edit.relation.editTitle' : 'edit.relation.newTitle')}
      submitLabel={t(relation ? 'edit.actions.save' : 'edit.relation.add')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <EntitySelect
        form={form}
        dataset={working}
        name="source"
        label={t('edit.relation.source')}
        value={source}
        onChange={setSource}
        required
      />
      <TypePicker
        form={form}
        dataset={working}
        value={type}
        onChange={(next) => {
          setType(next);
          setChangingType(false);
        }}
      />
      {chosenType && !changingType && (
        <button type="button" className="edit-inline" onClick={() => setChangingType(true)}>
          {t('edit.relation.changeType')}
        </button>
      )}
      {typeOpen && (
        <RelationTypeForm
          key={chosenType?.id ?? NEW_TYPE}
          dataset={working}
          type={type === NEW_TYPE ? undefined : chosenType}
          embedded
          submitRef={typeSubmit}
          onApply={typeMade}
          onCancel={() => (type === NEW_TYPE ? setType('') : setChangingType(false))}
        />
      )}
      <EntitySelect
        form={form}
        dataset={working}
        name="target"
        label={t('edit.relation.target')}
        value={target}
        onChange={setTarget}
        required
      />
      <fieldset className="edit-row edit-time">
        <legend>{t('edit.relation.time')}</legend>
        <TextField
          form={form}
          name="time"
          label={t('edit.relation.from')}
          value={from}
          onChange={setFrom}
          type="number"
          inputMode="numeric"
          dir="ltr"
        />
        <TextField
          form={form}
          name="time"
          sub="to"
          label={t('edit.relation.to')}
          value={to}
          onChange={setTo}
          type="number"
          inputMode="numeric"
          dir="ltr"
        />
      </fieldset>
      <BilingualField
        form={form}
        name="description"
        label={t('edit.relation.description')}
        value={description}
        onChange={setDescription}
        multiline
        rows={2}
      />
      <EvidenceField
        form={form}
        dataset={working}
        evidence={evidence}
        kept={relation?.evidence.length ?? 0}
      />
    </FormFrame>
  );
}

/** The dataset's relation types by name, and "new type…". */
function TypePicker({
  form,
  dataset,
  value,
  onChange,
}: {
  form: EditForm;
  dataset: Dataset;
  value: string;
  onChange: (type: string) => void;
}) {
  const { t, lang } = form;
  const control = form.control('type');
  const types = [...dataset.relationTypes].sort((a, b) =>
    a.label[lang].localeCompare(b.label[lang], lang),
  );
  return (
    <div className="edit-field edit-required">
      <label htmlFor={control.id}>{t('edit.relation.type')}</label>
      <select
        {...control}
        aria-required
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('edit.field.choose')}</option>
        {types.map((type) => (
          <option key={type.id} value={type.id}>
            {type.label[lang]}
          </option>
        ))}
        <option value={NEW_TYPE}>{t('edit.relation.newType')}</option>
      </select>
      <FieldError error={form.errorFor('type')} />
    </div>
  );
}

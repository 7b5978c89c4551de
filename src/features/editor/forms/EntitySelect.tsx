import type { ReactNode } from 'react';
import { kindsOf } from '../../../model/kinds';
import type { Dataset, Entity, Lang } from '../../../model/schema';
import { kindName } from '../../../ui/kind-name';
import { FieldError } from './fields';
import type { EditForm } from './useEditForm';

/** An entity's name in the reader's language, with its id when another entity has the same name. */
function optionText(entity: Entity, lang: Lang, clashes: ReadonlySet<string>): string {
  const name = entity.label[lang];
  return clashes.has(name) ? `${name} (${entity.id})` : name;
}

/** Entities grouped by kind (the dataset's order of kinds), sorted by name in the reader's language. */
export function EntityOptions({
  dataset,
  lang,
  t,
  filter,
  exclude = [],
}: {
  dataset: Dataset;
  lang: Lang;
  t: EditForm['t'];
  filter?: (entity: Entity) => boolean;
  exclude?: readonly string[];
}) {
  const skip = new Set(exclude);
  const list = dataset.entities.filter((e) => !skip.has(e.id) && (!filter || filter(e)));
  const seen = new Set<string>();
  const clashes = new Set<string>();
  for (const entity of list) {
    const name = entity.label[lang];
    if (seen.has(name)) clashes.add(name);
    seen.add(name);
  }
  return (
    <>
      {kindsOf(dataset).map((kind) => {
        const members = list
          .filter((entity) => entity.kind === kind.id)
          .sort((a, b) => a.label[lang].localeCompare(b.label[lang], lang));
        if (members.length === 0) return null;
        return (
          <optgroup key={kind.id} label={kindName(t, lang, kind)}>
            {members.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {optionText(entity, lang, clashes)}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}

interface EntitySelectProps {
  form: EditForm;
  dataset: Dataset;
  name: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  filter?: (entity: Entity) => boolean;
  exclude?: readonly string[];
  required?: boolean;
  hint?: string;
  /** Options before the entities ("an unnamed source (new)"). */
  extra?: ReactNode;
}

/**
 * A native select over the form's own dataset (EntityCombobox searches the store's dataset and
 * takes no id or aria-invalid, so a form could neither point at it nor show a refusal on it).
 */
export function EntitySelect({
  form,
  dataset,
  name,
  label,
  value,
  onChange,
  filter,
  exclude,
  required = false,
  hint,
  extra,
}: EntitySelectProps) {
  const hintId = hint ? `${form.idOf(name)}-hint` : undefined;
  const control = form.control(name, undefined, hintId);
  return (
    <div className={`edit-field${required ? ' edit-required' : ''}`}>
      <label htmlFor={control.id}>{label}</label>
      <select
        {...control}
        aria-required={required || undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{form.t('edit.field.choose')}</option>
        {extra}
        <EntityOptions
          dataset={dataset}
          lang={form.lang}
          t={form.t}
          filter={filter}
          exclude={exclude}
        />
      </select>
      {hint && (
        <p id={hintId} className="edit-hint">
          {hint}
        </p>
      )}
      <FieldError error={form.errorFor(name)} />
    </div>
  );
}

interface EntityListFieldProps {
  form: EditForm;
  dataset: Dataset;
  name: string;
  label: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Several entities (who benefits, whom it concerns): the chosen ones, each removable, and a select to add. */
export function EntityListField({
  form,
  dataset,
  name,
  label,
  value,
  onChange,
}: EntityListFieldProps) {
  const { t, lang } = form;
  const control = form.control(name);
  const byId = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  return (
    <fieldset className="edit-list">
      <legend>{label}</legend>
      {value.length > 0 && (
        <ul className="edit-chips">
          {value.map((id) => {
            const entityName = byId.get(id)?.label[lang] ?? id;
            return (
              <li key={id} className="edit-chip">
                <bdi>{entityName}</bdi>
                <button
                  type="button"
                  aria-label={t('edit.field.remove', { name: entityName })}
                  title={t('edit.field.remove', { name: entityName })}
                  onClick={() => onChange(value.filter((other) => other !== id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label htmlFor={control.id} className="visually-hidden">
        {t('edit.field.addTo', { label })}
      </label>
      <select
        {...control}
        value=""
        onChange={(event) => {
          if (event.target.value) onChange([...value, event.target.value]);
        }}
      >
        <option value="">{t('edit.field.add')}</option>
        <EntityOptions dataset={dataset} lang={lang} t={t} exclude={value} />
      </select>
      <FieldError error={form.errorFor(name)} />
    </fieldset>
  );
}

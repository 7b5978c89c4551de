import type { EvidenceHolder, EvidenceTarget } from '../../../model/edit';
import type { Claim, Dataset, Lang, Relation } from '../../../model/schema';
import { pickText } from '../../../ui/text';
import { EntityOptions } from './EntitySelect';
import { FieldError } from './fields';
import type { EditForm } from './useEditForm';

export type TargetChoice = 'newRelation' | 'newClaim' | EvidenceHolder;

const CHOICES: readonly TargetChoice[] = [
  'newRelation',
  'newClaim',
  'relations',
  'claims',
  'entities',
];

function entityName(dataset: Dataset, id: string, lang: Lang): string {
  return dataset.entities.find((entity) => entity.id === id)?.label[lang] ?? id;
}

/** "Azerbaijan — faces — Huseynyun militia": a relation as a sentence. */
export function relationText(dataset: Dataset, relation: Relation, lang: Lang): string {
  const type = dataset.relationTypes.find((item) => item.id === relation.type);
  return [
    entityName(dataset, relation.source, lang),
    type?.label[lang] ?? relation.type,
    entityName(dataset, relation.target, lang),
  ].join(' — ');
}

/** "Unnamed political source: Azerbaijan's joining serves…": a claim by who and what. */
export function claimText(dataset: Dataset, claim: Claim, lang: Lang): string {
  const what = pickText(claim.statement, lang)?.text ?? entityName(dataset, claim.interest, lang);
  return `${entityName(dataset, claim.claimant, lang)}: ${what}`;
}

interface TargetPickerProps {
  form: EditForm;
  dataset: Dataset;
  /** When given, only these existing elements are offered. */
  targets?: readonly EvidenceTarget[];
  choice: TargetChoice;
  onChoice: (choice: TargetChoice) => void;
  targetId: string;
  onTarget: (id: string) => void;
}

/** What the quote supports: a new relation or claim, or an existing relation, claim or entity. */
export function TargetPicker({
  form,
  dataset,
  targets,
  choice,
  onChoice,
  targetId,
  onTarget,
}: TargetPickerProps) {
  const { t, lang } = form;
  const allowed = (collection: EvidenceHolder) => (id: string) =>
    !targets || targets.some((item) => item.collection === collection && item.id === id);
  const relations = dataset.relations.filter((item) => allowed('relations')(item.id));
  const claims = dataset.claims.filter((item) => allowed('claims')(item.id));
  const entityCount = dataset.entities.filter((item) => allowed('entities')(item.id)).length;
  const available = (value: TargetChoice) =>
    value === 'relations'
      ? relations.length > 0
      : value === 'claims'
        ? claims.length > 0
        : value === 'entities'
          ? entityCount > 0
          : true;
  const control = form.control('target');
  const existing = choice === 'relations' || choice === 'claims' || choice === 'entities';
  return (
    <fieldset className="edit-target">
      <legend>{t('edit.evidence.target')}</legend>
      <div className="edit-choices">
        {CHOICES.filter(available).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={form.idOf('targetChoice')}
              value={value}
              checked={choice === value}
              onChange={() => {
                onChoice(value);
                onTarget('');
              }}
            />
            {t(`edit.evidence.targets.${value}`)}
          </label>
        ))}
      </div>
      {existing && (
        <div className="edit-field edit-required">
          <label htmlFor={control.id}>{t(`edit.evidence.pick.${choice}`)}</label>
          <select
            {...control}
            aria-required
            value={targetId}
            onChange={(event) => onTarget(event.target.value)}
          >
            <option value="">{t('edit.field.choose')}</option>
            {choice === 'relations' &&
              relations.map((item) => (
                <option key={item.id} value={item.id}>
                  {relationText(dataset, item, lang)}
                </option>
              ))}
            {choice === 'claims' &&
              claims.map((item) => (
                <option key={item.id} value={item.id}>
                  {claimText(dataset, item, lang)}
                </option>
              ))}
            {choice === 'entities' && (
              <EntityOptions
                dataset={dataset}
                lang={lang}
                t={t}
                filter={(entity) => allowed('entities')(entity.id)}
              />
            )}
          </select>
          <FieldError error={form.errorFor('target')} />
        </div>
      )}
    </fieldset>
  );
}

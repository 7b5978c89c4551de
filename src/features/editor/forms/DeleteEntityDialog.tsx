import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteEntity, dependentsOf, type Dependents } from '../../../model/edit';
import type { Dataset, Entity } from '../../../model/schema';
import { langProps, pickText } from '../../../ui/text';
import { ConfirmDialog } from './ConfirmDialog';
import { FormFrame } from './FormFrame';
import { claimText, relationText } from './TargetPicker';
import { useEditForm, useUiLang, type EditFormProps } from './useEditForm';

export interface DeleteEntityDialogProps extends EditFormProps {
  entity: Entity;
}

export function Group({ title, items }: { title: string; items: readonly ReactNode[] }) {
  if (items.length === 0) return null;
  return (
    <section className="edit-dependents">
      <h3>{title}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** The story steps a deletion changes, and which of them it removes. */
export function StoryStepsGroup({
  dataset,
  steps,
}: {
  dataset: Dataset;
  steps: Dependents['storySteps'];
}) {
  const { t } = useTranslation();
  const lang = useUiLang();
  return (
    <Group
      title={t('edit.delete.storySteps')}
      items={steps.map(({ story, step, removed }) => {
        const found = dataset.stories.find((item) => item.id === story);
        const title = pickText(found?.title, lang)?.text ?? story;
        return t(removed ? 'edit.delete.stepRemoved' : 'edit.delete.stepChanged', {
          story: title,
          n: step + 1,
        });
      })}
    />
  );
}

/**
 * What deleting an entity takes with it (dependentsOf: relations, claims, quotes it is the
 * claimant of, story steps) and what it changes, before one confirms (ConfirmDialog).
 */
export function DeleteEntityDialog({
  dataset,
  entity,
  onApply,
  onCancel,
}: DeleteEntityDialogProps) {
  const form = useEditForm(dataset, []);
  const { t, lang } = form;
  const name = entity.label[lang];
  const deps = dependentsOf(dataset, entity.id);
  const relation = (id: string) => {
    const found = dataset.relations.find((item) => item.id === id);
    return found ? relationText(dataset, found, lang) : id;
  };
  const claim = (id: string) => {
    const found = dataset.claims.find((item) => item.id === id);
    return found ? claimText(dataset, found, lang) : id;
  };
  const holder = (collection: string, id: string) =>
    collection === 'relations'
      ? relation(id)
      : collection === 'claims'
        ? claim(id)
        : (dataset.entities.find((item) => item.id === id)?.label[lang] ?? id);
  const nothing = Object.values(deps).every((list) => list.length === 0);

  const submit = () => {
    const applied = form.accept(deleteEntity(dataset, entity.id));
    if (applied) onApply(applied, 'deleteEntity');
  };

  return (
    <ConfirmDialog label={t('edit.delete.title', { name })} onCancel={onCancel}>
      <FormFrame
        form={form}
        title={t('edit.delete.title', { name })}
        submitLabel={t('edit.delete.confirm')}
        onSubmit={submit}
        onCancel={onCancel}
        className="edit-delete"
      >
        {nothing ? (
          <p>{t('edit.delete.nothing')}</p>
        ) : (
          <>
            <Group title={t('edit.delete.relations')} items={deps.relations.map(relation)} />
            <Group title={t('edit.delete.claims')} items={deps.claims.map(claim)} />
            <Group
              title={t('edit.delete.evidence')}
              items={deps.evidence.map(({ collection, id, index }) => {
                const list =
                  collection === 'relations'
                    ? dataset.relations.find((item) => item.id === id)?.evidence
                    : collection === 'claims'
                      ? dataset.claims.find((item) => item.id === id)?.evidence
                      : dataset.entities.find((item) => item.id === id)?.evidence;
                const quoted = list?.[index];
                const language =
                  dataset.sources.find((item) => item.id === quoted?.source)?.language ?? 'und';
                return (
                  <>
                    <q {...langProps(language)}>{quoted?.quote}</q> {t('edit.delete.on')}{' '}
                    <bdi>{holder(collection, id)}</bdi>
                  </>
                );
              })}
            />
            <StoryStepsGroup dataset={dataset} steps={deps.storySteps} />
            <Group title={t('edit.delete.mentions')} items={deps.mentions.map(claim)} />
            <Group
              title={t('edit.delete.children')}
              items={deps.children.map(
                (id) => dataset.entities.find((item) => item.id === id)?.label[lang] ?? id,
              )}
            />
          </>
        )}
      </FormFrame>
    </ConfirmDialog>
  );
}

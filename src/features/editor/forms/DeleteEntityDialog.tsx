import { useEffect, useRef, type ReactNode } from 'react';
import { deleteEntity, dependentsOf } from '../../../model/edit';
import type { Entity } from '../../../model/schema';
import { langProps, pickText } from '../../../ui/text';
import { FormFrame } from './FormFrame';
import { claimText, relationText } from './TargetPicker';
import { useEditForm, type EditFormProps } from './useEditForm';

export interface DeleteEntityDialogProps extends EditFormProps {
  entity: Entity;
}

function Group({ title, items }: { title: string; items: readonly ReactNode[] }) {
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

/**
 * What deleting an entity takes with it (dependentsOf: relations, claims, quotes it is the
 * claimant of, story steps) and what it changes, before one confirms. A modal dialog; Cancel
 * has the focus first, so Enter alone deletes nothing.
 */
export function DeleteEntityDialog({
  dataset,
  entity,
  onApply,
  onCancel,
}: DeleteEntityDialogProps) {
  const form = useEditForm(dataset, []);
  const { t, lang } = form;
  const dialogRef = useRef<HTMLDialogElement | null>(null);
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

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog?.querySelector<HTMLButtonElement>('.edit-actions button:not(.edit-primary)')?.focus();
  }, []);

  const submit = () => {
    const applied = form.accept(deleteEntity(dataset, entity.id));
    if (applied) onApply(applied, 'deleteEntity');
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog edit-dialog"
      aria-label={t('edit.delete.title', { name })}
      // Escape closes the dialog only: it must not also clear the explorer's selection.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel?.();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
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
            <Group
              title={t('edit.delete.storySteps')}
              items={deps.storySteps.map(({ story, step, removed }) => {
                const found = dataset.stories.find((item) => item.id === story);
                const title = pickText(found?.title, lang)?.text ?? story;
                return t(removed ? 'edit.delete.stepRemoved' : 'edit.delete.stepChanged', {
                  story: title,
                  n: step + 1,
                });
              })}
            />
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
    </dialog>
  );
}

import { deleteClaim, deleteRelation, stepsShowing } from '../../../model/edit';
import type { Claim, Relation } from '../../../model/schema';
import { langProps } from '../../../ui/text';
import { ConfirmDialog } from './ConfirmDialog';
import { Group, StoryStepsGroup } from './DeleteEntityDialog';
import { FormFrame } from './FormFrame';
import { claimText, relationText } from './TargetPicker';
import { useEditForm, type EditFormProps } from './useEditForm';

export interface DeleteLineDialogProps extends EditFormProps {
  /** The relation or the claim to delete (a claim with its lines to whom it benefits, concerns). */
  line: { relation: Relation } | { claim: Claim };
}

/**
 * Deleting a relation or a claim: its quotes go with it and the story steps that showed it
 * lose it (a step that showed nothing else goes). Listed before one confirms.
 */
export function DeleteLineDialog({ dataset, line, onApply, onCancel }: DeleteLineDialogProps) {
  const form = useEditForm(dataset, []);
  const { t, lang } = form;
  const item = 'relation' in line ? line.relation : line.claim;
  const name =
    'relation' in line
      ? relationText(dataset, line.relation, lang)
      : claimText(dataset, line.claim, lang);
  const steps = stepsShowing(dataset, new Set([item.id]));

  const submit = () => {
    if ('relation' in line) {
      const applied = form.accept(deleteRelation(dataset, item.id));
      if (applied) onApply(applied, 'deleteRelation');
    } else {
      const applied = form.accept(deleteClaim(dataset, item.id));
      if (applied) onApply(applied, 'deleteClaim');
    }
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
        {item.evidence.length === 0 && steps.length === 0 ? (
          <p>{t('edit.delete.lineAlone')}</p>
        ) : (
          <>
            <Group
              title={t('edit.delete.quotes')}
              items={item.evidence.map((quoted) => {
                const language =
                  dataset.sources.find((source) => source.id === quoted.source)?.language ?? 'und';
                return <q {...langProps(language)}>{quoted.quote}</q>;
              })}
            />
            <StoryStepsGroup dataset={dataset} steps={steps} />
          </>
        )}
      </FormFrame>
    </ConfirmDialog>
  );
}

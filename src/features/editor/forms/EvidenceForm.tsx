import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addEntity,
  attachEvidence,
  makeEvidence,
  type EvidenceHolder,
  type EvidenceTarget,
  type Selection,
} from '../../../model/edit';
import type { EditAction } from '../../../model/edit';
import { canClaim } from '../../../model/edit/checks';
import { kindsOf } from '../../../model/kinds';
import type {
  Dataset,
  Evidence,
  EvidenceStatus,
  Lang,
  PartialBilingual,
} from '../../../model/schema';
import { langProps } from '../../../ui/text';
import { BilingualField, bothLanguages } from './BilingualField';
import { ClaimForm } from './ClaimForm';
import { EntitySelect } from './EntitySelect';
import { EvidenceQuote } from './EvidenceQuote';
import { FieldError, TextField } from './fields';
import { FormFrame } from './FormFrame';
import { RelationForm } from './RelationForm';
import { TargetPicker, type TargetChoice } from './TargetPicker';
import {
  composeEdits,
  insertedId,
  useEditForm,
  type Applied,
  type EditForm,
  type EditFormProps,
} from './useEditForm';

export interface EvidenceFormProps extends EditFormProps {
  /** Words selected in one paragraph of a source (the shell reads it off the reading pane). */
  selection: Selection;
  /** The elements this quote may go to (e.g. those the paragraph already supports); default all. */
  targets?: readonly EvidenceTarget[];
  /**
   * A new relation or claim on this quote: the shell opens its form with the evidence. Without
   * it, the form shows RelationForm or ClaimForm itself, the evidence filled in.
   */
  onEvidenceReady?: (evidence: Evidence, target: 'relation' | 'claim') => void;
}

const FIELDS = ['status', 'claimant', 'unnamedLabel', 'translation', 'target'];
const BILINGUAL = ['unnamedLabel'];
/** Not an id: the "an unnamed source (new)" choice of claimant. */
const UNNAMED = '_unnamed';
const STATUSES = ['reported', 'claimed', 'disputed'] as const satisfies readonly EvidenceStatus[];

/** The kind an unnamed source gets: one with the "unnamed-source" subkind, else a person, else any that may claim. */
export function unnamedSourceKind(dataset: Dataset): { kind: string; subkind?: string } | null {
  const kinds = kindsOf(dataset).filter((kind) => canClaim(dataset, kind.id));
  const withSubkind = kinds.find((kind) => kind.subkinds.includes('unnamed-source'));
  if (withSubkind) return { kind: withSubkind.id, subkind: 'unnamed-source' };
  const kind = kinds.find((item) => item.id === 'person') ?? kinds[0];
  return kind ? { kind: kind.id } : null;
}

/** Languages a quote in `language` is translated into. */
function translationLangs(language: string): Lang[] {
  if (language.startsWith('ar')) return ['en'];
  if (language.startsWith('en')) return ['ar'];
  return ['ar', 'en'];
}

interface HandOver {
  evidence: Evidence;
  target: 'relation' | 'claim';
  /** The unnamed source made for it, kept with the relation or claim as one edit. */
  made: Applied | null;
}

/**
 * Evidence from a selection: the quote as the source has it, whose word it is (reported, claimed
 * by…, disputed), an optional translation, and what it supports, an existing element or a new
 * relation or claim.
 */
export function EvidenceForm(props: EvidenceFormProps) {
  const { dataset, onApply, onCancel } = props;
  const [handOver, setHandOver] = useState<HandOver | null>(null);
  if (handOver) {
    const { made } = handOver;
    const formProps = {
      dataset: made?.dataset ?? dataset,
      evidence: handOver.evidence,
      onApply: (applied: Applied, action: EditAction) =>
        onApply(made ? composeEdits(made, applied) : applied, action),
      onCancel: () => setHandOver(null),
    };
    return handOver.target === 'relation' ? (
      <RelationForm {...formProps} />
    ) : (
      <ClaimForm {...formProps} />
    );
  }
  return <EvidenceFields {...props} onHandOver={setHandOver} onCancel={onCancel} />;
}

function EvidenceFields({
  dataset,
  onApply,
  onCancel,
  selection,
  targets,
  onEvidenceReady,
  onHandOver,
}: EvidenceFormProps & { onHandOver: (handOver: HandOver) => void }) {
  const form = useEditForm(dataset, FIELDS, BILINGUAL);
  const { t } = form;
  const { i18n } = useTranslation();
  const source = dataset.sources.find((item) => item.id === selection.source);
  const paragraph = source?.paragraphs?.[selection.paragraph - 1] ?? '';
  const quote = paragraph.slice(selection.start, selection.end).trim();
  const [status, setStatus] = useState<EvidenceStatus>(
    selection.status === 'unsourced' ? 'reported' : selection.status,
  );
  const [claimant, setClaimant] = useState(selection.claimant ?? '');
  const [unnamedLabel, setUnnamedLabel] = useState<PartialBilingual>(() => ({
    ar: i18n.getFixedT('ar')('subkinds.unnamed-source'),
    en: i18n.getFixedT('en')('subkinds.unnamed-source'),
  }));
  const [translation, setTranslation] = useState<PartialBilingual>(selection.translation ?? {});
  const first = targets?.[0];
  const [choice, setChoice] = useState<TargetChoice>(first ? first.collection : 'newRelation');
  const [targetId, setTargetId] = useState(first?.id ?? '');
  const unnamed = unnamedSourceKind(dataset);

  const submit = () => {
    let made: Applied | null = null;
    if (claimant === UNNAMED && unnamed) {
      made = form.accept(addEntity(dataset, { ...unnamed, label: bothLanguages(unnamedLabel) }), {
        label: 'unnamedLabel',
        kind: 'claimant',
      });
      if (!made) return;
    }
    const base = made?.dataset ?? dataset;
    const read = makeEvidence(base, {
      ...selection,
      status,
      claimant: made ? insertedId(made, 'entities') : claimant || undefined,
      translation,
    });
    if (!read.ok) return form.refuse(read.refusal);
    const { evidence } = read;
    if (choice === 'newRelation' || choice === 'newClaim') {
      const target = choice === 'newRelation' ? 'relation' : 'claim';
      if (!onEvidenceReady) return onHandOver({ evidence, target, made });
      if (made) onApply(made, 'addEntity');
      return onEvidenceReady(evidence, target);
    }
    if (targetId === '') return form.refuse({ code: 'required', params: {}, field: 'target' });
    const collection: EvidenceHolder = choice;
    const applied = form.accept(
      attachEvidence(base, { target: { collection, id: targetId }, evidence }),
    );
    if (applied) onApply(made ? composeEdits(made, applied) : applied, 'attachEvidence');
  };

  return (
    <FormFrame
      form={form}
      title={t('edit.evidence.title')}
      submitLabel={t(
        choice === 'newRelation' || choice === 'newClaim'
          ? 'edit.evidence.continue'
          : 'edit.evidence.attach',
      )}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <EvidenceQuote
        form={form}
        dataset={dataset}
        evidence={{ source: selection.source, paragraph: selection.paragraph, quote }}
      />
      <StatusPicker form={form} value={status} onChange={setStatus} />
      <EntitySelect
        form={form}
        dataset={dataset}
        name="claimant"
        label={t('edit.evidence.claimant')}
        hint={t('edit.evidence.claimantHint')}
        value={claimant}
        onChange={setClaimant}
        filter={(entity) => canClaim(dataset, entity.kind)}
        required={status === 'claimed'}
        extra={unnamed && <option value={UNNAMED}>{t('edit.evidence.unnamed')}</option>}
      />
      {claimant === UNNAMED && (
        <BilingualField
          form={form}
          name="unnamedLabel"
          label={t('edit.evidence.unnamedLabel')}
          hint={t('edit.evidence.unnamedHint')}
          value={unnamedLabel}
          onChange={setUnnamedLabel}
          required
        />
      )}
      {translationLangs(source?.language ?? 'und').map((lang) => (
        <TextField
          key={lang}
          form={form}
          name="translation"
          sub={lang}
          label={t('edit.evidence.translation', { lang })}
          value={translation[lang] ?? ''}
          onChange={(text) => setTranslation({ ...translation, [lang]: text })}
          multiline
          rows={2}
          {...langProps(lang)}
        />
      ))}
      <TargetPicker
        form={form}
        dataset={dataset}
        targets={targets}
        choice={choice}
        onChoice={setChoice}
        targetId={targetId}
        onTarget={setTargetId}
      />
    </FormFrame>
  );
}

/** Reported, claimed or disputed: whose word the quote is. */
function StatusPicker({
  form,
  value,
  onChange,
}: {
  form: EditForm;
  value: EvidenceStatus;
  onChange: (status: EvidenceStatus) => void;
}) {
  const { t } = form;
  const error = form.errorFor('status');
  return (
    <fieldset className="edit-choices">
      <legend>{t('edit.evidence.status')}</legend>
      {STATUSES.map((status) => (
        <label key={status}>
          <input
            type="radio"
            name={form.idOf('statusGroup')}
            // The checked one is where a refusal about the status takes the focus.
            {...(status === value ? form.control('status') : {})}
            value={status}
            checked={status === value}
            onChange={() => onChange(status)}
          />
          {t(`edit.evidence.statuses.${status}`)}
        </label>
      ))}
      <FieldError error={error} />
    </fieldset>
  );
}

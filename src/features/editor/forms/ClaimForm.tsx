import { useState } from 'react';
import { addClaim, addEntity, updateClaim } from '../../../model/edit';
import { canClaim } from '../../../model/edit/checks';
import { kindMap } from '../../../model/kinds';
import type { Claim, Evidence, PartialBilingual } from '../../../model/schema';
import { BilingualField, bothLanguages } from './BilingualField';
import { EntityListField, EntitySelect } from './EntitySelect';
import { EvidenceField, evidenceRename } from './EvidenceQuote';
import { FieldError } from './fields';
import { FormFrame } from './FormFrame';
import { composeEdits, insertedId, useEditForm, type EditFormProps } from './useEditForm';

export interface ClaimFormProps extends EditFormProps {
  /** The quote behind it, made by the shell from a selection in a source. */
  evidence?: Evidence;
  initial?: { claimant?: string; interest?: string; beneficiaries?: string[]; concerns?: string[] };
  /** The claim to change in place; the evidence, if given, is added to its own. */
  claim?: Claim;
}

const FIELDS = [
  'claimant',
  'interest',
  'interestLabel',
  'interestSubkind',
  'beneficiaries',
  'concerns',
  'statement',
  'evidence',
];
const BILINGUAL = ['interestLabel', 'statement'];
/** A new interest's refusals, from addEntity, named after this form's fields. */
const NEW_INTEREST_FIELDS = { label: 'interestLabel', subkind: 'interestSubkind' };

/**
 * A claim: who claims which interest, for whom and about whom, in one sentence, on a quote.
 * The interest is an existing one or made here (addEntity, then addClaim, as one edit).
 */
export function ClaimForm({
  dataset,
  onApply,
  onCancel,
  evidence,
  initial: given = {},
  claim,
}: ClaimFormProps) {
  const initial = claim
    ? {
        claimant: claim.claimant,
        interest: claim.interest,
        beneficiaries: claim.beneficiaries ?? [],
        concerns: claim.concerns ?? [],
      }
    : given;
  const form = useEditForm(dataset, FIELDS, BILINGUAL);
  const { t } = form;
  const interestKind = kindMap(dataset).get('interest');
  const [claimant, setClaimant] = useState(initial.claimant ?? '');
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [interest, setInterest] = useState(initial.interest ?? '');
  const [interestLabel, setInterestLabel] = useState<PartialBilingual>({});
  const [interestSubkind, setInterestSubkind] = useState('');
  const [beneficiaries, setBeneficiaries] = useState(initial.beneficiaries ?? []);
  const [concerns, setConcerns] = useState(initial.concerns ?? []);
  const [statement, setStatement] = useState<PartialBilingual>(claim?.statement ?? {});
  const subkindControl = form.control('interestSubkind');

  const submit = () => {
    if (claimant === '') return form.refuse({ code: 'required', params: {}, field: 'claimant' });
    if (mode === 'existing' && interest === '') {
      return form.refuse({ code: 'required', params: {}, field: 'interest' });
    }
    let made = null;
    if (mode === 'new') {
      made = form.accept(
        addEntity(dataset, {
          kind: 'interest',
          subkind: interestSubkind || undefined,
          label: bothLanguages(interestLabel),
        }),
        NEW_INTEREST_FIELDS,
      );
      if (!made) return;
    }
    const fields = {
      claimant,
      interest: made ? (insertedId(made, 'entities') ?? '') : interest,
      beneficiaries,
      concerns,
      statement,
    };
    const result = claim
      ? updateClaim(made?.dataset ?? dataset, claim.id, {
          ...fields,
          ...(evidence ? { evidence: [...claim.evidence, evidence] } : {}),
        })
      : addClaim(made?.dataset ?? dataset, { ...fields, evidence: evidence ? [evidence] : [] });
    const applied = form.accept(result, evidenceRename(result));
    if (applied) {
      onApply(made ? composeEdits(made, applied) : applied, claim ? 'updateClaim' : 'addClaim');
    }
  };

  return (
    <FormFrame
      form={form}
      title={t(claim ? 'edit.claim.editTitle' : 'edit.claim.newTitle')}
      submitLabel={t(claim ? 'edit.actions.save' : 'edit.claim.add')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <EntitySelect
        form={form}
        dataset={dataset}
        name="claimant"
        label={t('edit.claim.claimant')}
        value={claimant}
        onChange={setClaimant}
        filter={(entity) => canClaim(dataset, entity.kind)}
        required
      />
      <fieldset className="edit-interest">
        <legend>{t('edit.claim.interest')}</legend>
        {interestKind && (
          <div className="edit-choices">
            {(['existing', 'new'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={form.idOf('interestMode')}
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                {t(`edit.claim.interestMode.${value}`)}
              </label>
            ))}
          </div>
        )}
        {mode === 'existing' ? (
          <EntitySelect
            form={form}
            dataset={dataset}
            name="interest"
            label={t('edit.claim.existingInterest')}
            value={interest}
            onChange={setInterest}
            filter={(entity) => entity.kind === 'interest'}
            required
          />
        ) : (
          <>
            <BilingualField
              form={form}
              name="interestLabel"
              label={t('edit.claim.newInterest')}
              value={interestLabel}
              onChange={setInterestLabel}
              required
            />
            {interestKind && interestKind.subkinds.length > 0 && (
              <div className="edit-field">
                <label htmlFor={subkindControl.id}>{t('edit.entity.subkind')}</label>
                <select
                  {...subkindControl}
                  value={interestSubkind}
                  onChange={(event) => setInterestSubkind(event.target.value)}
                >
                  <option value="">{t('edit.entity.noSubkind')}</option>
                  {interestKind.subkinds.map((item) => (
                    <option key={item} value={item}>
                      {t(`subkinds.${item}`, { defaultValue: item })}
                    </option>
                  ))}
                </select>
                <FieldError error={form.errorFor('interestSubkind')} />
              </div>
            )}
          </>
        )}
      </fieldset>
      <EntityListField
        form={form}
        dataset={dataset}
        name="beneficiaries"
        label={t('edit.claim.beneficiaries')}
        value={beneficiaries}
        onChange={setBeneficiaries}
      />
      <EntityListField
        form={form}
        dataset={dataset}
        name="concerns"
        label={t('edit.claim.concerns')}
        value={concerns}
        onChange={setConcerns}
      />
      <BilingualField
        form={form}
        name="statement"
        label={t('edit.claim.statement')}
        hint={t('edit.claim.statementHint')}
        value={statement}
        onChange={setStatement}
        multiline
        rows={2}
      />
      <EvidenceField form={form} dataset={dataset} evidence={evidence} />
    </FormFrame>
  );
}

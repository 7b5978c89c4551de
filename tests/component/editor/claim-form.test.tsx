/** ClaimForm: who claims which interest (existing, or new and made with it), for whom, on a quote. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { ClaimForm } from '../../../src/features/editor/forms';
import { applyPatch, checkEdited, type Patch } from '../../../src/model/edit';
import type { Dataset, Evidence } from '../../../src/model/schema';
import { renderWithApp, seedIndex } from '../render';

const EVIDENCE: Evidence = {
  source: 'article',
  paragraph: 2,
  quote: 'قد يشكل عامل ردع',
  status: 'claimed',
  claimant: 'political-source',
};

type Call = [{ dataset: Dataset; patch: Patch }, string];

function data(): Dataset {
  return seedIndex().data;
}

function bilingual(i18n: I18n, key: string, lang: 'ar' | 'en'): HTMLElement {
  return screen.getByLabelText(i18n.t('edit.field.inLang', { label: i18n.t(key), lang }));
}

function expectRefused(control: HTMLElement, message: string) {
  expect(control).toHaveAttribute('aria-invalid', 'true');
  expect(control).toHaveAccessibleDescription(expect.stringContaining(message));
  expect(control).toHaveFocus();
}

describe.each(['en', 'ar'] as const)('ClaimForm (%s)', (lang) => {
  it('adds a claim of an existing interest, for and about entities, on the quote', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(
      <ClaimForm dataset={data()} onApply={onApply} evidence={EVIDENCE} />,
      { lang },
    );
    const claimant = screen.getByLabelText(i18n.t('edit.claim.claimant'));
    // Only who can claim: no place, no interest.
    expect(
      within(claimant).queryByRole('option', { name: lang === 'ar' ? 'غزة' : 'Gaza' }),
    ).toBeNull();
    await user.selectOptions(claimant, 'political-source');
    await user.selectOptions(
      screen.getByLabelText(i18n.t('edit.claim.existingInterest')),
      'interest-deterrence',
    );
    const addTo = (key: string) =>
      screen.getByLabelText(i18n.t('edit.field.addTo', { label: i18n.t(key) }));
    await user.selectOptions(addTo('edit.claim.beneficiaries'), 'israel');
    await user.selectOptions(addTo('edit.claim.beneficiaries'), 'azerbaijan');
    await user.selectOptions(addTo('edit.claim.concerns'), 'iran');
    const beneficiaries = screen.getByRole('group', { name: i18n.t('edit.claim.beneficiaries') });
    await user.click(
      within(beneficiaries).getByRole('button', {
        name: i18n.t('edit.field.remove', { name: lang === 'ar' ? 'أذربيجان' : 'Azerbaijan' }),
      }),
    );
    await user.type(bilingual(i18n, 'edit.claim.statement', 'en'), 'Coordination could deter.');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.claim.add') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('addClaim');
    expect(result.dataset.claims.at(-1)).toEqual({
      id: 'claim-political-source-interest-deterrence',
      claimant: 'political-source',
      interest: 'interest-deterrence',
      beneficiaries: ['israel'],
      concerns: ['iran'],
      statement: { en: 'Coordination could deter.' },
      evidence: [EVIDENCE],
    });
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('changes a claim in place: its statement and whom it concerns, its quotes kept', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const claim = data().claims?.find((c) => (c.concerns ?? []).length === 0 && c.evidence.length);
    if (!claim) throw new Error('the seed has a claim that concerns nobody yet');
    const { i18n } = renderWithApp(<ClaimForm dataset={data()} onApply={onApply} claim={claim} />, {
      lang,
    });
    expect(screen.getByLabelText(i18n.t('edit.claim.claimant'))).toHaveValue(claim.claimant);
    const statement = bilingual(i18n, 'edit.claim.statement', lang);
    await user.clear(statement);
    await user.type(statement, lang === 'ar' ? 'نص جديد.' : 'A new statement.');
    await user.selectOptions(
      screen.getByLabelText(i18n.t('edit.field.addTo', { label: i18n.t('edit.claim.concerns') })),
      'iran',
    );
    await user.click(screen.getByRole('button', { name: i18n.t('edit.actions.save') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('updateClaim');
    const changed = result.dataset.claims?.find((c) => c.id === claim.id);
    expect(changed?.statement?.[lang]).toBe(lang === 'ar' ? 'نص جديد.' : 'A new statement.');
    expect(changed?.concerns).toEqual(['iran']);
    expect(changed?.evidence).toEqual(claim.evidence);
    expect(result.dataset.claims).toHaveLength(data().claims?.length ?? 0);
    expect(applyPatch(data(), result.patch)).toEqual(result.dataset);
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('makes a new interest with the claim, as one edit', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(
      <ClaimForm dataset={data()} onApply={onApply} evidence={EVIDENCE} />,
      { lang },
    );
    await user.selectOptions(
      screen.getByLabelText(i18n.t('edit.claim.claimant')),
      'political-source',
    );
    await user.click(screen.getByLabelText(i18n.t('edit.claim.interestMode.new')));
    const ar = bilingual(i18n, 'edit.claim.newInterest', 'ar');
    expect(ar).toHaveAttribute('dir', 'rtl');
    await user.type(ar, 'لغة أمنية مشتركة');
    await user.type(bilingual(i18n, 'edit.claim.newInterest', 'en'), 'A shared security language');
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.entity.subkind')), 'security');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.claim.add') }));
    expect(onApply).toHaveBeenCalledTimes(1);
    const [result] = onApply.mock.calls[0] as Call;
    expect(result.dataset.entities.at(-1)).toEqual({
      id: 'a-shared-security-language',
      kind: 'interest',
      subkind: 'security',
      label: { ar: 'لغة أمنية مشتركة', en: 'A shared security language' },
    });
    expect(result.dataset.claims.at(-1)).toMatchObject({
      claimant: 'political-source',
      interest: 'a-shared-security-language',
    });
    expect(applyPatch(data(), result.patch)).toEqual(result.dataset);
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('refuses a new interest without its English name, and a claim without a claimant', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(
      <ClaimForm dataset={data()} onApply={onApply} evidence={EVIDENCE} />,
      { lang },
    );
    const add = screen.getByRole('button', { name: i18n.t('edit.claim.add') });
    await user.click(add);
    expectRefused(
      screen.getByLabelText(i18n.t('edit.claim.claimant')),
      i18n.t('edit.refusals.required'),
    );
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.claim.claimant')), 'israel');
    await user.click(screen.getByLabelText(i18n.t('edit.claim.interestMode.new')));
    await user.type(bilingual(i18n, 'edit.claim.newInterest', 'ar'), 'لغة أمنية مشتركة');
    await user.click(add);
    expectRefused(
      bilingual(i18n, 'edit.claim.newInterest', 'en'),
      i18n.t('edit.refusals.labelMissing', { lang: 'en' }),
    );
    expect(onApply).not.toHaveBeenCalled();
  });
});

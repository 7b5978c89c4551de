/** DatasetInfoForm: a new dataset (onCreate, not an edit) and the details of an existing one. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { DatasetInfoForm } from '../../../src/features/editor/forms';
import { checkEdited } from '../../../src/model/edit';
import type { Dataset } from '../../../src/model/schema';
import { renderWithApp, seedIndex } from '../render';

function titleInput(i18n: I18n, lang: 'ar' | 'en'): HTMLElement {
  return screen.getByLabelText(
    i18n.t('edit.field.inLang', { label: i18n.t('edit.dataset.title'), lang }),
  );
}

function expectRefused(control: HTMLElement, message: string) {
  expect(control).toHaveAttribute('aria-invalid', 'true');
  expect(control).toHaveAccessibleDescription(expect.stringContaining(message));
  expect(control).toHaveFocus();
}

describe.each(['en', 'ar'] as const)('DatasetInfoForm (%s)', (lang) => {
  it('creates a dataset with an id made from its English title', async () => {
    const user = userEvent.setup();
    const onCreate = vi.fn();
    const { i18n } = renderWithApp(<DatasetInfoForm onCreate={onCreate} />, { lang });
    expect(screen.getByRole('heading', { name: i18n.t('edit.dataset.newTitle') })).toBeVisible();
    expect(titleInput(i18n, 'ar')).toHaveAttribute('dir', 'rtl');
    expect(titleInput(i18n, 'en')).toHaveAttribute('lang', 'en');
    await user.type(titleInput(i18n, 'ar'), 'الممر الأوسط');
    await user.type(titleInput(i18n, 'en'), 'The Middle Corridor');
    expect(screen.getByLabelText(i18n.t('edit.id.label'))).toHaveValue('the-middle-corridor');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.dataset.create') }));
    const dataset = onCreate.mock.calls[0]?.[0] as Dataset;
    expect(dataset).toMatchObject({
      id: 'the-middle-corridor',
      title: { ar: 'الممر الأوسط', en: 'The Middle Corridor' },
      entities: [],
    });
    expect(checkEdited(dataset).ok).toBe(true);
  });

  it('makes the id from the Arabic title when there is no English one yet, and refuses that', async () => {
    const user = userEvent.setup();
    const onCreate = vi.fn();
    const { i18n } = renderWithApp(<DatasetInfoForm onCreate={onCreate} />, { lang });
    await user.type(titleInput(i18n, 'ar'), 'غزة');
    expect(screen.getByLabelText(i18n.t('edit.id.label'))).toHaveValue('ghza');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.dataset.create') }));
    expect(onCreate).not.toHaveBeenCalled();
    expectRefused(titleInput(i18n, 'en'), i18n.t('edit.refusals.textMissing', { lang: 'en' }));
  });

  it('refuses an id with spaces on the id field', async () => {
    const user = userEvent.setup();
    const onCreate = vi.fn();
    const { i18n } = renderWithApp(<DatasetInfoForm onCreate={onCreate} />, { lang });
    await user.type(titleInput(i18n, 'ar'), 'غزة');
    await user.type(titleInput(i18n, 'en'), 'Gaza');
    const id = screen.getByLabelText(i18n.t('edit.id.label'));
    await user.clear(id);
    await user.type(id, 'gaza force');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.dataset.create') }));
    expect(onCreate).not.toHaveBeenCalled();
    expectRefused(id, i18n.t('edit.refusals.badId'));
  });

  it('changes the details of the dataset being edited', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const data = seedIndex().data;
    const { i18n } = renderWithApp(<DatasetInfoForm dataset={data} onApply={onApply} />, {
      lang,
    });
    expect(titleInput(i18n, 'en')).toHaveValue(data.title.en);
    expect(screen.getByLabelText(i18n.t('edit.id.label'))).toHaveValue('azerbaijan-gaza');
    await user.clear(titleInput(i18n, 'en'));
    await user.type(titleInput(i18n, 'en'), 'Azerbaijan and Gaza');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.actions.save') }));
    const [result, action] = onApply.mock.calls[0] as [{ dataset: Dataset }, string];
    expect(action).toBe('setDatasetInfo');
    expect(result.dataset.title).toEqual({ ar: data.title.ar, en: 'Azerbaijan and Gaza' });
    expect(checkEdited(result.dataset).ok).toBe(true);
  });
});

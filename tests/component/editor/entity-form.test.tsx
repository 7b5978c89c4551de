/**
 * EntityForm on the seed dataset, in English and in Arabic: a new entity with both names, a
 * kind from the dataset's kinds and aliases; the model's refusals on the field they name.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { EntityForm } from '../../../src/features/editor/forms';
import { applyPatch, checkEdited } from '../../../src/model/edit';
import type { Dataset } from '../../../src/model/schema';
import { renderWithApp, seedIndex } from '../render';

const LANGS = ['en', 'ar'] as const;

function data(): Dataset {
  return seedIndex().data;
}

function nameInput(i18n: I18n, lang: 'ar' | 'en'): HTMLElement {
  const label = i18n.t('edit.field.inLang', { label: i18n.t('edit.entity.label'), lang });
  return screen.getByLabelText(label);
}

function expectRefused(control: HTMLElement, message: string) {
  expect(control).toHaveAttribute('aria-invalid', 'true');
  expect(control).toHaveAccessibleDescription(expect.stringContaining(message));
  expect(control).toHaveFocus();
}

describe.each(LANGS)('EntityForm (%s)', (lang) => {
  it('adds an entity with both names, a kind and aliases', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<EntityForm dataset={data()} onApply={onApply} />, { lang });
    const ar = nameInput(i18n, 'ar');
    const en = nameInput(i18n, 'en');
    expect(ar).toHaveAttribute('dir', 'rtl');
    expect(ar).toHaveAttribute('lang', 'ar');
    expect(en).toHaveAttribute('dir', 'ltr');
    expect(en).toHaveAttribute('lang', 'en');
    await user.type(ar, 'باكو');
    await user.type(en, 'Baku');
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.entity.kind')), 'place');
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.entity.subkind')), 'city');
    const aliases = (l: 'ar' | 'en') =>
      screen.getByLabelText(
        i18n.t('edit.field.inLang', { label: i18n.t('edit.entity.aliases'), lang: l }),
      );
    await user.type(aliases('en'), 'Baki, Bakou');
    await user.type(aliases('ar'), 'باكي');
    expect(screen.getByLabelText(i18n.t('edit.id.label'))).toHaveValue('baku');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.entity.add') }));

    expect(onApply).toHaveBeenCalledTimes(1);
    const [result, action] = onApply.mock.calls[0] as [{ dataset: Dataset; patch: [] }, string];
    expect(action).toBe('addEntity');
    expect(result.dataset.entities.find((e) => e.id === 'baku')).toEqual({
      id: 'baku',
      kind: 'place',
      subkind: 'city',
      label: { ar: 'باكو', en: 'Baku' },
      aliases: { ar: ['باكي'], en: ['Baki', 'Bakou'] },
    });
    expect(checkEdited(result.dataset).ok).toBe(true);
    expect(applyPatch(data(), result.patch)).toEqual(result.dataset);
  });

  it('refuses a missing Arabic name next to the Arabic input, never copying the English', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<EntityForm dataset={data()} onApply={onApply} />, { lang });
    await user.type(nameInput(i18n, 'en'), 'Baku');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.entity.add') }));
    expect(onApply).not.toHaveBeenCalled();
    const message = i18n.t('edit.refusals.labelMissing', { lang: 'ar' });
    expect(message).toContain(lang === 'ar' ? 'بالعربية' : 'in Arabic');
    expectRefused(nameInput(i18n, 'ar'), message);
    expect(nameInput(i18n, 'ar')).toHaveValue('');
    expect(nameInput(i18n, 'en')).not.toHaveAttribute('aria-invalid');
  });

  it('refuses an id that is taken, on the id field', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<EntityForm dataset={data()} onApply={onApply} />, { lang });
    await user.type(nameInput(i18n, 'ar'), 'إيران');
    await user.type(nameInput(i18n, 'en'), 'Iran');
    const id = screen.getByLabelText(i18n.t('edit.id.label'));
    // Derived and unique: the seed has "iran" already.
    expect(id).toHaveValue('iran-2');
    await user.clear(id);
    await user.type(id, 'iran');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.entity.add') }));
    expect(onApply).not.toHaveBeenCalled();
    expectRefused(id, i18n.t('edit.refusals.duplicateId', { id: 'iran' }));
  });

  it('edits an entity in place, prefilled, and says "to translate" for an empty language', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const entity = data().entities.find((e) => e.id === 'iran');
    if (!entity) throw new Error('no iran');
    const { i18n } = renderWithApp(
      <EntityForm dataset={data()} onApply={onApply} entity={entity} />,
      { lang },
    );
    expect(nameInput(i18n, 'ar')).toHaveValue(entity.label.ar);
    expect(screen.queryByLabelText(i18n.t('edit.id.label'))).toBeNull();
    const description = (l: 'ar' | 'en') =>
      screen.getByLabelText(
        i18n.t('edit.field.inLang', { label: i18n.t('edit.entity.description'), lang: l }),
      );
    await user.type(description('en'), 'A state in Western Asia.');
    expect(description('ar')).toHaveAccessibleDescription(i18n.t('edit.field.toTranslate'));
    await user.click(screen.getByRole('button', { name: i18n.t('edit.actions.save') }));
    const [result, action] = onApply.mock.calls[0] as [{ dataset: Dataset }, string];
    expect(action).toBe('updateEntity');
    expect(result.dataset.entities.find((e) => e.id === 'iran')?.description).toEqual({
      en: 'A state in Western Asia.',
    });
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('starts from a name selected in the source, in that language only', () => {
    const { i18n } = renderWithApp(
      <EntityForm dataset={data()} onApply={vi.fn()} initial={{ label: { ar: 'باكو' } }} />,
      { lang },
    );
    expect(nameInput(i18n, 'ar')).toHaveValue('باكو');
    expect(nameInput(i18n, 'en')).toHaveValue('');
  });

  it('points out an imported name with the same words on both sides, and saves a translation', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const imported = structuredClone(data());
    const entity = imported.entities.find((e) => e.id === 'iran');
    if (!entity) throw new Error('no iran');
    entity.label = { ar: 'Iran', en: 'Iran' };
    const { i18n } = renderWithApp(
      <EntityForm dataset={imported} onApply={onApply} entity={entity} />,
      { lang },
    );
    const hint = i18n.t('edit.field.sameWords', { lang: 'en' });
    expect(nameInput(i18n, 'ar')).toHaveAccessibleDescription(hint);
    expect(nameInput(i18n, 'en')).not.toHaveAccessibleDescription(hint);
    await user.clear(nameInput(i18n, 'ar'));
    await user.type(nameInput(i18n, 'ar'), 'إيران');
    expect(screen.queryByText(hint)).toBeNull();
    await user.click(screen.getByRole('button', { name: i18n.t('edit.actions.save') }));
    const [result] = onApply.mock.calls[0] as [{ dataset: Dataset }, string];
    expect(result.dataset.entities.find((e) => e.id === 'iran')?.label).toEqual({
      ar: 'إيران',
      en: 'Iran',
    });
  });
});

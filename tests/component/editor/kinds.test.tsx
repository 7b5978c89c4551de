/**
 * The Dataset pane lists the kinds a dataset defines (here those an importer made, named in
 * the file's words on both sides): each is changed in place, one undo step, and a kind named in
 * "to translate" opens its form at once. A kind of the author's own is added, on the built-in
 * kinds too, and one no entity is of is deleted.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KindsSection } from '../../../src/features/editor/KindsSection';
import { buildIndex } from '../../../src/model/graph-index';
import { ENTITY_KINDS, type Dataset } from '../../../src/model/schema';
import { selectIndex } from '../../../src/state/selectors';
import { useAppStore } from '../../../src/state/store';
import { renderWithApp, seedIndex } from '../render';

/** The seed on kinds of its own, as an import makes them: "country" named "country" in both. */
function withKinds(): Dataset {
  const data = seedIndex().data;
  const kinds = [...new Set(data.entities.map((e) => e.kind))].map((id) => ({
    id,
    label: { ar: id, en: id },
    shape: 'ellipse' as const,
    color: '#0072B2',
  }));
  return { ...data, entityKinds: kinds };
}

function Section({ open }: { open?: string }) {
  const index = useAppStore(selectIndex);
  return index ? <KindsSection index={index} open={open} /> : null;
}

describe.each(['en', 'ar'] as const)('KindsSection (%s)', (lang) => {
  it('lists the kinds with their entities and changes one in place', async () => {
    const user = userEvent.setup();
    const data = withKinds();
    const { store, i18n } = renderWithApp(<Section />, {
      lang,
      index: buildIndex(data),
      state: { editing: true },
    });
    const kinds = data.entityKinds!;
    const section = screen.getByRole('region', {
      name: i18n.t('editor.kinds.title', { count: kinds.length }),
    });
    const rows = within(section).getAllByRole('listitem');
    expect(rows).toHaveLength(kinds.length);
    const countries = data.entities.filter((e) => e.kind === 'country').length;
    const row = within(section).getByText('country').closest('li') as HTMLElement;
    expect(row).toHaveTextContent(i18n.t('editor.kinds.uses', { count: countries }));
    // Latin words on both sides: English only, which the Arabic interface says.
    if (lang === 'ar') expect(within(row).getByTestId('untranslated')).toBeVisible();

    await user.click(
      within(row).getByRole('button', {
        name: i18n.t('editor.kinds.changeNamed', { name: 'country' }),
      }),
    );
    const form = screen.getByRole('form', { name: i18n.t('edit.kind.editTitle') });
    expect(within(form).getByText(i18n.t('edit.kind.usedBy', { count: countries }))).toBeVisible();
    const arabic = within(form).getByLabelText(
      i18n.t('edit.field.inLang', { label: i18n.t('edit.kind.label'), lang: 'ar' }),
    );
    await user.clear(arabic);
    await user.type(arabic, 'دولة');
    fireEvent.change(within(form).getByLabelText(i18n.t('edit.kind.color')), {
      target: { value: '#d55e00' },
    });
    await user.selectOptions(
      within(form).getByLabelText(i18n.t('edit.kind.shape')),
      i18n.t('edit.kind.shapes.octagon'),
    );
    await user.click(within(form).getByRole('button', { name: i18n.t('edit.kind.change') }));
    const kind = selectIndex(store.getState())!.data.entityKinds!.find((k) => k.id === 'country');
    expect(kind).toEqual({
      id: 'country',
      label: { ar: 'دولة', en: 'country' },
      shape: 'octagon',
      color: '#D55E00',
    });
    expect(store.getState().undoStack.map((entry) => entry.action)).toEqual(['updateEntityKind']);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('opens the form of the kind it is asked for, its first field focused', () => {
    const { i18n } = renderWithApp(<Section open="person" />, {
      lang,
      index: buildIndex(withKinds()),
      state: { editing: true },
    });
    const form = screen.getByRole('form', { name: i18n.t('edit.kind.editTitle') });
    expect(form.querySelector('input')).toHaveFocus();
  });

  it("on the built-in kinds, lists them and adds a kind of the author's own", async () => {
    const user = userEvent.setup();
    const { store, i18n } = renderWithApp(<Section />, { lang, state: { editing: true } });
    const before = selectIndex(store.getState())!.data;
    expect(before.entityKinds).toBeUndefined();
    const section = screen.getByRole('region', { name: i18n.t('editor.kinds.builtinTitle') });
    expect(within(section).getAllByRole('listitem')).toHaveLength(7);
    expect(within(section).getByText(i18n.t('kinds.country'))).toBeVisible();
    // Built-in kinds are not the dataset's to change or delete.
    expect(
      within(section).queryByRole('button', { name: i18n.t('editor.kinds.delete') }),
    ).toBeNull();

    await user.click(within(section).getByRole('button', { name: i18n.t('editor.kinds.add') }));
    const form = screen.getByRole('form', { name: i18n.t('edit.kind.newTitle') });
    const field = (l: 'ar' | 'en') =>
      within(form).getByLabelText(
        i18n.t('edit.field.inLang', { label: i18n.t('edit.kind.label'), lang: l }),
      );
    await user.type(field('en'), 'Ministry');
    // Only one language: refused at the form, in the reader's language, nothing applied.
    await user.click(within(form).getByRole('button', { name: i18n.t('edit.kind.add') }));
    expect(
      within(form).getByText(i18n.t('edit.refusals.labelMissing', { lang: 'ar' })),
    ).toBeVisible();
    expect(store.getState().undoStack).toHaveLength(0);

    await user.type(field('ar'), 'وزارة');
    await user.selectOptions(
      within(form).getByLabelText(i18n.t('edit.kind.shape')),
      i18n.t('edit.kind.shapes.pentagon'),
    );
    expect(within(form).getByLabelText(i18n.t('edit.id.label'))).toHaveValue('ministry');
    await user.click(within(form).getByRole('button', { name: i18n.t('edit.kind.add') }));
    const after = selectIndex(store.getState())!.data;
    expect(after.entityKinds?.map((kind) => kind.id)).toEqual([...ENTITY_KINDS, 'ministry']);
    expect(after.entityKinds?.at(-1)).toMatchObject({
      label: { ar: 'وزارة', en: 'Ministry' },
      shape: 'pentagon',
    });
    expect(store.getState().undoStack.map((entry) => entry.action)).toEqual(['addEntityKind']);
    const declared = screen.getByRole('region', {
      name: i18n.t('editor.kinds.title', { count: 8 }),
    });
    const name = lang === 'ar' ? 'وزارة' : 'Ministry';
    // The new kind has no entity yet: it can be deleted, and that is one more undo step.
    await user.click(
      within(declared).getByRole('button', { name: i18n.t('editor.kinds.deleteNamed', { name }) }),
    );
    expect(selectIndex(store.getState())!.data.entityKinds).toHaveLength(7);
    expect(store.getState().undoStack.map((entry) => entry.action)).toEqual([
      'addEntityKind',
      'deleteEntityKind',
    ]);
    // A kind entities are of offers no delete.
    const countryName = i18n.t('kinds.country');
    expect(
      within(declared).queryByRole('button', {
        name: i18n.t('editor.kinds.deleteNamed', { name: countryName }),
      }),
    ).toBeNull();
  });
});

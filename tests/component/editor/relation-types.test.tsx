/**
 * The Dataset pane lists the relation types with how many relations have each: any can be
 * changed in place, one no relation has can be deleted (one undo step), and a type named in
 * "to translate" opens its form at once.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RelationTypesSection } from '../../../src/features/editor/RelationTypesSection';
import { buildIndex } from '../../../src/model/graph-index';
import type { Dataset } from '../../../src/model/schema';
import { selectIndex } from '../../../src/state/selectors';
import { useAppStore } from '../../../src/state/store';
import { renderWithApp, seedIndex } from '../render';

/** The seed with one type no relation has, its label copied into both languages (an import). */
function withUnusedType(): Dataset {
  const data = seedIndex().data;
  return {
    ...data,
    relationTypes: [
      ...data.relationTypes,
      {
        id: 'mentions',
        label: { ar: 'mentions', en: 'mentions' },
        family: 'other',
        directed: false,
      },
    ],
  };
}

function Section({ open }: { open?: string }) {
  const index = useAppStore(selectIndex);
  return index ? <RelationTypesSection index={index} open={open} /> : null;
}

describe.each(['en', 'ar'] as const)('RelationTypesSection (%s)', (lang) => {
  it('lists every type with its relations; only an unused one can be deleted', async () => {
    const user = userEvent.setup();
    const data = withUnusedType();
    const { store, i18n } = renderWithApp(<Section />, {
      lang,
      index: buildIndex(data),
      state: { editing: true },
    });
    const section = screen.getByRole('region', {
      name: i18n.t('editor.types.title', { count: data.relationTypes.length }),
    });
    expect(within(section).getAllByRole('listitem')).toHaveLength(data.relationTypes.length);
    const used = data.relationTypes[0]!;
    const count = data.relations.filter((r) => r.type === used.id).length;
    expect(count).toBeGreaterThan(0);
    const usedRow = within(section).getByText(used.label[lang]).closest('li') as HTMLElement;
    expect(usedRow).toHaveTextContent(i18n.t('editor.types.uses', { count }));
    expect(
      within(usedRow).getByRole('button', {
        name: i18n.t('editor.types.changeNamed', { name: used.label[lang] }),
      }),
    ).toBeVisible();
    expect(
      within(usedRow).queryByRole('button', {
        name: i18n.t('editor.types.deleteNamed', { name: used.label[lang] }),
      }),
    ).toBeNull();

    // The imported type's name is the same words in both: marked as English only, in Arabic.
    const unusedRow = within(section).getByText('mentions').closest('li') as HTMLElement;
    expect(unusedRow).toHaveTextContent(i18n.t('editor.types.uses', { count: 0 }));
    if (lang === 'ar') expect(within(unusedRow).getByTestId('untranslated')).toBeVisible();
    else expect(within(unusedRow).queryByTestId('untranslated')).toBeNull();
    await user.click(
      within(unusedRow).getByRole('button', {
        name: i18n.t('editor.types.deleteNamed', { name: 'mentions' }),
      }),
    );
    expect(selectIndex(store.getState())!.relationTypes.has('mentions')).toBe(false);
    expect(store.getState().undoStack.map((entry) => entry.action)).toEqual(['deleteRelationType']);
    expect(screen.queryByText('mentions')).toBeNull();
    store.getState().undo();
    expect(await screen.findByText('mentions')).toBeVisible();
  });

  it('changes a type in place, and a cancel leaves it as it was', async () => {
    const user = userEvent.setup();
    const data = withUnusedType();
    const { store, i18n } = renderWithApp(<Section />, {
      lang,
      index: buildIndex(data),
      state: { editing: true },
    });
    const change = () =>
      screen.getByRole('button', {
        name: i18n.t('editor.types.changeNamed', { name: 'mentions' }),
      });
    await user.click(change());
    const form = screen.getByRole('form', { name: i18n.t('edit.relationType.editTitle') });
    await user.click(within(form).getByRole('button', { name: i18n.t('edit.actions.cancel') }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(store.getState().undoStack).toHaveLength(0);

    await user.click(change());
    const arabic = screen.getByLabelText(
      i18n.t('edit.field.inLang', { label: i18n.t('edit.relationType.label'), lang: 'ar' }),
    );
    await user.clear(arabic);
    await user.type(arabic, 'يذكر');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.relationType.change') }));
    const type = selectIndex(store.getState())!.relationTypes.get('mentions');
    expect(type?.label).toEqual({ ar: 'يذكر', en: 'mentions' });
    expect(store.getState().undoStack.map((entry) => entry.action)).toEqual(['updateRelationType']);
    expect(screen.getByText(lang === 'ar' ? 'يذكر' : 'mentions')).toBeVisible();
  });

  it('opens the form of the type it is asked for', () => {
    const { i18n } = renderWithApp(<Section open="mentions" />, {
      lang,
      index: buildIndex(withUnusedType()),
      state: { editing: true },
    });
    const form = screen.getByRole('form', { name: i18n.t('edit.relationType.editTitle') });
    expect(within(form).getByText(i18n.t('edit.relationType.usedBy', { count: 0 }))).toBeVisible();
    // Its first field has the focus (and so is scrolled into view).
    expect(form.querySelector('input')).toHaveFocus();
  });
});

/**
 * A relation or a claim is deleted from the Selected pane after a confirmation that lists its
 * quotes and the story steps that showed it; the edit is one undo step and validates.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeleteLineDialog } from '../../../src/features/editor/forms';
import { SelectedPane } from '../../../src/features/editor/SelectedPane';
import { claimEdgeId } from '../../../src/model/graph-index';
import {
  applyPatch,
  checkEdited,
  invertPatch,
  stepsShowing,
  type Patch,
} from '../../../src/model/edit';
import type { Dataset } from '../../../src/model/schema';
import { selectIndex } from '../../../src/state/selectors';
import { useAppStore } from '../../../src/state/store';
import { renderWithApp, seedIndex } from '../render';

type Call = [{ dataset: Dataset; patch: Patch }, string];

const data = () => seedIndex().data;
const relation = (id: string) => data().relations.find((r) => r.id === id)!;
const claim = (id: string) => data().claims.find((c) => c.id === id)!;

describe.each(['en', 'ar'] as const)('deleting a line (%s)', (lang) => {
  it('lists the quotes and story steps of a relation, then deletes it and nothing else', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const shown = relation('initiative-seeks-to-form-force');
    const steps = stepsShowing(data(), new Set([shown.id]));
    expect(steps.length).toBeGreaterThan(0);
    const { i18n } = renderWithApp(
      <DeleteLineDialog
        dataset={data()}
        line={{ relation: shown }}
        onApply={onApply}
        onCancel={vi.fn()}
      />,
      { lang },
    );
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByRole('button', { name: i18n.t('edit.actions.cancel') }),
    ).toHaveFocus();
    const section = (key: string) =>
      within(dialog).getByRole('heading', { name: i18n.t(key) }).parentElement as HTMLElement;
    const quotes = within(section('edit.delete.quotes')).getAllByRole('listitem');
    expect(quotes.map((item) => item.textContent)).toEqual(shown.evidence.map((e) => e.quote));
    // Each quote in its source's own language.
    expect(quotes[0]!.querySelector('q')).toHaveAttribute('lang', 'ar');
    expect(section('edit.delete.storySteps')).toHaveTextContent(
      data().stories[0]!.title[lang] ?? '',
    );

    await user.click(within(dialog).getByRole('button', { name: i18n.t('edit.delete.confirm') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('deleteRelation');
    expect(result.dataset.relations.map((r) => r.id)).toEqual(
      data()
        .relations.filter((r) => r.id !== shown.id)
        .map((r) => r.id),
    );
    expect(result.dataset.entities).toEqual(data().entities);
    expect(checkEdited(result.dataset).ok).toBe(true);
    // The story no longer names it; undoing gives the dataset back as it was.
    const named = result.dataset.stories.flatMap((s) => s.steps.flatMap((step) => step.focus));
    expect(named).not.toContain(shown.id);
    expect(applyPatch(result.dataset, invertPatch(result.patch))).toEqual(data());
  });

  it('deletes a claim, with its lines to whom it benefits and concerns', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const shown = claim('claim-deterrence');
    const { i18n } = renderWithApp(
      <DeleteLineDialog dataset={data()} line={{ claim: shown }} onApply={onApply} />,
      { lang },
    );
    await user.click(screen.getByRole('button', { name: i18n.t('edit.delete.confirm') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('deleteClaim');
    expect(result.dataset.claims.some((c) => c.id === shown.id)).toBe(false);
    expect(result.dataset.claims).toHaveLength(data().claims.length - 1);
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('is reached from the selected line, is one undo step, and a cancel keeps the line', async () => {
    const user = userEvent.setup();
    const shown = claim('claim-deterrence');
    const { store, i18n } = renderWithApp(<SelectedPaneOfStore />, {
      lang,
      state: { editing: true, selection: { type: 'edge', id: claimEdgeId(shown.id) } },
    });
    const remove = () => screen.getByRole('button', { name: i18n.t('editor.selected.delete') });
    await user.click(remove());
    await user.click(screen.getByRole('button', { name: i18n.t('edit.actions.cancel') }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().undoStack).toHaveLength(0);

    await user.click(remove());
    await user.click(screen.getByRole('button', { name: i18n.t('edit.delete.confirm') }));
    const index = selectIndex(store.getState())!;
    expect(index.claims.has(shown.id)).toBe(false);
    expect(store.getState().undoStack.map((entry) => entry.action)).toEqual(['deleteClaim']);
    // What was selected is gone: the pane says how to pick something else.
    expect(store.getState().selection).toBeNull();
    expect(screen.getByText(i18n.t('editor.selected.hint'))).toBeVisible();
    store.getState().undo();
    expect(selectIndex(store.getState())!.claims.has(shown.id)).toBe(true);
  });
});

/** The pane as the editor shows it, over the store's dataset. */
function SelectedPaneOfStore() {
  const index = useAppStore(selectIndex);
  return index ? <SelectedPane index={index} /> : null;
}

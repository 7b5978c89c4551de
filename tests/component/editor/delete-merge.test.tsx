/**
 * DeleteEntityDialog lists what goes with an entity before one confirms; MergeEntitiesForm
 * folds a duplicate into the entity kept.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeleteEntityDialog, MergeEntitiesForm } from '../../../src/features/editor/forms';
import { checkEdited, dependentsOf, type Patch } from '../../../src/model/edit';
import type { Dataset, Entity } from '../../../src/model/schema';
import { renderWithApp, seedIndex } from '../render';

type Call = [{ dataset: Dataset; patch: Patch }, string];

function data(): Dataset {
  return seedIndex().data;
}

function entity(id: string): Entity {
  const found = data().entities.find((e) => e.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

function expectRefused(control: HTMLElement, message: string) {
  expect(control).toHaveAttribute('aria-invalid', 'true');
  expect(control).toHaveAccessibleDescription(expect.stringContaining(message));
  expect(control).toHaveFocus();
}

describe.each(['en', 'ar'] as const)('DeleteEntityDialog (%s)', (lang) => {
  it('lists the relations, claims, quotes and story steps that go, then deletes', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const onCancel = vi.fn();
    const source = entity('political-source');
    const deps = dependentsOf(data(), source.id);
    expect(deps.claims.length).toBeGreaterThan(0);
    expect(deps.storySteps.length).toBeGreaterThan(0);
    const { i18n } = renderWithApp(
      <DeleteEntityDialog dataset={data()} entity={source} onApply={onApply} onCancel={onCancel} />,
      { lang },
    );
    const dialog = screen.getByRole('dialog', {
      name: i18n.t('edit.delete.title', { name: source.label[lang] }),
    });
    const cancel = within(dialog).getByRole('button', { name: i18n.t('edit.actions.cancel') });
    expect(cancel).toHaveFocus();
    const section = (key: string) =>
      within(dialog).getByRole('heading', { name: i18n.t(key) }).parentElement as HTMLElement;
    expect(within(section('edit.delete.claims')).getAllByRole('listitem')).toHaveLength(
      deps.claims.length,
    );
    expect(within(section('edit.delete.evidence')).getAllByRole('listitem')).toHaveLength(
      deps.evidence.length,
    );
    const story = data().stories[0]?.title[lang] ?? '';
    expect(section('edit.delete.storySteps')).toHaveTextContent(story);
    await user.click(cancel);
    expect(onCancel).toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: i18n.t('edit.delete.confirm') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('deleteEntity');
    expect(result.dataset.entities.some((e) => e.id === source.id)).toBe(false);
    expect(result.dataset.claims.some((c) => deps.claims.includes(c.id))).toBe(false);
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('says when nothing else depends on the entity', () => {
    const lonely = entity('interest-strategic-pillar');
    const deps = dependentsOf(data(), lonely.id);
    const { i18n } = renderWithApp(
      <DeleteEntityDialog dataset={data()} entity={lonely} onApply={vi.fn()} />,
      { lang },
    );
    const nothing = Object.values(deps).every((list) => list.length === 0);
    if (nothing) expect(screen.getByText(i18n.t('edit.delete.nothing'))).toBeVisible();
    else expect(screen.queryByText(i18n.t('edit.delete.nothing'))).toBeNull();
  });
});

describe.each(['en', 'ar'] as const)('MergeEntitiesForm (%s)', (lang) => {
  it('merges a duplicate into the entity kept, its names becoming aliases', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const keep = entity('caucasus');
    const { i18n } = renderWithApp(
      <MergeEntitiesForm dataset={data()} onApply={onApply} entity={keep} />,
      { lang },
    );
    const duplicate = screen.getByLabelText(i18n.t('edit.merge.duplicate'));
    expect(within(duplicate).queryByRole('option', { name: keep.label[lang] })).toBeNull();
    await user.selectOptions(duplicate, 'nagorno-karabakh');
    expect(screen.getByRole('radio', { name: keep.label[lang] })).toBeChecked();
    await user.click(screen.getByRole('button', { name: i18n.t('edit.merge.confirm') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('mergeEntities');
    expect(result.dataset.entities.some((e) => e.id === 'nagorno-karabakh')).toBe(false);
    const merged = result.dataset.entities.find((e) => e.id === 'caucasus');
    expect(merged?.aliases?.en).toContain(entity('nagorno-karabakh').label.en);
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('refuses to keep an interest in place of a claimant, on the choice', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const interest = entity('interest-deterrence');
    const { i18n } = renderWithApp(
      <MergeEntitiesForm dataset={data()} onApply={onApply} entity={interest} />,
      { lang },
    );
    const merge = screen.getByRole('button', { name: i18n.t('edit.merge.confirm') });
    await user.click(merge);
    expectRefused(
      screen.getByLabelText(i18n.t('edit.merge.duplicate')),
      i18n.t('edit.refusals.required'),
    );
    await user.selectOptions(
      screen.getByLabelText(i18n.t('edit.merge.duplicate')),
      'political-source',
    );
    await user.click(merge);
    expect(onApply).not.toHaveBeenCalled();
    const kind = i18n.t('kinds.interest');
    expectRefused(
      screen.getByRole('radio', { name: interest.label[lang] }),
      i18n.t('edit.refusals.claimantKind', { id: interest.label[lang], kind }),
    );
  });
});

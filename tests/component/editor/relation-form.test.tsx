/**
 * RelationTypeForm and RelationForm: a type that reads both ways in both languages; a relation
 * on a quote the shell gives, shown read-only with its paragraph, and a type made inline kept
 * with it as one edit.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { RelationForm, RelationTypeForm } from '../../../src/features/editor/forms';
import { applyPatch, checkEdited, invertPatch, type Patch } from '../../../src/model/edit';
import type { Dataset, Evidence } from '../../../src/model/schema';
import { renderWithApp, seedIndex } from '../render';

const QUOTE = 'انضمام أذربيجان يخدم المصلحة الإسرائيلية';
const EVIDENCE: Evidence = {
  source: 'article',
  paragraph: 2,
  quote: QUOTE,
  translation: { en: "Azerbaijan's joining serves the Israeli interest" },
  status: 'claimed',
  claimant: 'political-source',
};

function data(): Dataset {
  return seedIndex().data;
}

/** Azerbaijan faces Huseynyun: a relation of the seed whose type three relations share. */
function facesRelation() {
  const relation = data().relations.find((r) => r.id === 'azerbaijan-faces-huseynyun');
  if (!relation) throw new Error('no relation');
  return relation;
}

function bilingual(i18n: I18n, key: string, lang: 'ar' | 'en', scope?: HTMLElement): HTMLElement {
  const label = i18n.t('edit.field.inLang', { label: i18n.t(key), lang });
  return (scope ? within(scope) : screen).getByLabelText(label);
}

function expectRefused(control: HTMLElement, message: string) {
  expect(control).toHaveAttribute('aria-invalid', 'true');
  expect(control).toHaveAccessibleDescription(expect.stringContaining(message));
  expect(control).toHaveFocus();
}

type Call = [{ dataset: Dataset; patch: Patch }, string];

/** One edit: Azerbaijan → Israel with the "serves" type made for it, a patch that replays. */
function expectAddedWithNewType(onApply: ReturnType<typeof vi.fn>) {
  expect(onApply).toHaveBeenCalledTimes(1);
  const [result, action] = onApply.mock.calls[0] as Call;
  expect(action).toBe('addRelation');
  expect(result.dataset.relationTypes.at(-1)).toMatchObject({ id: 'serves', directed: true });
  expect(result.dataset.relations.at(-1)).toMatchObject({
    type: 'serves',
    source: 'azerbaijan',
    target: 'israel',
  });
  expect(applyPatch(data(), result.patch)).toEqual(result.dataset);
  expect(checkEdited(result.dataset).ok).toBe(true);
}

describe.each(['en', 'ar'] as const)('RelationTypeForm (%s)', (lang) => {
  it('adds a directed type with its inverse label in both languages', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<RelationTypeForm dataset={data()} onApply={onApply} />, {
      lang,
    });
    const labelAr = bilingual(i18n, 'edit.relationType.label', 'ar');
    expect(labelAr).toHaveAttribute('dir', 'rtl');
    await user.type(labelAr, 'يزوّد بالسلاح');
    await user.type(bilingual(i18n, 'edit.relationType.label', 'en'), 'supplies arms to');
    await user.type(bilingual(i18n, 'edit.relationType.inverseLabel', 'ar'), 'يتلقى السلاح من');
    await user.type(bilingual(i18n, 'edit.relationType.inverseLabel', 'en'), 'receives arms from');
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.relationType.family')), 'proxy');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.relationType.add') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('addRelationType');
    expect(result.dataset.relationTypes.at(-1)).toEqual({
      id: 'supplies-arms-to',
      family: 'proxy',
      directed: true,
      label: { ar: 'يزوّد بالسلاح', en: 'supplies arms to' },
      inverseLabel: { ar: 'يتلقى السلاح من', en: 'receives arms from' },
    });
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('refuses a directed type whose inverse label lacks English, on that input', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<RelationTypeForm dataset={data()} onApply={onApply} />, {
      lang,
    });
    await user.type(bilingual(i18n, 'edit.relationType.label', 'ar'), 'يزوّد بالسلاح');
    await user.type(bilingual(i18n, 'edit.relationType.label', 'en'), 'supplies arms to');
    await user.type(bilingual(i18n, 'edit.relationType.inverseLabel', 'ar'), 'يتلقى السلاح من');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.relationType.add') }));
    expect(onApply).not.toHaveBeenCalled();
    expectRefused(
      bilingual(i18n, 'edit.relationType.inverseLabel', 'en'),
      i18n.t('edit.refusals.labelMissing', { lang: 'en' }),
    );
  });

  it('adds an undirected type without an inverse', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<RelationTypeForm dataset={data()} onApply={onApply} />, {
      lang,
    });
    await user.type(bilingual(i18n, 'edit.relationType.label', 'ar'), 'يتنافس مع');
    await user.type(bilingual(i18n, 'edit.relationType.label', 'en'), 'competes with');
    await user.click(screen.getByLabelText(i18n.t('edit.relationType.directed')));
    expect(screen.queryByText(i18n.t('edit.relationType.inverseLabel'))).toBeNull();
    await user.click(screen.getByRole('button', { name: i18n.t('edit.relationType.add') }));
    const [result] = onApply.mock.calls[0] as Call;
    expect(result.dataset.relationTypes.at(-1)).toMatchObject({
      id: 'competes-with',
      directed: false,
    });
    expect(result.dataset.relationTypes.at(-1)).not.toHaveProperty('inverseLabel');
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('changes an existing type, saying how many relations read the new way', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const type = data().relationTypes.find((item) => item.id === 'faces-proxy');
    if (!type) throw new Error('no type');
    const { i18n } = renderWithApp(
      <RelationTypeForm dataset={data()} type={type} onApply={onApply} />,
      { lang },
    );
    expect(screen.getByText(i18n.t('edit.relationType.usedBy', { count: 3 }))).toBeVisible();
    const labelEn = bilingual(i18n, 'edit.relationType.label', 'en');
    expect(labelEn).toHaveValue('faces');
    await user.clear(labelEn);
    await user.type(labelEn, 'stands against');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.relationType.change') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('updateRelationType');
    expect(result.dataset.relationTypes.find((item) => item.id === 'faces-proxy')).toEqual({
      ...type,
      label: { ...type.label, en: 'stands against' },
    });
    expect(result.dataset.relationTypes).toHaveLength(data().relationTypes.length);
    expect(checkEdited(result.dataset).ok).toBe(true);
  });
});

describe.each(['en', 'ar'] as const)('RelationForm (%s)', (lang) => {
  async function fillEnds(
    user: ReturnType<typeof userEvent.setup>,
    i18n: I18n,
    source: string,
    target: string,
  ) {
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.relation.source')), source);
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.relation.target')), target);
  }

  /** Azerbaijan → Israel, "New type…" chosen, its words typed but the English inverse. */
  async function startNewType(user: ReturnType<typeof userEvent.setup>, i18n: I18n) {
    await fillEnds(user, i18n, 'azerbaijan', 'israel');
    await user.selectOptions(
      screen.getByLabelText(i18n.t('edit.relation.type')),
      i18n.t('edit.relation.newType'),
    );
    const inline = screen.getByRole('group', { name: i18n.t('edit.relationType.newTitle') });
    await user.type(bilingual(i18n, 'edit.relationType.label', 'ar', inline), 'يخدم مصلحة');
    await user.type(bilingual(i18n, 'edit.relationType.label', 'en', inline), 'serves');
    await user.type(bilingual(i18n, 'edit.relationType.inverseLabel', 'ar', inline), 'تخدمه');
    return inline;
  }

  it('adds a relation on the quote it is given, shown read-only with its paragraph', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(
      <RelationForm dataset={data()} onApply={onApply} evidence={EVIDENCE} />,
      { lang },
    );
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent(i18n.t('edit.evidence.where', { n: 2 }));
    const quote = within(figure).getByText(QUOTE);
    expect(quote).toHaveAttribute('lang', 'ar');
    expect(quote).toHaveAttribute('dir', 'rtl');
    expect(quote.closest('textarea, input')).toBeNull();
    await fillEnds(user, i18n, 'azerbaijan', 'israel');
    await user.selectOptions(
      screen.getByLabelText(i18n.t('edit.relation.type')),
      'close-relations',
    );
    await user.type(screen.getByLabelText(i18n.t('edit.relation.from')), '2020');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.relation.add') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('addRelation');
    expect(result.dataset.relations.at(-1)).toEqual({
      id: 'azerbaijan-close-relations-israel',
      type: 'close-relations',
      source: 'azerbaijan',
      target: 'israel',
      time: { from: 2020 },
      evidence: [EVIDENCE],
    });
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('refuses a relation from an entity to itself, on the target', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(
      <RelationForm dataset={data()} onApply={onApply} evidence={EVIDENCE} />,
      { lang },
    );
    await fillEnds(user, i18n, 'iran', 'iran');
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.relation.type')), 'backs-proxy');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.relation.add') }));
    expect(onApply).not.toHaveBeenCalled();
    const name = lang === 'ar' ? 'إيران' : 'Iran';
    expectRefused(
      screen.getByLabelText(i18n.t('edit.relation.target')),
      i18n.t('edit.refusals.sameEntity', { id: name }),
    );
  });

  it('refuses years in the wrong order, and a relation without evidence', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<RelationForm dataset={data()} onApply={onApply} />, { lang });
    await fillEnds(user, i18n, 'iran', 'hamas');
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.relation.type')), 'backs-proxy');
    const from = screen.getByLabelText(i18n.t('edit.relation.from'));
    await user.type(from, '2024');
    await user.type(screen.getByLabelText(i18n.t('edit.relation.to')), '2020');
    const add = screen.getByRole('button', { name: i18n.t('edit.relation.add') });
    await user.click(add);
    expectRefused(from, i18n.t('edit.refusals.badTimeRange', { from: 2024, to: 2020 }));
    await user.clear(from);
    await user.click(add);
    const evidence = screen
      .getByRole('region', { name: i18n.t('edit.evidence.section') })
      .querySelector<HTMLElement>('[tabindex="-1"]');
    if (!evidence) throw new Error('no evidence field');
    expectRefused(evidence, i18n.t('edit.refusals.evidenceRequired'));
    expect(onApply).not.toHaveBeenCalled();
  });

  it('makes a new type inline and keeps it with the relation as one edit', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(
      <RelationForm dataset={data()} onApply={onApply} evidence={EVIDENCE} />,
      { lang },
    );
    const inline = await startNewType(user, i18n);
    const type = screen.getByLabelText(i18n.t('edit.relation.type'));
    await user.type(bilingual(i18n, 'edit.relationType.inverseLabel', 'en', inline), 'served by');
    await user.click(within(inline).getByRole('button', { name: i18n.t('edit.relationType.add') }));
    expect(onApply).not.toHaveBeenCalled();
    expect(type).toHaveValue('serves');
    expect(screen.queryByRole('group', { name: i18n.t('edit.relationType.newTitle') })).toBeNull();
    await user.click(screen.getByRole('button', { name: i18n.t('edit.relation.add') }));
    expectAddedWithNewType(onApply);
  });

  it('edits a relation, adding the new quote to the evidence it has', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const relation = facesRelation();
    const { i18n } = renderWithApp(
      <RelationForm dataset={data()} onApply={onApply} relation={relation} evidence={EVIDENCE} />,
      { lang },
    );
    expect(screen.getByLabelText(i18n.t('edit.relation.source'))).toHaveValue('azerbaijan');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.actions.save') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('updateRelation');
    const edited = result.dataset.relations.find((r) => r.id === relation.id);
    expect(edited?.evidence).toEqual([...relation.evidence, EVIDENCE]);
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('adds a new type still open with the relation: no "Add the type" first', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(
      <RelationForm dataset={data()} onApply={onApply} evidence={EVIDENCE} />,
      { lang },
    );
    const inline = await startNewType(user, i18n);
    const add = screen.getByRole('button', { name: i18n.t('edit.relation.add') });
    await user.click(add);
    // The type is refused where it is incomplete; nothing is added.
    expect(onApply).not.toHaveBeenCalled();
    const inverseEn = bilingual(i18n, 'edit.relationType.inverseLabel', 'en', inline);
    expectRefused(inverseEn, i18n.t('edit.refusals.labelMissing', { lang: 'en' }));
    await user.type(inverseEn, 'served by');
    await user.click(add);
    expectAddedWithNewType(onApply);
  });

  it("changes the selected relation's type in place, with the relation as one undo step", async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const relation = facesRelation();
    const { i18n } = renderWithApp(
      <RelationForm dataset={data()} onApply={onApply} relation={relation} />,
      { lang },
    );
    expect(screen.queryByRole('group', { name: i18n.t('edit.relationType.editTitle') })).toBeNull();
    await user.click(screen.getByRole('button', { name: i18n.t('edit.relation.changeType') }));
    const inline = screen.getByRole('group', { name: i18n.t('edit.relationType.editTitle') });
    expect(
      within(inline).getByText(i18n.t('edit.relationType.usedBy', { count: 3 })),
    ).toBeVisible();
    const inverseAr = bilingual(i18n, 'edit.relationType.inverseLabel', 'ar', inline);
    expect(inverseAr).toHaveValue('في مواجهة');
    await user.clear(inverseAr);
    await user.type(inverseAr, 'يواجهه');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.actions.save') }));
    expect(onApply).toHaveBeenCalledTimes(1);
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('updateRelation');
    const type = result.dataset.relationTypes.find((item) => item.id === 'faces-proxy');
    expect(type?.inverseLabel).toEqual({ ar: 'يواجهه', en: 'is faced by' });
    expect(applyPatch(data(), result.patch)).toEqual(result.dataset);
    expect(applyPatch(result.dataset, invertPatch(result.patch))).toEqual(data());
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('keeps the type as it was when its change is cancelled', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const relation = facesRelation();
    const { i18n } = renderWithApp(
      <RelationForm dataset={data()} onApply={onApply} relation={relation} />,
      { lang },
    );
    await user.click(screen.getByRole('button', { name: i18n.t('edit.relation.changeType') }));
    const inline = screen.getByRole('group', { name: i18n.t('edit.relationType.editTitle') });
    await user.clear(bilingual(i18n, 'edit.relationType.label', 'en', inline));
    await user.click(within(inline).getByRole('button', { name: i18n.t('edit.actions.cancel') }));
    await user.click(screen.getByRole('button', { name: i18n.t('edit.actions.save') }));
    const [result] = onApply.mock.calls[0] as Call;
    expect(result.dataset.relationTypes).toEqual(data().relationTypes);
  });
});

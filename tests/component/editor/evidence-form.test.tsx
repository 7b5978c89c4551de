/**
 * EvidenceForm: a selection in a paragraph becomes evidence, shown verbatim with "¶N of …",
 * with a status, a claimant (or an unnamed source made for it), and what it supports.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { EvidenceForm } from '../../../src/features/editor/forms';
import { applyPatch, checkEdited, type Patch, type Selection } from '../../../src/model/edit';
import type { Dataset } from '../../../src/model/schema';
import { renderWithApp, seedIndex } from '../render';

type Call = [{ dataset: Dataset; patch: Patch }, string];

const WORDS = 'التنسيق بين القدس وباكو';

function data(): Dataset {
  return seedIndex().data;
}

function selection(status: Selection['status'] = 'reported'): Selection {
  const paragraph = data().sources[0]?.paragraphs?.[1] ?? '';
  const start = paragraph.indexOf(WORDS);
  // The spaces around the words are selected too: the quote is trimmed, never changed.
  return {
    source: 'article',
    paragraph: 2,
    start: start - 1,
    end: start + WORDS.length + 1,
    status,
  };
}

function expectRefused(control: HTMLElement, message: string) {
  expect(control).toHaveAttribute('aria-invalid', 'true');
  expect(control).toHaveAccessibleDescription(expect.stringContaining(message));
  expect(control).toHaveFocus();
}

function status(i18n: I18n, value: string): HTMLElement {
  return screen.getByLabelText(i18n.t(`edit.evidence.statuses.${value}`));
}

describe.each(['en', 'ar'] as const)('EvidenceForm (%s)', (lang) => {
  it('shows the quote verbatim and read-only, with its paragraph and source', () => {
    const { i18n } = renderWithApp(
      <EvidenceForm dataset={data()} onApply={vi.fn()} selection={selection()} />,
      { lang },
    );
    const figure = screen.getByRole('figure');
    const title = data().sources[0]?.title[lang] ?? '';
    expect(figure).toHaveTextContent(`${i18n.t('edit.evidence.where', { n: 2 })} ${title}`);
    const quote = within(figure).getByText(WORDS);
    expect(quote.textContent).toBe(WORDS);
    expect(quote).toHaveAttribute('dir', 'rtl');
    expect(
      screen.getByLabelText(i18n.t('edit.evidence.translation', { lang: 'en' })),
    ).toHaveAttribute('lang', 'en');
  });

  it('refuses "claimed" without a claimant, on the claimant', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(
      <EvidenceForm dataset={data()} onApply={onApply} selection={selection()} />,
      { lang },
    );
    await user.click(status(i18n, 'claimed'));
    await user.click(screen.getByLabelText(i18n.t('edit.evidence.targets.relations')));
    await user.selectOptions(
      screen.getByLabelText(i18n.t('edit.evidence.pick.relations')),
      'azerbaijan-faces-huseynyun',
    );
    await user.click(screen.getByRole('button', { name: i18n.t('edit.evidence.attach') }));
    expect(onApply).not.toHaveBeenCalled();
    expectRefused(
      screen.getByLabelText(i18n.t('edit.evidence.claimant')),
      i18n.t('edit.refusals.claimantRequired'),
    );
  });

  it('says above the buttons what is wrong with the selection itself', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const at = selection().start;
    const { i18n } = renderWithApp(
      <EvidenceForm
        dataset={data()}
        onApply={onApply}
        selection={{ ...selection(), start: at, end: at + 1 }}
        targets={[{ collection: 'relations', id: 'azerbaijan-faces-huseynyun' }]}
      />,
      { lang },
    );
    await user.click(screen.getByRole('button', { name: i18n.t('edit.evidence.attach') }));
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(i18n.t('edit.refusals.emptySelection'));
  });

  it('attaches claimed evidence to an existing relation', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(
      <EvidenceForm dataset={data()} onApply={onApply} selection={selection('claimed')} />,
      { lang },
    );
    expect(status(i18n, 'claimed')).toBeChecked();
    await user.selectOptions(
      screen.getByLabelText(i18n.t('edit.evidence.claimant')),
      'political-source',
    );
    await user.type(
      screen.getByLabelText(i18n.t('edit.evidence.translation', { lang: 'en' })),
      'coordination between Jerusalem and Baku',
    );
    await user.click(screen.getByLabelText(i18n.t('edit.evidence.targets.relations')));
    await user.selectOptions(
      screen.getByLabelText(i18n.t('edit.evidence.pick.relations')),
      'azerbaijan-faces-huseynyun',
    );
    await user.click(screen.getByRole('button', { name: i18n.t('edit.evidence.attach') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('attachEvidence');
    const relation = result.dataset.relations.find((r) => r.id === 'azerbaijan-faces-huseynyun');
    expect(relation?.evidence.at(-1)).toEqual({
      source: 'article',
      paragraph: 2,
      quote: WORDS,
      translation: { en: 'coordination between Jerusalem and Baku' },
      status: 'claimed',
      claimant: 'political-source',
    });
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('makes an unnamed source as the claimant, with the evidence, as one edit', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(
      <EvidenceForm
        dataset={data()}
        onApply={onApply}
        selection={selection('claimed')}
        targets={[{ collection: 'entities', id: 'azerbaijan' }]}
      />,
      { lang },
    );
    await user.selectOptions(
      screen.getByLabelText(i18n.t('edit.evidence.claimant')),
      i18n.t('edit.evidence.unnamed'),
    );
    const name = (l: 'ar' | 'en') =>
      screen.getByLabelText(
        i18n.t('edit.field.inLang', { label: i18n.t('edit.evidence.unnamedLabel'), lang: l }),
      );
    expect(name('ar')).toHaveValue('مصدر غير مسمّى');
    expect(name('en')).toHaveValue('Unnamed source');
    expect(name('ar')).toHaveAttribute('dir', 'rtl');
    // The shell offered one target: that entity, already chosen.
    expect(screen.getByLabelText(i18n.t('edit.evidence.pick.entities'))).toHaveValue('azerbaijan');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.evidence.attach') }));
    expect(onApply).toHaveBeenCalledTimes(1);
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('attachEvidence');
    expect(result.dataset.entities.at(-1)).toEqual({
      id: 'unnamed-source',
      kind: 'person',
      subkind: 'unnamed-source',
      label: { ar: 'مصدر غير مسمّى', en: 'Unnamed source' },
    });
    const azerbaijan = result.dataset.entities.find((e) => e.id === 'azerbaijan');
    expect(azerbaijan?.evidence?.at(-1)).toMatchObject({
      quote: WORDS,
      claimant: 'unnamed-source',
    });
    expect(applyPatch(data(), result.patch)).toEqual(result.dataset);
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('hands a new relation over to the relation form, the evidence filled in', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(
      <EvidenceForm dataset={data()} onApply={onApply} selection={selection()} />,
      { lang },
    );
    await user.click(screen.getByRole('button', { name: i18n.t('edit.evidence.continue') }));
    expect(screen.getByRole('heading', { name: i18n.t('edit.relation.newTitle') })).toBeVisible();
    expect(within(screen.getByRole('figure')).getByText(WORDS)).toBeVisible();
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.relation.source')), 'israel');
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.relation.target')), 'azerbaijan');
    await user.selectOptions(
      screen.getByLabelText(i18n.t('edit.relation.type')),
      'security-tech-cooperation',
    );
    await user.click(screen.getByRole('button', { name: i18n.t('edit.relation.add') }));
    const [result, action] = onApply.mock.calls[0] as Call;
    expect(action).toBe('addRelation');
    expect(result.dataset.relations.at(-1)?.evidence).toEqual([
      { source: 'article', paragraph: 2, quote: WORDS, status: 'reported' },
    ]);
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('gives a new claim’s evidence to the shell when it asks for it', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const onEvidenceReady = vi.fn();
    const { i18n } = renderWithApp(
      <EvidenceForm
        dataset={data()}
        onApply={onApply}
        selection={selection('disputed')}
        onEvidenceReady={onEvidenceReady}
      />,
      { lang },
    );
    await user.click(screen.getByLabelText(i18n.t('edit.evidence.targets.newClaim')));
    await user.click(screen.getByRole('button', { name: i18n.t('edit.evidence.continue') }));
    expect(onApply).not.toHaveBeenCalled();
    expect(onEvidenceReady).toHaveBeenCalledWith(
      { source: 'article', paragraph: 2, quote: WORDS, status: 'disputed' },
      'claim',
    );
  });
});

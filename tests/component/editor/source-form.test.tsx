/**
 * SourceForm: pasted text split into numbered paragraphs in the source's direction, a working
 * translation checked paragraph for paragraph, a file read as text (HTML never rendered), and
 * the model's refusals on their fields.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { SourceForm } from '../../../src/features/editor/forms';
import { applyPatch, checkEdited } from '../../../src/model/edit';
import type { Dataset } from '../../../src/model/schema';
import { renderWithApp, seedIndex } from '../render';

const TEXT = 'قالت الحكومة إن المحادثات مستمرة.\n\nوأضافت أن الاتفاق قريب.\n';
const TRANSLATION = 'The government said the talks go on.\nIt added that a deal is near.';

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

async function paste(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe.each(['en', 'ar'] as const)('SourceForm (%s)', (lang) => {
  it('adds a source from pasted text, shown as numbered paragraphs, with its translation', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<SourceForm dataset={data()} onApply={onApply} />, { lang });
    const text = screen.getByLabelText(i18n.t('edit.source.text'));
    expect(text).toHaveAttribute('dir', 'rtl');
    expect(text).toHaveAttribute('lang', 'ar');
    await paste(user, text, TEXT);
    const list = screen.getByRole('region', { name: i18n.t('edit.source.paragraphs') });
    const ol = within(list).getByRole('list');
    expect(ol).toHaveAttribute('dir', 'rtl');
    expect(
      within(ol)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['قالت الحكومة إن المحادثات مستمرة.', 'وأضافت أن الاتفاق قريب.']);
    const translation = screen.getByLabelText(i18n.t('edit.source.translation', { lang: 'en' }));
    expect(translation).toHaveAttribute('dir', 'ltr');
    await paste(user, translation, TRANSLATION);
    await user.type(bilingual(i18n, 'edit.source.title', 'en'), 'Government statement');
    await user.type(bilingual(i18n, 'edit.source.title', 'ar'), 'بيان الحكومة');
    await user.type(screen.getByLabelText(i18n.t('edit.source.date')), '2025-03');
    await user.type(screen.getByLabelText(i18n.t('edit.source.url')), 'https://example.org/a');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.source.add') }));

    const [result, action] = onApply.mock.calls[0] as [{ dataset: Dataset; patch: [] }, string];
    expect(action).toBe('addSource');
    expect(result.dataset.sources.find((s) => s.id === 'government-statement')).toEqual({
      id: 'government-statement',
      title: { ar: 'بيان الحكومة', en: 'Government statement' },
      language: 'ar',
      date: '2025-03',
      url: 'https://example.org/a',
      paragraphs: ['قالت الحكومة إن المحادثات مستمرة.', 'وأضافت أن الاتفاق قريب.'],
      translations: {
        en: ['The government said the talks go on.', 'It added that a deal is near.'],
      },
    });
    expect(checkEdited(result.dataset).ok).toBe(true);
    expect(applyPatch(data(), result.patch)).toEqual(result.dataset);
  });

  it('refuses a translation that does not match the paragraphs, on the translation', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<SourceForm dataset={data()} onApply={onApply} />, { lang });
    await paste(user, screen.getByLabelText(i18n.t('edit.source.text')), TEXT);
    const translation = screen.getByLabelText(i18n.t('edit.source.translation', { lang: 'en' }));
    await paste(user, translation, 'Only one line.');
    await user.type(bilingual(i18n, 'edit.source.title', 'en'), 'Statement');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.source.add') }));
    expect(onApply).not.toHaveBeenCalled();
    expectRefused(translation, i18n.t('edit.source.countMismatch', { total: 2, translated: 1 }));
  });

  it('refuses a source without a title, and an address that is not http(s)', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<SourceForm dataset={data()} onApply={onApply} />, { lang });
    const add = screen.getByRole('button', { name: i18n.t('edit.source.add') });
    await user.click(add);
    expectRefused(bilingual(i18n, 'edit.source.title', lang), i18n.t('edit.refusals.titleMissing'));
    await user.type(bilingual(i18n, 'edit.source.title', 'ar'), 'بيان');
    const url = screen.getByLabelText(i18n.t('edit.source.url'));
    await user.type(url, 'ftp://example.org');
    await user.click(add);
    expectRefused(url, i18n.t('edit.refusals.notHttpUrl'));
    expect(onApply).not.toHaveBeenCalled();
  });

  it('reads an HTML file as text, one paragraph per block, running nothing in it', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<SourceForm dataset={data()} onApply={onApply} />, { lang });
    const html =
      '<html lang="en"><head><title>Talks resume</title><script>window.ran = true</script></head>' +
      '<body><h1>Talks resume</h1><p>The talks\n resumed <b>today</b>.</p>' +
      '<img src="x" onerror="window.ran = true"><p>A deal is near.</p></body></html>';
    const file = new File([html], 'talks.html', { type: 'text/html' });
    await user.upload(screen.getByLabelText(i18n.t('edit.source.chooseFile')), file);
    const text = screen.getByLabelText(i18n.t('edit.source.text'));
    await waitFor(() => expect(text).toHaveAttribute('lang', 'en'));
    expect(text).toHaveAttribute('dir', 'ltr');
    expect(screen.getByLabelText(i18n.t('edit.source.language'))).toHaveValue('en');
    expect(bilingual(i18n, 'edit.source.title', 'en')).toHaveValue('Talks resume');
    const list = screen.getByRole('region', { name: i18n.t('edit.source.paragraphs') });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Talks resume', 'The talks resumed today.', 'A deal is near.']);
    expect((window as { ran?: boolean }).ran).toBeUndefined();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    await user.click(screen.getByRole('button', { name: i18n.t('edit.source.add') }));
    const [result] = onApply.mock.calls[0] as [{ dataset: Dataset }];
    expect(result.dataset.sources.at(-1)?.paragraphs).toHaveLength(3);
    expect(checkEdited(result.dataset).ok).toBe(true);
  });

  it('takes another language by its code, and refuses a bad one there', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const { i18n } = renderWithApp(<SourceForm dataset={data()} onApply={onApply} />, { lang });
    await user.selectOptions(screen.getByLabelText(i18n.t('edit.source.language')), 'other');
    const code = screen.getByLabelText(i18n.t('edit.source.code'));
    await user.type(code, 'he');
    expect(screen.getByLabelText(i18n.t('edit.source.text'))).toHaveAttribute('dir', 'rtl');
    await user.type(bilingual(i18n, 'edit.source.title', 'en'), 'Arutz 7 report');
    await user.clear(code);
    await user.type(code, 'Hebrew');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.source.add') }));
    expectRefused(code, i18n.t('edit.refusals.badLanguage'));
    await user.clear(code);
    await user.type(code, 'he');
    await user.click(screen.getByRole('button', { name: i18n.t('edit.source.add') }));
    const [result] = onApply.mock.calls[0] as [{ dataset: Dataset }];
    expect(result.dataset.sources.at(-1)).toMatchObject({ id: 'arutz-7-report', language: 'he' });
  });

  it('edits a source, refusing to drop paragraphs that evidence quotes', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    const source = data().sources[0];
    if (!source) throw new Error('no source');
    const { i18n } = renderWithApp(
      <SourceForm dataset={data()} onApply={onApply} source={source} />,
      { lang },
    );
    const text = screen.getByLabelText(i18n.t('edit.source.text'));
    expect(text).toHaveValue(source.paragraphs?.join('\n'));
    await user.clear(text);
    await paste(user, text, 'فقرة واحدة فقط.');
    await user.clear(screen.getByLabelText(i18n.t('edit.source.translation', { lang: 'en' })));
    await user.click(screen.getByRole('button', { name: i18n.t('edit.actions.save') }));
    expect(onApply).not.toHaveBeenCalled();
    expectRefused(text, i18n.t('edit.refusals.paragraphInUse', { paragraph: 11, count: 1 }));
  });
});

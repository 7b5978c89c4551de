/**
 * A link that selects an id the dataset no longer has (here the relation "Arutz 7 is located in
 * Israel", removed in the seed's revision of 2 December 2026) opens a panel that says so, with
 * the list of revisions one click away, instead of an empty panel or nothing.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../../src/features/details/DetailsPanel';
import { renderWithApp } from '../render';
import { unrevisedIndex } from './fixtures';

const REMOVED = { selection: { type: 'edge' as const, id: 'arutz-7-in-israel' } };

describe('an id no longer in the dataset', () => {
  it('says so in English, with the revisions one click away', async () => {
    const user = userEvent.setup();
    renderWithApp(<DetailsPanel />, { state: REMOVED });
    expect(screen.queryByTestId('details')).toBeNull();
    const panel = screen.getByTestId('details-missing');
    expect(panel).toHaveAttribute('data-selection', 'edge:arutz-7-in-israel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Not in this dataset',
    );
    expect(panel).toHaveTextContent(
      '“arutz-7-in-israel” is no longer in this dataset. It may have been removed when the dataset was corrected or updated.',
    );
    const id = within(panel).getByText('arutz-7-in-israel');
    expect(id.tagName).toBe('BDI');
    const open = within(panel).getByRole('button', { name: 'See what changed' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'What changed in this dataset' });
    expect(dialog).toHaveTextContent(/Arutz 7 is located in Israel was removed/);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(open);
  });

  it('says so in Arabic, for an entity too', () => {
    renderWithApp(<DetailsPanel />, {
      lang: 'ar',
      state: { selection: { type: 'node', id: 'begin-sadat' } },
    });
    const panel = screen.getByTestId('details-missing');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'ليس في مجموعة البيانات هذه',
    );
    expect(panel).toHaveTextContent(
      '«begin-sadat» لم يعد في مجموعة البيانات هذه، وربما حُذف حين صُحّحت أو حُدّثت.',
    );
    expect(within(panel).getByRole('button', { name: 'اطّلع على ما تغيّر' })).toBeInTheDocument();
  });

  it('without revisions, says it is not in the dataset and offers no list', () => {
    renderWithApp(<DetailsPanel />, { state: REMOVED, index: unrevisedIndex() });
    const panel = screen.getByTestId('details-missing');
    expect(panel).toHaveTextContent(
      '“arutz-7-in-israel” is not in this dataset. The link may be mistyped, or made for another dataset.',
    );
    expect(within(panel).queryByRole('button', { name: 'See what changed' })).toBeNull();
  });

  it('closes like the details panel, clearing the selection', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<DetailsPanel />, { state: REMOVED });
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(store.getState().selection).toBeNull();
    expect(screen.queryByTestId('details-missing')).toBeNull();
  });

  it('shows a pasted paragraph cut short, as text', () => {
    const id = `<img src=x onerror=alert(1)>${'x'.repeat(200)}`;
    renderWithApp(<DetailsPanel />, { state: { selection: { type: 'node', id } } });
    const panel = screen.getByTestId('details-missing');
    expect(panel.querySelector('img')).toBeNull();
    const shown = panel.querySelector('bdi')?.textContent ?? '';
    expect(shown.length).toBe(80);
    expect(shown.endsWith('…')).toBe(true);
  });
});

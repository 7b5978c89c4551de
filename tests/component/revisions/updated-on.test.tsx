/**
 * "Updated on …" and the list of what changed: shown only for a revised dataset, in the UI
 * language (Latin digits in Arabic too), newest first, a note missing in the UI language shown
 * in the other one with its own lang/dir; opened and closed from the keyboard, focus returned.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { RevisionsButton } from '../../../src/features/revisions/RevisionsButton';
import { formatRevisionDate } from '../../../src/features/revisions/format';
import { renderWithApp } from '../render';
import { twiceRevisedIndex, unrevisedIndex } from './fixtures';

/** What App does with Escape: clear the selection (unless something handled the key). */
function escapeClearsSelection(clear: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) clear();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

describe('revision dates', () => {
  it('read as calendar days in both languages, with Latin digits', () => {
    expect(formatRevisionDate('2026-12-02', 'en')).toBe('2 December 2026');
    expect(formatRevisionDate('2026-12-02', 'ar')).toBe('2 ديسمبر 2026');
    expect(formatRevisionDate('2024-02-29', 'en')).toBe('29 February 2024');
  });
});

describe('Updated on … (English)', () => {
  it('is not there for a dataset that was never revised', () => {
    renderWithApp(<RevisionsButton />, { index: unrevisedIndex() });
    expect(screen.queryByTestId('revisions-button')).toBeNull();
    expect(screen.queryByText(/Updated on/)).toBeNull();
  });

  it('gives the date of the latest revision, as a button that opens a dialog', () => {
    renderWithApp(<RevisionsButton />);
    const button = screen.getByRole('button', { name: 'Updated on 2 December 2026' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens the list of what changed, newest first, with date, version and note', async () => {
    const user = userEvent.setup();
    renderWithApp(<RevisionsButton />, { index: twiceRevisedIndex() });
    await user.click(screen.getByRole('button', { name: 'Updated on 2 December 2026' }));
    const dialog = screen.getByRole('dialog', { name: 'What changed in this dataset' });
    expect(dialog).toHaveAccessibleDescription(
      'Corrected or updated 2 times since it was first published. This is version 3.',
    );
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-version'))).toEqual(['3', '2']);
    const [latest, earlier] = items as [HTMLElement, HTMLElement];
    expect(within(latest).getByText('2 December 2026')).toHaveAttribute('datetime', '2026-12-02');
    expect(latest).toHaveTextContent('Version 3');
    expect(latest).toHaveTextContent(/Story titles and captions now say whose claim each one is/);
    expect(latest.querySelector('.revision-note')).toHaveAttribute('lang', 'en');
    expect(earlier).toHaveTextContent('30 November 2026');
    expect(earlier).toHaveTextContent('Version 2');
    // Nothing says "newer than your link" when the page was not opened from a versioned link.
    expect(within(dialog).queryByText('Newer than your link')).toBeNull();
  });

  it('opens with Enter, closes with Escape, gives focus back, and leaves the selection', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<RevisionsButton />, {
      state: { selection: { type: 'node', id: 'azerbaijan' } },
    });
    cleanups.push(escapeClearsSelection(() => store.getState().clearSelection()));
    const button = screen.getByRole('button', { name: 'Updated on 2 December 2026' });
    act(() => button.focus());
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(store.getState().selection).toEqual({ type: 'node', id: 'azerbaijan' });
  });

  it('closes with its Close button (Space), focus back on the button', async () => {
    const user = userEvent.setup();
    renderWithApp(<RevisionsButton />);
    const button = screen.getByRole('button', { name: 'Updated on 2 December 2026' });
    act(() => button.focus());
    await user.keyboard(' ');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('Updated on … (Arabic)', () => {
  it('reads حُدّث في with the Arabic month and Latin digits', () => {
    renderWithApp(<RevisionsButton />, { lang: 'ar' });
    expect(screen.getByRole('button', { name: 'حُدّث في 2 ديسمبر 2026' })).toBeInTheDocument();
  });

  it('lists the notes in Arabic, and one written only in English with lang="en" dir="ltr"', async () => {
    const user = userEvent.setup();
    renderWithApp(<RevisionsButton />, { lang: 'ar', index: twiceRevisedIndex() });
    await user.click(screen.getByRole('button', { name: 'حُدّث في 2 ديسمبر 2026' }));
    const dialog = screen.getByRole('dialog', { name: 'ما الذي تغيّر في مجموعة البيانات هذه' });
    expect(dialog).toHaveAccessibleDescription(
      'صُحّحت أو حُدّثت مرتين منذ نشرها أول مرة. هذا هو الإصدار 3.',
    );
    const [latest, earlier] = within(dialog).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(latest).toHaveTextContent('الإصدار 3');
    const arabic = latest.querySelector('.revision-note');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    expect(arabic).toHaveTextContent(/تنسب كل ادعاء إلى صاحبه/);
    expect(earlier).toHaveTextContent('30 نوفمبر 2026');
    const english = earlier.querySelector('.revision-note');
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveAttribute('dir', 'ltr');
    expect(english).toHaveTextContent(/Positions of the entities stored/);
    await user.click(within(dialog).getByRole('button', { name: 'إغلاق' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('follows a change of language while open', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<RevisionsButton />);
    await user.click(screen.getByRole('button', { name: 'Updated on 2 December 2026' }));
    act(() => store.getState().setLang('ar'));
    expect(screen.getByRole('dialog')).toHaveTextContent('2 ديسمبر 2026');
    expect(screen.getByRole('button', { name: 'حُدّث في 2 ديسمبر 2026' })).toBeInTheDocument();
  });
});

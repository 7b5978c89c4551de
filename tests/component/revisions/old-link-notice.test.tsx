/**
 * A link made for an earlier version of the dataset (`v=` lower than the version shown) says so,
 * with what changed one click away; a link for this version, a later one or none says nothing.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EmbedChrome } from '../../../src/app/EmbedChrome';
import { OldLinkNotice } from '../../../src/features/revisions/OldLinkNotice';
import { NO_EMBED } from '../../../src/state/slices/embed';
import { renderWithApp } from '../render';
import { twiceRevisedIndex, unrevisedIndex } from './fixtures';

const OLD_LINK =
  'This link was made for an earlier version of this dataset (version 1); it has been updated since. See what changed';

describe('the notice for a link made for an earlier version', () => {
  it('says so in English, and opens the list with what is newer than the link marked', async () => {
    const user = userEvent.setup();
    renderWithApp(<OldLinkNotice />, { state: { linkVersion: 2 }, index: twiceRevisedIndex() });
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(
      'This link was made for an earlier version of this dataset (version 2); it has been updated since. See what changed',
    );
    const open = within(notice).getByRole('button', { name: 'See what changed' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'What changed in this dataset' });
    const [latest, earlier] = within(dialog).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(latest).toHaveTextContent('Newer than your link');
    expect(latest).toHaveAttribute('data-newer-than-link');
    expect(earlier).not.toHaveTextContent('Newer than your link');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  it('says so in Arabic', () => {
    renderWithApp(<OldLinkNotice />, { lang: 'ar', state: { linkVersion: 1 } });
    const notice = screen.getByTestId('old-link-notice');
    expect(notice).toHaveTextContent(
      'أُنشئ هذا الرابط لإصدار سابق من مجموعة البيانات هذه (الإصدار 1)، وقد حُدّثت منذ ذلك الحين.',
    );
    expect(within(notice).getByRole('button', { name: 'اطّلع على ما تغيّر' })).toBeInTheDocument();
    expect(within(notice).getByRole('button', { name: 'إخفاء هذا التنبيه' })).toBeInTheDocument();
  });

  it('can be dismissed', async () => {
    const user = userEvent.setup();
    renderWithApp(<OldLinkNotice />, { state: { linkVersion: 1 } });
    expect(screen.getByTestId('old-link-notice')).toHaveTextContent(OLD_LINK);
    await user.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(screen.queryByTestId('old-link-notice')).toBeNull();
  });

  it('says nothing for a link made for this version, a later one, or none', () => {
    const { store } = renderWithApp(<OldLinkNotice />, { state: { linkVersion: 2 } });
    expect(screen.queryByTestId('old-link-notice')).toBeNull();
    act(() => store.setState({ linkVersion: 7 }));
    expect(screen.queryByTestId('old-link-notice')).toBeNull();
    act(() => store.setState({ linkVersion: null }));
    expect(screen.queryByTestId('old-link-notice')).toBeNull();
    act(() => store.setState({ linkVersion: 1 }));
    expect(screen.getByTestId('old-link-notice')).toBeInTheDocument();
  });

  it('says nothing for data never revised, or for a file of the reader’s own', () => {
    renderWithApp(<OldLinkNotice />, { state: { linkVersion: 1 }, index: unrevisedIndex() });
    expect(screen.queryByTestId('old-link-notice')).toBeNull();
    renderWithApp(<OldLinkNotice />, { state: { linkVersion: 1, openedFile: 'mine.json' } });
    expect(screen.queryByTestId('old-link-notice')).toBeNull();
  });
});

describe('in an embed', () => {
  const embed = { embed: { ...NO_EMBED, enabled: true } };

  it('shows the notice and "Updated on …" over the graph', async () => {
    const user = userEvent.setup();
    renderWithApp(<EmbedChrome canvas={<div data-testid="canvas" />} />, {
      state: { ...embed, linkVersion: 1 },
    });
    const frame = screen.getByTestId('embed');
    expect(within(frame).getByTestId('old-link-notice')).toHaveTextContent(OLD_LINK);
    const updated = within(frame).getByRole('button', { name: 'Updated on 2 December 2026' });
    expect(updated).toHaveClass('revisions-button-embed');
    await user.click(updated);
    expect(screen.getByRole('dialog', { name: 'What changed in this dataset' })).toBeVisible();
  });

  it('shows neither for data never revised', () => {
    renderWithApp(<EmbedChrome canvas={<div />} />, {
      state: { ...embed, linkVersion: 1 },
      index: unrevisedIndex(),
    });
    expect(screen.queryByTestId('old-link-notice')).toBeNull();
    expect(screen.queryByTestId('revisions-button')).toBeNull();
  });
});

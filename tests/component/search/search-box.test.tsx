/**
 * The top bar search: one ARIA 1.2 combobox that finds entities by name or alias in Arabic or
 * English whatever the UI language, selects and centres the chosen one, and can start "How are
 * these connected?" from a match.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PathPanel } from '../../../src/features/paths/PathPanel';
import { SearchBox } from '../../../src/features/search/SearchBox';
import { partiesIndex } from '../datasets';
import { renderWithApp } from '../render';

function input(): HTMLInputElement {
  return screen.getByRole('combobox') as HTMLInputElement;
}

/** App clears the selection on Esc unless the key was handled or typed in a field; so do we. */
function listenLikeApp(clear: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea')) return;
    clear();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

describe('SearchBox', () => {
  it('is a combobox with a listbox popup, collapsed until there is something to show', () => {
    renderWithApp(<SearchBox />);
    const box = input();
    expect(box).toHaveAttribute('aria-autocomplete', 'list');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    const listId = box.getAttribute('aria-controls');
    expect(listId).toBeTruthy();
    expect(document.getElementById(listId ?? '')).toHaveAttribute('role', 'listbox');
    expect(screen.getByRole('search')).toContainElement(box);
  });

  it('finds أذربيجان from اذربيجان (no hamza) and shows the kind and both names', async () => {
    const user = userEvent.setup();
    renderWithApp(<SearchBox />);
    await user.type(input(), 'اذربيجان');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    const first = screen.getAllByRole('option')[0];
    if (!first) throw new Error('no option');
    expect(first).toHaveAttribute('data-entity', 'azerbaijan');
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(input()).toHaveAttribute('aria-activedescendant', first.id);
    // Current language first, the other one muted and isolated with its own lang and dir.
    expect(first.querySelector('.option-name')).toHaveTextContent('Azerbaijan');
    const otherName = first.querySelector('.option-other');
    expect(otherName).toHaveTextContent('أذربيجان');
    expect(otherName).toHaveAttribute('lang', 'ar');
    expect(otherName).toHaveAttribute('dir', 'rtl');
    expect(within(first).getByText('Country')).toBeInTheDocument();
  });

  it('finds the Huseynyun militia by its English alias, saying which alias matched', async () => {
    const user = userEvent.setup();
    renderWithApp(<SearchBox />);
    await user.type(input(), 'hezbollah of the caucasus');
    const first = screen.getAllByRole('option')[0];
    expect(first).toHaveAttribute('data-entity', 'huseynyun');
    expect(first).toHaveTextContent('Huseynyun militia');
    expect(first).toHaveTextContent('ميليشيا حسينيون');
    expect(first).toHaveTextContent('Also called: Hezbollah of the Caucasus');
  });

  it('forgives a typo, and says the match is only close (both languages)', async () => {
    const user = userEvent.setup();
    renderWithApp(<SearchBox />);
    await user.type(input(), 'Hezbolah');
    const first = screen.getAllByRole('option')[0];
    expect(first).toHaveAttribute('data-entity', 'hezbollah');
    expect(first?.querySelector('[data-fuzzy]')).toHaveTextContent('Closest spelling: Hezbollah');

    await user.clear(input());
    await user.type(input(), 'ازربيجان');
    const arabic = screen.getAllByRole('option')[0];
    expect(arabic).toHaveAttribute('data-entity', 'azerbaijan');
    expect(arabic?.querySelector('[data-fuzzy] bdi')).toHaveAttribute('lang', 'ar');
  });

  it('an exact match is not marked as close', async () => {
    const user = userEvent.setup();
    renderWithApp(<SearchBox />, { lang: 'ar' });
    await user.type(input(), 'حزب الله');
    const first = screen.getAllByRole('option')[0];
    expect(first).toHaveAttribute('data-entity', 'hezbollah');
    expect(first?.querySelector('[data-fuzzy]')).toBeNull();
  });

  it('in Arabic, shows the Arabic name first and the English one as LTR', async () => {
    const user = userEvent.setup();
    renderWithApp(<SearchBox />, { lang: 'ar' });
    expect(input()).toHaveAccessibleName('البحث في الكيانات');
    await user.type(input(), 'Baku');
    const first = screen.getAllByRole('option')[0];
    expect(first?.querySelector('.option-name')).toHaveTextContent('أذربيجان');
    const otherName = first?.querySelector('.option-other');
    expect(otherName).toHaveTextContent('Azerbaijan');
    expect(otherName).toHaveAttribute('lang', 'en');
    expect(otherName).toHaveAttribute('dir', 'ltr');
    expect(within(first as HTMLElement).getByText('دولة')).toBeInTheDocument();
  });

  it('shows at most 8 matches', async () => {
    const user = userEvent.setup();
    renderWithApp(<SearchBox />);
    await user.type(input(), 'a');
    expect(screen.getAllByRole('option')).toHaveLength(8);
  });

  it('says so visibly when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithApp(<SearchBox />);
    await user.type(input(), 'zzzq');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('No match for “zzzq”')).toBeVisible();
  });

  it('moves with ↓/↑ (wrapping) and selects and centres the active match with Enter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<SearchBox />);
    await user.type(input(), 'hezbollah');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(input()).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    const last = screen.getAllByRole('option').at(-1);
    expect(last).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    const chosen = screen.getAllByRole('option')[0]?.getAttribute('data-entity');
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ type: 'node', id: chosen });
    expect(store.getState().camera?.kind).toBe('center');
    // Done: the popup closes and the box is ready for the next search.
    expect(input()).toHaveValue('');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).toHaveFocus();
  });

  it('selects a match clicked with the mouse', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<SearchBox />);
    await user.type(input(), 'باكو');
    await user.click(screen.getAllByRole('option')[0] as HTMLElement);
    expect(store.getState().selection).toEqual({ type: 'node', id: 'azerbaijan' });
    expect(store.getState().camera?.kind).toBe('center');
  });

  it('closes with Esc without clearing the graph selection, then clears the text', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<SearchBox />, {
      state: { selection: { type: 'node', id: 'israel' } },
    });
    const stop = listenLikeApp(() => store.getState().clearSelection());
    try {
      await user.type(input(), 'iran');
      expect(input()).toHaveAttribute('aria-expanded', 'true');
      await user.keyboard('{Escape}');
      expect(input()).toHaveAttribute('aria-expanded', 'false');
      expect(input()).toHaveValue('iran');
      expect(store.getState().selection).toEqual({ type: 'node', id: 'israel' });
      await user.keyboard('{Escape}');
      expect(input()).toHaveValue('');
      expect(store.getState().selection).toEqual({ type: 'node', id: 'israel' });
      // ↓ brings the matches back after Esc.
      await user.type(input(), 'iran');
      await user.keyboard('{Escape}{ArrowDown}');
      expect(input()).toHaveAttribute('aria-expanded', 'true');
    } finally {
      stop();
    }
  });

  it('focuses with "/" from anywhere but a text field, without typing it', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <>
        <button type="button">elsewhere</button>
        <SearchBox />
      </>,
    );
    screen.getByRole('button', { name: 'elsewhere' }).focus();
    await user.keyboard('/');
    expect(input()).toHaveFocus();
    expect(input()).toHaveValue('');
    await user.keyboard('/');
    // Inside the box, "/" is just a character.
    expect(input()).toHaveValue('/');
  });

  it('Shift+Enter starts "How are these connected?" from the match; a second one completes it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(
      <>
        <SearchBox />
        <PathPanel />
      </>,
    );
    const search = screen.getByRole('combobox', { name: 'Search entities' });
    await user.type(search, 'israel');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(store.getState().selection).toBeNull();
    const panel = screen.getByTestId('path-panel');
    expect(within(panel).getByRole('group', { name: 'From' })).toHaveTextContent('Israel');
    // The other end asks for the keyboard.
    expect(within(panel).getByRole('combobox', { name: 'Entity to connect to' })).toHaveFocus();

    await user.click(search);
    await user.type(search, 'huseyn');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(store.getState().pathQuery).toEqual({
      from: 'israel',
      to: 'huseynyun',
      directed: false,
    });
  });

  it('the small button of a match does the same as Shift+Enter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(
      <>
        <SearchBox />
        <PathPanel />
      </>,
    );
    await user.type(input(), 'gaza');
    const first = screen.getAllByRole('option')[0] as HTMLElement;
    const id = first.getAttribute('data-entity');
    const button = first.querySelector('.option-secondary') as HTMLElement;
    expect(button).toHaveAttribute('title', 'Find how it is connected');
    await act(async () => {
      fireEvent.click(button);
    });
    expect(store.getState().selection).toBeNull();
    expect(screen.getByRole('group', { name: 'From' })).toHaveTextContent(
      first.querySelector('.option-name')?.textContent ?? String(id),
    );
  });
});

describe('SearchBox over a file with attributes', () => {
  it("finds entities by a value of the file's own columns and says which column", async () => {
    const user = userEvent.setup();
    const r = renderWithApp(<SearchBox />, { index: partiesIndex() });
    await user.type(input(), 'green');
    const option = await screen.findByRole('option');
    expect(option).toHaveTextContent('party: Green');
    await user.keyboard('{Enter}');
    expect(r.store.getState().selection).toEqual({ type: 'node', id: 'd' });
  });
});

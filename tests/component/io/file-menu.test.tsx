/**
 * The File menu: a keyboard-accessible disclosure (Enter opens on the first entry, arrows,
 * Home and End move, Escape closes and gives focus back), the hidden file picker and the
 * "Download as" entries.
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileMenu } from '../../../src/features/io/FileMenu';
import { renderWithApp } from '../render';

function button(): HTMLElement {
  return screen.getByRole('button', { name: 'File' });
}

function panel(): HTMLElement {
  return screen.getByTestId('file-menu');
}

describe('FileMenu', () => {
  it('is a disclosure button that controls a hidden panel', () => {
    renderWithApp(<FileMenu />);
    expect(button()).toHaveAttribute('aria-expanded', 'false');
    expect(button().getAttribute('aria-controls')).toBe(panel().id);
    expect(panel()).not.toBeVisible();
  });

  it('opens on Enter with focus on "Open a file…", moves with the arrows, closes on Escape', async () => {
    const user = userEvent.setup();
    const escapes = vi.fn();
    window.addEventListener('keydown', escapes);
    renderWithApp(<FileMenu />);
    button().focus();
    await user.keyboard('{Enter}');
    expect(button()).toHaveAttribute('aria-expanded', 'true');
    expect(panel()).toBeVisible();
    expect(document.activeElement).toHaveTextContent('Open a file…');

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-format', 'json');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-format', 'csv');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Download as a website');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Bundled dataset');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Open a file…');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveTextContent('Bundled dataset');
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveTextContent('Open a file…');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('Bundled dataset');

    await user.keyboard('{Escape}');
    expect(button()).toHaveAttribute('aria-expanded', 'false');
    expect(panel()).not.toBeVisible();
    expect(document.activeElement).toBe(button());
    // Escape was the menu's: the app's "Escape clears the selection" must not see it.
    expect(
      escapes.mock.calls.filter(([event]) => (event as KeyboardEvent).key === 'Escape'),
    ).toEqual([]);
    window.removeEventListener('keydown', escapes);
  });

  it('opens with ArrowDown too, and closes on a click outside', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <>
        <FileMenu />
        <p>outside</p>
      </>,
    );
    button().focus();
    await user.keyboard('{ArrowDown}');
    expect(panel()).toBeVisible();
    await user.click(screen.getByText('outside'));
    expect(panel()).not.toBeVisible();
  });

  it('lists the five download formats under "Download as", and the picker accepts our formats', async () => {
    const user = userEvent.setup();
    renderWithApp(<FileMenu />);
    await user.click(button());
    const group = screen.getByRole('group', { name: 'Download as' });
    expect([...group.querySelectorAll('button')].map((b) => b.getAttribute('data-format'))).toEqual(
      ['json', 'gexf', 'graphml', 'cytoscape', 'csv'],
    );
    const input = screen.getByTestId('file-input');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('multiple');
    // Every extension a format of the registry reads (src/io/formats.ts), once.
    expect(input.getAttribute('accept')?.split(',').sort()).toEqual([
      '.csv',
      '.cyjs',
      '.gexf',
      '.graphml',
      '.json',
      '.tsv',
      '.txt',
      '.xml',
    ]);
  });

  it('"Open a file…" opens the picker and closes the menu', async () => {
    const user = userEvent.setup();
    renderWithApp(<FileMenu />);
    const picked = vi.fn();
    screen.getByTestId('file-input').addEventListener('click', picked);
    await user.click(button());
    await user.click(screen.getByRole('button', { name: /Open a file…/ }));
    expect(picked).toHaveBeenCalledOnce();
    expect(panel()).not.toBeVisible();
  });

  it('offers the bundled dataset only when something else is shown', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<FileMenu />);
    await user.click(button());
    const bundled = screen.getByRole('button', { name: /Bundled dataset/ });
    expect(bundled).toHaveAttribute('aria-disabled', 'true');
    expect(bundled).toHaveTextContent('shown now');
    await user.click(bundled);
    expect(panel()).not.toBeVisible();
    expect(document.activeElement).toBe(button());

    act(() => store.setState({ openedFile: 'les_miserables.gexf' }));
    await user.click(button());
    expect(screen.getByRole('button', { name: /Bundled dataset/ })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('is in Arabic in the Arabic UI', async () => {
    const user = userEvent.setup();
    renderWithApp(<FileMenu />, { lang: 'ar' });
    await user.click(screen.getByRole('button', { name: 'ملف' }));
    expect(screen.getByRole('group', { name: 'تنزيل بصيغة' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /فتح ملف…/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /مجموعة البيانات المرفقة/ })).toBeInTheDocument();
  });
});

describe('Download as', () => {
  const saved: { name: string; type: string; size: number }[] = [];
  let restore: () => void;

  beforeEach(() => {
    saved.length = 0;
    const create = vi.fn((blob: Blob) => {
      saved.push({ name: '', type: blob.type, size: blob.size });
      return `blob:test/${saved.length}`;
    });
    const revoke = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const last = saved[saved.length - 1];
      if (last) last.name = this.download;
    });
    const url = URL as unknown as Record<string, unknown>;
    const before = { create: url.createObjectURL, revoke: url.revokeObjectURL };
    url.createObjectURL = create;
    url.revokeObjectURL = revoke;
    restore = () => {
      url.createObjectURL = before.create;
      url.revokeObjectURL = before.revoke;
      click.mockRestore();
    };
  });

  afterEach(() => restore());

  it('saves the dataset on screen as our JSON, named as the API names it', async () => {
    const user = userEvent.setup();
    renderWithApp(<FileMenu />);
    await user.click(button());
    await user.click(screen.getByRole('button', { name: /^JSON/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ name: 'azerbaijan-gaza.json', type: 'application/json' });
    expect(await screen.findByText('Downloaded azerbaijan-gaza.json.')).toBeInTheDocument();
    // The menu closed and focus went back to its button.
    expect(document.activeElement).toBe(button());
  });

  it('saves the CSV set as one download per table', async () => {
    const user = userEvent.setup();
    renderWithApp(<FileMenu />);
    await user.click(button());
    await user.click(screen.getByRole('button', { name: /^CSV set/ }));
    await screen.findByText(/^Downloaded dataset\.csv, entities\.csv/, {}, { timeout: 5000 });
    const names = saved.map((file) => file.name);
    expect(names).toEqual([
      'dataset.csv',
      'entities.csv',
      'relation-types.csv',
      'relations.csv',
      'claims.csv',
      'evidence.csv',
      'sources.csv',
      'paragraphs.csv',
      'stories.csv',
      'revisions.csv',
    ]);
    expect(saved.every((file) => file.type.startsWith('text/csv'))).toBe(true);
  });
});

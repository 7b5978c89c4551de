/**
 * Opening files in the app: the size limit is checked before a byte is read, a broken file
 * gets the CLI's report (file, row, column, how to fix) in English and Arabic while the graph
 * stays as it was, and a good file replaces the dataset, resets what referred to the old one
 * and says what was opened, with its warnings.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FileMenu } from '../../../src/features/io/FileMenu';
import { FileStatus } from '../../../src/features/io/FileStatus';
import { sessionFileStore } from '../../../src/features/io/session-file';
import { MAX_DATASET_BYTES } from '../../../src/model/parse-json';
import { selectIndex } from '../../../src/state/selectors';
import { renderWithApp, seedIndex } from '../render';

const ROOT = resolve(__dirname, '../../..');
const GEXF = [
  resolve(ROOT, '../shared/datasets/les_miserables.gexf'),
  join(ROOT, 'tests/fixtures/datasets/les_miserables.gexf'),
].find((path) => existsSync(path)) as string;

/** tests/fixtures/datasets/csv-minimal with one case of tests/fixtures/csv-broken laid over it. */
function brokenCsvSet(defect: string): File[] {
  const base = join(ROOT, 'tests/fixtures/datasets/csv-minimal');
  const over = join(ROOT, 'tests/fixtures/csv-broken', defect);
  return readdirSync(base).map((name) => {
    const path = existsSync(join(over, name)) ? join(over, name) : join(base, name);
    return new File([readFileSync(path, 'utf8')], name, { type: 'text/csv' });
  });
}

function renderApp(lang: 'en' | 'ar' = 'en') {
  return renderWithApp(
    <>
      <FileMenu />
      <FileStatus />
    </>,
    { lang },
  );
}

async function choose(files: File[]) {
  const input = screen.getByTestId('file-input') as HTMLInputElement;
  await userEvent.upload(input, files, { applyAccept: false });
}

beforeEach(async () => {
  await sessionFileStore(null).clear();
});

describe('a file that does not open', () => {
  it('says which file, row and column, and how to fix it (English); the graph stays', async () => {
    const { store } = renderApp('en');
    const before = store.getState().load;
    store.getState().select({ type: 'node', id: 'azerbaijan' });
    await choose(brokenCsvSet('bad-kind'));

    const dialog = await screen.findByRole('alertdialog', { name: 'This file cannot be opened' });
    expect(dialog).toHaveTextContent(/We found 1 problem in .*entities\.csv/);
    expect(dialog).toHaveTextContent('Where: entities.csv, row 2, column "kind"');
    expect(dialog).toHaveTextContent(
      'The kind "nation" is not one of this dataset\'s kinds. Use one of: country',
    );
    expect(dialog).toHaveTextContent('the graph on screen is still the one you had');
    expect(store.getState().load).toBe(before);
    expect(store.getState().openedFile).toBeNull();
    expect(store.getState().selection).toEqual({ type: 'node', id: 'azerbaijan' });

    // Escape closes the dialog, and only the dialog.
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(store.getState().selection).toEqual({ type: 'node', id: 'azerbaijan' });
  });

  it('says the same in Arabic, in Arabic words and order', async () => {
    const { store } = renderApp('ar');
    await choose(brokenCsvSet('unknown-id'));
    const dialog = await screen.findByRole('alertdialog', { name: 'لا يمكن فتح هذا الملف' });
    expect(dialog).toHaveTextContent(/وجدنا مشكلة واحدة في/);
    expect(dialog).toHaveTextContent('الموضع: relations.csv، الصف');
    expect(dialog).toHaveTextContent('العمود "target"');
    const where = dialog.querySelector('.problem-where bdi');
    expect(where).toHaveAttribute('dir', 'rtl');
    expect(store.getState().load.status === 'ready' && store.getState().load).toMatchObject({
      file: 'azerbaijan-gaza.json',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'إغلاق' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('names the file of invalid JSON, with line and column', async () => {
    renderApp('en');
    await choose([new File(['{"version": 1,\n  "entities": ['], 'broken.json')]);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Where: broken.json');
    expect(dialog).toHaveTextContent('The file is not valid JSON: line 2');
  });

  it('refuses a file over the size limit before reading it, naming the file and the limit', async () => {
    const { store } = renderApp('en');
    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: MAX_DATASET_BYTES + 5 * 1024 * 1024 });
    const read = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer');
    await choose([huge]);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Where: huge.json');
    expect(dialog).toHaveTextContent('The file is 25.0 MB, above the limit of 20.0 MB.');
    expect(read).not.toHaveBeenCalled();
    expect(selectIndex(store.getState())).toBe(seedIndex());
    read.mockRestore();
  });

  it('names the limit in Arabic too', async () => {
    renderApp('ar');
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 30 * 1024 * 1024 });
    await choose([huge]);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('huge.json');
    expect(dialog).toHaveTextContent('حجم الملف 30.0 ميغابايت، وهو أكبر من الحد المسموح (20.0');
  });
});

describe('a file that opens', () => {
  it('replaces the dataset, resets what referred to the old one and announces it', async () => {
    const { store } = renderApp('en');
    store.setState({
      selection: { type: 'node', id: 'azerbaijan' },
      pathQuery: { from: 'israel', to: 'azerbaijan', directed: false },
    });
    store.getState().setFilters({ status: 'reported' });
    const gexf = new File([readFileSync(GEXF)], 'les_miserables.gexf');
    await choose([gexf]);

    await waitFor(() => expect(store.getState().openedFile).toBe('les_miserables.gexf'));
    const state = store.getState();
    expect(state.load.status === 'ready' && state.load.index.data.entities).toHaveLength(77);
    expect(state.selection).toBeNull();
    expect(state.pathQuery).toBeNull();
    expect(state.filters.status).not.toBe('reported');
    expect(state.story).toBeNull();

    expect(screen.getByTestId('io-status')).toHaveTextContent(
      'Opened les_miserables.gexf: 77 entities, 254 relations.',
    );
    expect(screen.getByTestId('io-banner-file')).toHaveTextContent('les_miserables.gexf');
    expect(screen.getByRole('button', { name: 'Back to the bundled dataset' })).toBeVisible();
    // Labels filled from the other language are never silent: one group of 78 (77 nodes and
    // the title), listed one by one when opened; and the warnings can be dismissed.
    const warnings = screen.getByTestId('io-warnings');
    const group = warnings.querySelector('[data-code="labelFallback"]') as HTMLElement;
    expect(group).toHaveAttribute('data-count', '78');
    expect(group).toHaveTextContent(
      '78 × Labels given in one language only: the other language shows the same text',
    );
    expect(warnings).not.toHaveTextContent('Where: les_miserables.gexf, node "0.0"');
    // The file's look is kept, and says so; the neutral kind is said once for the file.
    expect(warnings.querySelector('[data-code="kindNeutral"]')).toHaveTextContent(
      'Entities without a kind: 77.',
    );
    await userEvent.click(within(group).getByText(/Labels given in one language/));
    expect(group).toHaveTextContent('Where: les_miserables.gexf, node "0.0"');
    expect(group).toHaveTextContent('The Arabic label is missing, so the English one ("Myriel")');
    await userEvent.click(screen.getByRole('button', { name: 'Hide the warnings' }));
    expect(screen.queryByTestId('io-warnings')).toBeNull();
    const toggle = screen.getByRole('button', { name: /warnings/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByTestId('io-warnings')).toBeInTheDocument();

    // Kept for a reload (in memory here: jsdom has no IndexedDB).
    const stored = await sessionFileStore(null).load();
    expect(stored?.name).toBe('les_miserables.gexf');
    expect(stored?.files[0]?.text).toContain('<gexf');
  });

  it('folds the warnings away when editing starts, a click from coming back', async () => {
    const { store } = renderApp('en');
    await choose([new File([readFileSync(GEXF)], 'les_miserables.gexf')]);
    await waitFor(() => expect(screen.getByTestId('io-warnings')).toBeInTheDocument());
    act(() => store.getState().setEditing(true));
    expect(screen.queryByTestId('io-warnings')).toBeNull();
    const toggle = screen.getByRole('button', { name: /warnings/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByTestId('io-warnings')).toBeInTheDocument();
  });

  it('stops opening on Cancel: nothing of the file is shown, and it says so', async () => {
    const { store } = renderApp('ar');
    const before = store.getState().load;
    // Chosen without waiting for the import, so Cancel is pressed while it runs.
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File([readFileSync(GEXF)], 'les_miserables.gexf')] },
    });
    expect(screen.getByRole('progressbar', { name: 'فتح الملف' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'إلغاء' }));
    expect(screen.getByTestId('io-status')).toHaveTextContent(
      'أُوقف فتح les_miserables.gexf. لم يتغيّر الرسم المعروض.',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    // The import finishes in the background (no worker in jsdom) and is dropped.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.getState().load).toBe(before);
    expect(store.getState().openedFile).toBeNull();
    expect(await sessionFileStore(null).load()).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'إغلاق' }));
    expect(screen.getByTestId('io-status')).toHaveTextContent('');
  });

  it('announces in Arabic with Arabic plurals', async () => {
    const { store } = renderApp('ar');
    await choose([new File([readFileSync(GEXF)], 'les_miserables.gexf')]);
    await waitFor(() => expect(store.getState().openedFile).toBe('les_miserables.gexf'));
    expect(screen.getByTestId('io-status')).toHaveTextContent(
      'فُتح les_miserables.gexf: 77 كيانًا، 254 علاقة.',
    );
    expect(screen.getByText('يُعرض ملفك', { exact: false })).toBeInTheDocument();
  });

  it('keeps the drop overlay for files only, and opens what is dropped', async () => {
    const { store } = renderApp('en');
    const file = new File([readFileSync(GEXF)], 'les_miserables.gexf');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    const drag = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
      act(() => {
        window.dispatchEvent(event);
      });
      return event;
    };
    expect(drag('dragenter').defaultPrevented).toBe(true);
    expect(screen.getByTestId('io-drop-overlay')).toHaveTextContent(
      'Drop a GEXF, GraphML, Cytoscape JSON, Kumu JSON, our JSON, or a set of CSV files',
    );
    drag('dragleave');
    expect(screen.queryByTestId('io-drop-overlay')).toBeNull();
    drag('dragenter');
    expect(drag('drop').defaultPrevented).toBe(true);
    expect(screen.queryByTestId('io-drop-overlay')).toBeNull();
    await waitFor(() => expect(store.getState().openedFile).toBe('les_miserables.gexf'));

    // Text dragged from another page is not a file: no overlay.
    const text = new Event('dragenter', { bubbles: true, cancelable: true });
    Object.defineProperty(text, 'dataTransfer', { value: { types: ['text/plain'], files: [] } });
    act(() => {
      window.dispatchEvent(text);
    });
    expect(screen.queryByTestId('io-drop-overlay')).toBeNull();
  });
});

/**
 * Opening files without the UI: sizes before reading, the report of a broken file (with the
 * file named even when the importer gives no place), restoring after a reload, the way back
 * to the bundled dataset, and `open=session` in the URL.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ioState } from '../../../../src/features/io/io-state';
import {
  backToBundled,
  displayName,
  openInputs,
  oversized,
  restoreSessionFile,
} from '../../../../src/features/io/open-files';
import { sessionFileStore } from '../../../../src/features/io/session-file';
import { exportDataset } from '../../../../src/io';
import { EMPTY_FILTERS } from '../../../../src/model/filters';
import { loadDatasetText } from '../../../../src/model/load';
import { MAX_DATASET_BYTES } from '../../../../src/model/parse-json';
import { selectIndex } from '../../../../src/state/selectors';
import { createAppStore } from '../../../../src/state/store';
import { hashFromState, readParams, urlStateFromParams } from '../../../../src/state/url';

const ROOT = resolve(__dirname, '../../../..');
const SEED_TEXT = readFileSync(join(ROOT, 'data/azerbaijan-gaza.json'), 'utf8');

function readyStore() {
  const store = createAppStore();
  const seed = loadDatasetText(SEED_TEXT);
  if (!seed.ok) throw new Error('the seed does not load');
  store.getState().datasetReady('azerbaijan-gaza.json', seed.index, []);
  return { store, seed: seed.index };
}

beforeEach(async () => {
  await sessionFileStore(null).clear();
});

describe('oversized', () => {
  it('names each file over the limit, with its size and the limit in MB', () => {
    const found = oversized([
      { name: 'small.json', size: 10 },
      { name: 'big.gexf', size: MAX_DATASET_BYTES + 1024 * 1024 },
      { name: 'limit.json', size: MAX_DATASET_BYTES },
    ]);
    expect(found).toEqual([
      expect.objectContaining({
        code: 'tooLarge',
        severity: 'error',
        params: { size: '21.0', max: '20.0' },
        at: { file: 'big.gexf' },
      }),
    ]);
  });
});

describe('openInputs', () => {
  it('reports invalid JSON at the file, and leaves the dataset alone', async () => {
    const { store, seed } = readyStore();
    const ok = await openInputs(store, 'broken.json', [
      { name: 'broken.json', content: '{"version": 1,' },
    ]);
    expect(ok).toBe(false);
    const report = ioState(store).getState().report;
    expect(report?.file).toBe('broken.json');
    expect(report?.problems[0]).toMatchObject({ code: 'invalidJson', at: { file: 'broken.json' } });
    expect(selectIndex(store.getState())).toBe(seed);
    expect(store.getState().openedFile).toBeNull();
    expect(await sessionFileStore(null).load()).toBeNull();
  });

  it('opens a CSV set, resets the view state, stores the files and keeps the warnings', async () => {
    const { store } = readyStore();
    store.setState({
      selection: { type: 'edge', id: 'r1' },
      pathQuery: { from: 'a', to: 'b', directed: true },
      hover: { id: 'x', x: 1, y: 1 },
    });
    store.getState().setFilters({ kinds: ['country'] });
    const seed = JSON.parse(SEED_TEXT);
    const { files } = await exportDataset(seed, 'csv');
    const inputs = files
      .filter((f) => ['entities.csv', 'relations.csv', 'sources.csv'].includes(f.filename))
      .map((f) => ({ name: f.filename, content: f.content }));
    const name = displayName(inputs.map((i) => i.name));
    expect(name).toBe('entities.csv, relations.csv, sources.csv');

    expect(await openInputs(store, name, inputs)).toBe(true);
    const state = store.getState();
    expect(state.openedFile).toBe(name);
    expect(state.load.status === 'ready' && state.load.file).toBe(name);
    expect(state.selection).toBeNull();
    expect(state.pathQuery).toBeNull();
    expect(state.hover).toBeNull();
    expect(state.filters).toEqual(EMPTY_FILTERS);
    const ui = ioState(store).getState();
    expect(ui.opened).toMatchObject({ file: name, entities: 50, relations: 37, persisted: false });
    expect(ui.opened?.warnings.length).toBeGreaterThan(0);
    expect(ui.warningsOpen).toBe(true);
    expect(ui.announce).toBe(true);
    // No warning is listed twice (the importer and the index check both see the model's).
    const keys = ui.opened?.warnings.map((w) => `${w.code}|${w.path.join('.')}|${w.at?.file}`);
    expect(new Set(keys).size).toBe(keys?.length);

    const stored = await sessionFileStore(null).load();
    expect(stored?.name).toBe(name);
    expect(stored?.files.map((f) => f.name)).toEqual([
      'entities.csv',
      'relations.csv',
      'sources.csv',
    ]);
  });

  it('lets the latest of two overlapping opens win', async () => {
    const { store } = readyStore();
    const gexf = readFileSync(join(ROOT, 'tests/fixtures/datasets/les_miserables.gexf'), 'utf8');
    const first = openInputs(store, 'les_miserables.gexf', [
      { name: 'les_miserables.gexf', content: gexf },
    ]);
    const second = openInputs(store, 'seed.json', [{ name: 'seed.json', content: SEED_TEXT }]);
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(store.getState().openedFile).toBe('seed.json');
  });
});

describe('restoreSessionFile', () => {
  it('says the file is not stored when there is none', async () => {
    const { store } = readyStore();
    expect(await restoreSessionFile(store, sessionFileStore(null))).toBe(false);
    expect(ioState(store).getState().notStored).toBe(true);
  });

  it('opens the stored file without announcing it or opening the warnings again', async () => {
    const { store } = readyStore();
    await sessionFileStore(null).save({
      name: 'seed.json',
      files: [{ name: 'seed.json', text: SEED_TEXT }],
    });
    expect(await restoreSessionFile(store, sessionFileStore(null))).toBe(true);
    expect(store.getState().openedFile).toBe('seed.json');
    const ui = ioState(store).getState();
    expect(ui.announce).toBe(false);
    expect(ui.warningsOpen).toBe(false);
    expect(ui.opened?.persisted).toBe(true);
  });
});

describe('backToBundled', () => {
  it('forgets the file and reloads without graph, open, or the old selection', async () => {
    const { store } = readyStore();
    store.setState({ lang: 'ar' });
    const session = sessionFileStore(null);
    await session.save({ name: 'a.json', files: [{ name: 'a.json', text: '{}' }] });
    const replaceState = vi.fn();
    const reload = vi.fn();
    const win = {
      location: {
        pathname: '/app/',
        search: '?graph=x.json&utm=1',
        hash: '#open=session&node=a',
        reload,
      },
      history: { replaceState },
    } as unknown as Window;
    await backToBundled(store, win, session);
    expect(await session.load()).toBeNull();
    expect(replaceState).toHaveBeenCalledWith(null, '', '/app/?utm=1#lang=ar');
    expect(reload).toHaveBeenCalledOnce();
  });
});

describe('open=session in the URL', () => {
  const url = (hash: string, search = '') => urlStateFromParams(readParams({ search, hash }));

  it('is read from the hash', () => {
    expect(url('#open=session').openedFile).toBe(true);
    expect(url('#open=other').openedFile).toBe(false);
    expect(url('').openedFile).toBe(false);
  });

  it('is written while a file of the reader is shown, instead of graph', () => {
    const store = createAppStore();
    expect(hashFromState(store.getState(), 'my.json')).toContain('graph=my.json');
    store.setState({ openedFile: 'a.gexf' });
    const hash = hashFromState(store.getState(), 'my.json');
    expect(hash).toContain('open=session');
    expect(hash).not.toContain('graph=');
    expect(url(hash).openedFile).toBe(true);
  });
});

/**
 * The force layout's result becomes the dataset's stored positions (downloads carry them, the
 * graph is not laid out again), and only for the dataset it was computed for.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStoredPositions } from '../../../src/graph/layouts';
import { loadDatasetText } from '../../../src/model/load';
import { selectIndex } from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';

const SEED = readFileSync(
  join(resolve(__dirname, '../../..'), 'data/azerbaijan-gaza.json'),
  'utf8',
);

function seedIndex() {
  const loaded = loadDatasetText(SEED);
  if (!loaded.ok) throw new Error('seed does not load');
  const data = {
    ...loaded.index.data,
    entities: loaded.index.data.entities.map(({ position: _, ...e }) => e),
  };
  const again = loadDatasetText(JSON.stringify(data));
  if (!again.ok) throw new Error('seed without positions does not load');
  return again.index;
}

describe('positions from the force layout', () => {
  it('are stored on every entity of the dataset shown, keeping the selection', () => {
    const index = seedIndex();
    const store = createAppStore();
    store.getState().fileOpened('big.gexf', index, []);
    store.getState().select({ type: 'node', id: 'azerbaijan' });
    expect(hasStoredPositions(index)).toBe(false);
    const positions = new Map(index.data.entities.map((e, i) => [e.id, { x: i, y: -i }]));
    store.getState().positionsArranged(index, positions);
    const stored = selectIndex(store.getState());
    expect(stored).not.toBe(index);
    expect(stored && hasStoredPositions(stored)).toBe(true);
    expect(stored?.entities.get('azerbaijan')?.position).toEqual(positions.get('azerbaijan'));
    expect(store.getState().selection).toEqual({ type: 'node', id: 'azerbaijan' });
    expect(store.getState().openedFile).toBe('big.gexf');
  });

  it('are dropped when another dataset was opened meanwhile', () => {
    const first = seedIndex();
    const second = seedIndex();
    const store = createAppStore();
    store.getState().fileOpened('a.gexf', first, []);
    store.getState().fileOpened('b.gexf', second, []);
    store.getState().positionsArranged(first, new Map([['azerbaijan', { x: 1, y: 2 }]]));
    expect(selectIndex(store.getState())).toBe(second);
  });
});

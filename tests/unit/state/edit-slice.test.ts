/**
 * Edit mode in the store (#12): commands of src/model/edit go through applyEdit, undo and redo
 * give back the dataset byte for byte, the history belongs to one dataset, and nothing points
 * at an element an edit removed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphIndex } from '../../../src/model/graph-index';
import { loadDatasetText } from '../../../src/model/load';
import {
  addEntity,
  addRelation,
  addRelationType,
  applyPatch,
  checkEdited,
  deleteEntity,
  deleteRelation,
  moveEntities,
  updateEntity,
  type EditAction,
  type EditResult,
  type Patch,
} from '../../../src/model/edit';
import type { Dataset, Relation } from '../../../src/model/schema';
import type { Draft } from '../../../src/state/edit-draft';
import { selectIndex } from '../../../src/state/selectors';
import {
  MAX_UNDO,
  provideEditEngine,
  selectCanRedo,
  selectCanUndo,
  selectEditedDataset,
  selectTidyIds,
} from '../../../src/state/slices/edit';
import { createAppStore, type AppStore } from '../../../src/state/store';
import { editEngine } from '../../../src/state/edit-engine';

// In the app the editor's code provides it when it loads.
provideEditEngine(editEngine);

const SEED = readFileSync(
  join(resolve(__dirname, '../../..'), 'data/azerbaijan-gaza.json'),
  'utf8',
);

function seedIndex(): GraphIndex {
  const loaded = loadDatasetText(SEED);
  if (!loaded.ok) throw new Error('the seed does not load');
  return loaded.index;
}

function seedStore(): AppStore {
  const store = createAppStore();
  store.getState().datasetReady('azerbaijan-gaza.json', seedIndex(), []);
  return store;
}

function data(store: AppStore): Dataset {
  const dataset = selectEditedDataset(store.getState());
  if (!dataset) throw new Error('no dataset shown');
  return dataset;
}

/** Runs a command on the dataset shown and applies its result; a refusal fails the test. */
function edit(store: AppStore, action: EditAction, command: (d: Dataset) => EditResult): void {
  const result = command(data(store));
  if (!result.ok) throw new Error(`${action} refused: ${JSON.stringify(result.refusal)}`);
  store.getState().applyEdit(result, action);
}

const json = (store: AppStore) => JSON.stringify(data(store));

/** A relation's evidence from the seed, reused so a new relation is well sourced. */
function someEvidence(d: Dataset): Relation['evidence'] {
  return (d.relations[0] as Relation).evidence;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('applyEdit, undo and redo', () => {
  it('undo all gives back the original byte for byte, redo all the final dataset', () => {
    const store = seedStore();
    const original = json(store);
    const snapshots = [original];
    edit(store, 'addEntity', (d) =>
      addEntity(d, { id: 'test-person', kind: 'person', label: { en: 'Test', ar: 'تجربة' } }),
    );
    snapshots.push(json(store));
    edit(store, 'updateEntity', (d) =>
      updateEntity(d, 'azerbaijan', { label: { en: 'Azerbaijan (edited)', ar: 'أذربيجان' } }),
    );
    snapshots.push(json(store));
    edit(store, 'addRelation', (d) =>
      addRelation(d, {
        type: 'follows',
        source: 'test-person',
        target: 'azerbaijan',
        evidence: someEvidence(d),
      }),
    );
    snapshots.push(json(store));
    edit(store, 'deleteEntity', (d) => deleteEntity(d, 'iran'));
    snapshots.push(json(store));
    const final = json(store);

    const state = store.getState();
    expect(state.undoStack.map((e) => e.action)).toEqual([
      'addEntity',
      'updateEntity',
      'addRelation',
      'deleteEntity',
    ]);
    expect(state.editRevision).toBe(4);
    expect(state.unsavedChanges).toBe(true);
    expect(selectIndex(state)?.entities.has('iran')).toBe(false);
    expect(selectIndex(state)?.entities.has('test-person')).toBe(true);
    expect(selectCanUndo(state)).toBe(true);
    expect(selectCanRedo(state)).toBe(false);

    for (let i = snapshots.length - 2; i >= 0; i--) {
      store.getState().undo();
      expect(json(store)).toBe(snapshots[i]);
    }
    expect(json(store)).toBe(original);
    expect(selectCanUndo(store.getState())).toBe(false);
    expect(store.getState().redoStack).toHaveLength(4);
    // The index is rebuilt: iran is back in the graph, the new person is gone.
    expect(selectIndex(store.getState())?.entities.has('iran')).toBe(true);
    expect(selectIndex(store.getState())?.entities.has('test-person')).toBe(false);
    // Undoing past the start does nothing.
    store.getState().undo();
    expect(json(store)).toBe(original);

    for (let i = 1; i < snapshots.length; i++) {
      store.getState().redo();
      expect(json(store)).toBe(snapshots[i]);
    }
    expect(json(store)).toBe(final);
    expect(selectCanRedo(store.getState())).toBe(false);
    expect(store.getState().editRevision).toBe(12);
    expect(store.getState().load.status === 'ready' && store.getState().load.file).toBe(
      'azerbaijan-gaza.json',
    );
  });

  it('keeps at least 100 steps after 120 edits, and at most 200 after 250', () => {
    const store = seedStore();
    const at = (i: number) => new Map([['azerbaijan', { x: i, y: -i }]]);
    for (let i = 1; i <= 120; i++) edit(store, 'moveEntities', (d) => moveEntities(d, at(i)));
    expect(store.getState().undoStack.length).toBeGreaterThanOrEqual(100);
    for (let i = 0; i < 100; i++) store.getState().undo();
    const azerbaijan = () => data(store).entities.find((e) => e.id === 'azerbaijan');
    expect(azerbaijan()?.position).toEqual({ x: 20, y: -20 });

    for (let i = 0; i < 100; i++) store.getState().redo();
    for (let i = 121; i <= 250; i++) edit(store, 'moveEntities', (d) => moveEntities(d, at(i)));
    expect(store.getState().undoStack).toHaveLength(MAX_UNDO);
    for (let i = 0; i < MAX_UNDO + 5; i++) store.getState().undo();
    // The oldest 50 steps were dropped: undo stops at the 50th position.
    expect(azerbaijan()?.position).toEqual({ x: 50, y: -50 });
  });

  it('a new edit clears what could be redone', () => {
    const store = seedStore();
    edit(store, 'updateEntity', (d) => updateEntity(d, 'iran', { aliases: { en: ['Persia'] } }));
    edit(store, 'updateEntity', (d) => updateEntity(d, 'israel', { aliases: { en: ['IL'] } }));
    store.getState().undo();
    expect(store.getState().redoStack).toHaveLength(1);
    edit(store, 'deleteRelation', (d) => deleteRelation(d, 'iran-backs-hamas'));
    expect(store.getState().redoStack).toHaveLength(0);
    expect(selectCanRedo(store.getState())).toBe(false);
    expect(store.getState().undoStack.map((e) => e.action)).toEqual([
      'updateEntity',
      'deleteRelation',
    ]);
    store.getState().redo();
    expect(data(store).relations.some((r) => r.id === 'iran-backs-hamas')).toBe(false);
  });

  it('ignores an empty patch and an edit while no dataset is shown', () => {
    const store = seedStore();
    const index = selectIndex(store.getState());
    store.getState().applyEdit({ dataset: data(store), patch: [] }, 'addEntity');
    expect(store.getState().undoStack).toHaveLength(0);
    expect(store.getState().editRevision).toBe(0);
    expect(selectIndex(store.getState())).toBe(index);

    const result = addEntity(data(store), { kind: 'person', label: { en: 'A', ar: 'أ' } });
    if (!result.ok) throw new Error('refused');
    store.getState().datasetLoading('other.json');
    store.getState().applyEdit(result, 'addEntity');
    expect(store.getState().undoStack).toHaveLength(0);
    expect(selectEditedDataset(store.getState())).toBeNull();
  });

  it('a download marks the changes saved; the next change unsaved again', () => {
    const store = seedStore();
    expect(store.getState().unsavedChanges).toBe(false);
    edit(store, 'updateEntity', (d) => updateEntity(d, 'iran', { aliases: { en: ['Persia'] } }));
    expect(store.getState().unsavedChanges).toBe(true);
    store.getState().markDownloaded();
    expect(store.getState().unsavedChanges).toBe(false);
    store.getState().undo();
    expect(store.getState().unsavedChanges).toBe(true);
  });
});

describe('what points at elements', () => {
  it('clears a selection whose entity is deleted; undo does not bring it back', () => {
    const store = seedStore();
    store.getState().select({ type: 'node', id: 'iran' });
    store.getState().setHover({ id: 'iran', x: 1, y: 2 });
    store.getState().setCursor('iran');
    store.getState().setPathQuery({ from: 'israel', to: 'iran', directed: false });
    edit(store, 'deleteEntity', (d) => deleteEntity(d, 'iran'));
    const state = store.getState();
    expect(state.selection).toBeNull();
    expect(state.hover).toBeNull();
    expect(state.cursor).toBeNull();
    expect(state.pathQuery).toBeNull();

    store.getState().undo();
    expect(selectIndex(store.getState())?.entities.has('iran')).toBe(true);
    expect(store.getState().selection).toBeNull();
  });

  it('clears a selected line that goes with a deleted entity, keeps others', () => {
    const store = seedStore();
    store.getState().select({ type: 'edge', id: 'iran-backs-hamas' });
    edit(store, 'updateEntity', (d) => updateEntity(d, 'israel', { aliases: { en: ['IL'] } }));
    expect(store.getState().selection).toEqual({ type: 'edge', id: 'iran-backs-hamas' });
    edit(store, 'deleteEntity', (d) => deleteEntity(d, 'iran'));
    expect(store.getState().selection).toBeNull();

    store.getState().select({ type: 'node', id: 'azerbaijan' });
    store.getState().setPathQuery({ from: 'israel', to: 'azerbaijan', directed: false });
    store.getState().undo();
    expect(store.getState().selection).toEqual({ type: 'node', id: 'azerbaijan' });
    expect(store.getState().pathQuery).toEqual({
      from: 'israel',
      to: 'azerbaijan',
      directed: false,
    });
  });

  it('clears a selection of an entity that a redo removes', () => {
    const store = seedStore();
    edit(store, 'addEntity', (d) =>
      addEntity(d, { id: 'newcomer', kind: 'person', label: { en: 'New', ar: 'جديد' } }),
    );
    store.getState().undo();
    store.getState().redo();
    store.getState().select({ type: 'node', id: 'newcomer' });
    store.getState().undo();
    expect(store.getState().selection).toBeNull();
  });
});

describe('filters after an edit', () => {
  it('show a relation of a type made while a type filter is on; undo lets go of the type', () => {
    const store = seedStore();
    const shown = data(store).relationTypes.map((type) => type.id);
    store.getState().setFilters({ relationTypes: shown.slice(1) });
    let made: Relation | undefined;
    edit(store, 'addRelation', (d) => {
      const typed = addRelationType(d, {
        family: 'other',
        directed: false,
        label: { ar: 'يجاور', en: 'neighbours' },
      });
      if (!typed.ok) return typed;
      const related = addRelation(typed.dataset, {
        type: 'neighbours',
        source: 'iran',
        target: 'azerbaijan',
        evidence: [
          { source: 'article', paragraph: 1, quote: 'منذ انتهاء الحرب', status: 'reported' },
        ],
      });
      if (related.ok) made = related.dataset.relations.at(-1);
      return related.ok ? { ...related, patch: [...typed.patch, ...related.patch] } : related;
    });
    expect(made?.type).toBe('neighbours');
    expect(store.getState().filters.relationTypes).toEqual([...shown.slice(1), 'neighbours']);
    store.getState().undo();
    expect(store.getState().filters.relationTypes).toEqual(shown.slice(1));
  });

  it('drop a claimant the edit deletes', () => {
    const store = seedStore();
    store.getState().setFilters({ claimant: 'political-source' });
    edit(store, 'deleteEntity', (d) => deleteEntity(d, 'political-source'));
    expect(store.getState().filters.claimant).toBeNull();
  });
});

describe('problems found by the incremental check', () => {
  /** A relation to nobody: made by hand, as no command would. */
  function brokenRelation(d: Dataset): { dataset: Dataset; patch: Patch } {
    const value: Relation = {
      id: 'to-nobody',
      type: 'follows',
      source: 'azerbaijan',
      target: 'nobody',
      evidence: someEvidence(d),
    };
    const patch: Patch = [
      {
        kind: 'item',
        collection: 'relations',
        id: value.id,
        before: null,
        after: { index: d.relations.length, value },
      },
    ];
    return { dataset: applyPatch(d, patch), patch };
  }

  const codes = (store: AppStore) =>
    store.getState().editProblems.map((p) => [p.code, p.element?.id, p.path.slice(0, 2)]);

  it('are kept while the element is untouched, follow it when it moves, and go when fixed', () => {
    const store = seedStore();
    const count = data(store).relations.length;
    store.getState().applyEdit(brokenRelation(data(store)), 'addRelation');
    expect(codes(store)).toEqual([['unknownEntity', 'to-nobody', ['relations', count]]]);

    // An unrelated edit keeps the problem.
    edit(store, 'updateEntity', (d) => updateEntity(d, 'israel', { aliases: { en: ['IL'] } }));
    expect(codes(store)).toEqual([['unknownEntity', 'to-nobody', ['relations', count]]]);

    // Deleting an earlier relation moves it up by one: the path follows.
    edit(store, 'deleteRelation', (d) => deleteRelation(d, 'iran-backs-hamas'));
    expect(codes(store)).toEqual([['unknownEntity', 'to-nobody', ['relations', count - 1]]]);

    // Adding the entity it names fixes it, though the relation itself is not touched.
    edit(store, 'addEntity', (d) =>
      addEntity(d, { id: 'nobody', kind: 'person', label: { en: 'Nobody', ar: 'لا أحد' } }),
    );
    expect(store.getState().editProblems).toEqual([]);
    expect(checkEdited(data(store)).ok).toBe(true);

    // Undo brings the problem back; undoing the broken relation removes it.
    store.getState().undo();
    expect(codes(store)).toEqual([['unknownEntity', 'to-nobody', ['relations', count - 1]]]);
    store.getState().undo();
    store.getState().undo();
    expect(codes(store)).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().editProblems).toEqual([]);
    expect(json(store)).toBe(JSON.stringify(seedIndex().data));
  });
});

describe('the history belongs to one dataset', () => {
  function edited(): AppStore {
    const store = seedStore();
    edit(store, 'updateEntity', (d) => updateEntity(d, 'iran', { aliases: { en: ['Persia'] } }));
    edit(store, 'deleteEntity', (d) => deleteEntity(d, 'hamas'));
    store.getState().undo();
    expect(store.getState().undoStack).toHaveLength(1);
    expect(store.getState().redoStack).toHaveLength(1);
    return store;
  }

  it('is cleared when another file is opened', () => {
    const store = edited();
    store.getState().fileOpened('other.json', seedIndex(), []);
    const state = store.getState();
    expect(state.undoStack).toEqual([]);
    expect(state.redoStack).toEqual([]);
    expect(state.unsavedChanges).toBe(false);
    expect(selectCanUndo(state)).toBe(false);
    // An undo now must not touch the new dataset.
    const before = json(store);
    store.getState().undo();
    expect(json(store)).toBe(before);
  });

  it('is cleared when a dataset is loaded or starts loading', () => {
    const store = edited();
    store.getState().datasetReady('azerbaijan-gaza.json', seedIndex(), []);
    expect(store.getState().undoStack).toEqual([]);
    expect(store.getState().redoStack).toEqual([]);

    const again = edited();
    again.getState().datasetLoading('next.json');
    expect(again.getState().undoStack).toEqual([]);
  });

  it('is kept when the force layout stores positions in the edited dataset', () => {
    const store = edited();
    const index = selectIndex(store.getState()) as GraphIndex;
    const positions = new Map(index.data.entities.map((e, i) => [e.id, { x: i, y: i }]));
    store.getState().positionsArranged(index, positions);
    expect(selectIndex(store.getState())).not.toBe(index);
    expect(store.getState().undoStack).toHaveLength(1);
    expect(store.getState().redoStack).toHaveLength(1);
    store.getState().redo();
    expect(data(store).entities.some((e) => e.id === 'hamas')).toBe(false);
  });

  it('is cleared, without throwing, when it no longer fits the dataset', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = seedStore();
    const seed = data(store);
    const moved = addEntity(seed, { id: 'late', kind: 'person', label: { en: 'L', ar: 'ل' } });
    if (!moved.ok) throw new Error('refused');
    // A draft whose history was made on another dataset: the entity it removes is not there.
    const draft: Draft = {
      key: 'azerbaijan-gaza|azerbaijan-gaza.json',
      file: 'azerbaijan-gaza.json',
      dataset: seed,
      undoStack: [{ action: 'addEntity', patch: moved.patch, at: 1 }],
      redoStack: [],
      savedAt: 1,
      revision: 1,
    };
    expect(store.getState().draftRestored(draft).ok).toBe(true);
    const before = json(store);
    expect(() => store.getState().undo()).not.toThrow();
    expect(json(store)).toBe(before);
    expect(store.getState().undoStack).toEqual([]);
    expect(store.getState().redoStack).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('newDataset', () => {
  it('shows an empty, valid dataset in edit mode, with nothing of the previous one', () => {
    const store = seedStore();
    edit(store, 'updateEntity', (d) => updateEntity(d, 'iran', { aliases: { en: ['Persia'] } }));
    store.getState().select({ type: 'node', id: 'iran' });
    store.getState().setPathQuery({ from: 'israel', to: 'iran', directed: false });
    const revision = store.getState().editRevision;

    const made = store.getState().newDataset({
      id: 'my-network',
      title: { en: 'My network', ar: 'شبكتي' },
    });
    expect(made).toEqual({ ok: true });
    const state = store.getState();
    expect(state.load.status).toBe('ready');
    expect(state.load.file).toBe('my-network.json');
    expect(state.openedFile).toBe('my-network.json');
    expect(state.editing).toBe(true);
    expect(state.undoStack).toEqual([]);
    expect(state.redoStack).toEqual([]);
    expect(state.selection).toBeNull();
    expect(state.pathQuery).toBeNull();
    expect(state.editRevision).toBeGreaterThan(revision);
    const dataset = data(store);
    expect(dataset.id).toBe('my-network');
    expect(dataset.entities).toEqual([]);
    expect(checkEdited(dataset).ok).toBe(true);

    edit(store, 'addEntity', (d) =>
      addEntity(d, { kind: 'country', label: { en: 'Atlantis', ar: 'أطلانطس' } }),
    );
    expect(checkEdited(data(store)).ok).toBe(true);
    expect(store.getState().undoStack).toHaveLength(1);
    store.getState().undo();
    expect(data(store).entities).toEqual([]);
  });

  it('refuses a bad id and changes nothing', () => {
    const store = seedStore();
    const before = store.getState().load;
    const made = store.getState().newDataset({ id: 'Not an id!', title: { en: 'X', ar: 'س' } });
    expect(made.ok).toBe(false);
    expect(store.getState().load).toBe(before);
  });
});

describe('draftRestored', () => {
  it('brings back the dataset and its history', () => {
    const store = seedStore();
    edit(store, 'updateEntity', (d) => updateEntity(d, 'iran', { aliases: { en: ['Persia'] } }));
    edit(store, 'deleteEntity', (d) => deleteEntity(d, 'hamas'));
    store.getState().undo();
    const s = store.getState();
    const draft: Draft = {
      key: 'k',
      file: 'azerbaijan-gaza.json',
      dataset: data(store),
      undoStack: s.undoStack,
      redoStack: s.redoStack,
      savedAt: 5,
      revision: s.editRevision,
    };
    const edited = json(store);

    const other = seedStore();
    other.getState().select({ type: 'node', id: 'hamas' });
    const result = other.getState().draftRestored(structuredClone(draft));
    expect(result.ok).toBe(true);
    const state = other.getState();
    expect(json(other)).toBe(edited);
    expect(state.restoredAt).toEqual(expect.any(Number));
    expect(state.editing).toBe(true);
    expect(state.openedFile).toBeNull();
    expect(state.selection).toEqual({ type: 'node', id: 'hamas' });
    expect(state.editRevision).toBeGreaterThan(draft.revision);
    other.getState().redo();
    expect(data(other).entities.some((e) => e.id === 'hamas')).toBe(false);
    other.getState().undo();
    other.getState().undo();
    expect(json(other)).toBe(JSON.stringify(seedIndex().data));
    // Still the restored dataset's history: restoredAt stays until another dataset arrives.
    expect(other.getState().restoredAt).not.toBeNull();
    other.getState().fileOpened('x.json', seedIndex(), []);
    expect(other.getState().restoredAt).toBeNull();
  });

  it('refuses a draft that does not pass the loader', () => {
    const store = seedStore();
    const before = store.getState().load;
    const broken = { ...data(store), entities: [{ id: 'x' }] } as unknown as Dataset;
    const result = store.getState().draftRestored({
      key: 'k',
      file: 'f.json',
      dataset: broken,
      undoStack: [],
      redoStack: [],
      savedAt: 1,
      revision: 1,
    });
    expect(result.ok).toBe(false);
    expect(store.getState().load).toBe(before);
    expect(store.getState().restoredAt).toBeNull();
  });
});

describe('selectTidyIds', () => {
  it('is what was added while editing without a place, and the selected entity', () => {
    const store = seedStore();
    expect([...selectTidyIds(store.getState())]).toEqual([]);
    edit(store, 'addEntity', (d) =>
      addEntity(d, { id: 'newcomer', kind: 'person', label: { en: 'New', ar: 'جديد' } }),
    );
    store.getState().select({ type: 'node', id: 'iran' });
    expect([...selectTidyIds(store.getState())].sort()).toEqual(['iran', 'newcomer']);
    edit(store, 'moveEntities', (d) => moveEntities(d, new Map([['newcomer', { x: 1, y: 2 }]])));
    store.getState().select(null);
    expect([...selectTidyIds(store.getState())]).toEqual([]);
  });
});

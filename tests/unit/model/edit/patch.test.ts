import { describe, expect, it } from 'vitest';
import {
  addEntity,
  applyPatch,
  invertPatch,
  PatchMismatchError,
  setDatasetInfo,
  touched,
  type Patch,
} from '../../../../src/model/edit';
import type { Entity } from '../../../../src/model/schema';
import { fixture } from './fixture';

const newEntity: Entity = { id: 'iran', kind: 'country', label: { ar: 'إيران', en: 'Iran' } };

describe('applyPatch', () => {
  it('inserts, replaces, moves and deletes items, and undoes each exactly', () => {
    const data = fixture();
    const israel = data.entities[0] as Entity;
    const moved = { ...israel, position: { x: 5, y: 5 } };
    const patch: Patch = [
      {
        kind: 'item',
        collection: 'entities',
        id: 'iran',
        before: null,
        after: { index: 1, value: newEntity },
      },
      {
        kind: 'item',
        collection: 'entities',
        id: 'israel',
        before: { index: 0, value: israel },
        after: { index: 3, value: moved },
      },
      {
        kind: 'item',
        collection: 'entities',
        id: 'baku',
        before: { index: 2, value: data.entities[2] as Entity },
        after: null,
      },
    ];
    const after = applyPatch(data, patch);
    expect(after.entities.map((e) => e.id).slice(0, 4)).toEqual([
      'iran',
      'azerbaijan',
      'israel',
      'political-source',
    ]);
    expect(after.entities[2]).toBe(moved);
    expect(JSON.stringify(applyPatch(after, invertPatch(patch)))).toBe(JSON.stringify(data));
  });

  it('copies only the lists it changes and shares every untouched item', () => {
    const data = fixture();
    const result = addEntity(data, { kind: 'country', label: { ar: 'إيران', en: 'Iran' } });
    if (!result.ok) throw new Error('refused');
    expect(result.dataset).not.toBe(data);
    expect(result.dataset.entities).not.toBe(data.entities);
    expect(result.dataset.relations).toBe(data.relations);
    expect(result.dataset.sources).toBe(data.sources);
    data.entities.forEach((entity, i) => expect(result.dataset.entities[i]).toBe(entity));
  });

  it('returns the same dataset for an empty patch', () => {
    const data = fixture();
    expect(applyPatch(data, [])).toBe(data);
  });

  it('throws when the patch does not fit the dataset', () => {
    const data = fixture();
    const wrongIndex: Patch = [
      {
        kind: 'item',
        collection: 'entities',
        id: 'israel',
        before: { index: 1, value: data.entities[0] as Entity },
        after: null,
      },
    ];
    expect(() => applyPatch(data, wrongIndex)).toThrow(PatchMismatchError);
    const wrongField: Patch = [{ kind: 'field', field: 'id', before: 'other', after: 'x' }];
    expect(() => applyPatch(data, wrongField)).toThrow(PatchMismatchError);
    const pastTheEnd: Patch = [
      {
        kind: 'item',
        collection: 'entities',
        id: 'iran',
        before: null,
        after: { index: 99, value: newEntity },
      },
    ];
    expect(() => applyPatch(data, pastTheEnd)).toThrow(PatchMismatchError);
  });

  it('puts a field back where it was, so undo gives the same bytes', () => {
    const data = fixture({ ...fixtureRaw(), description: { en: 'About' } });
    const removed = setDatasetInfo(data, { description: undefined });
    if (!removed.ok) throw new Error('refused');
    expect(Object.hasOwn(removed.dataset, 'description')).toBe(false);
    const undone = applyPatch(removed.dataset, invertPatch(removed.patch));
    expect(JSON.stringify(undone)).toBe(JSON.stringify(data));
    expect(Object.keys(undone)).toEqual(Object.keys(data));
  });

  it('adds entityKinds to a dataset without them, and removes the list again on undo', () => {
    const data = fixture();
    const kind = {
      id: 'ship',
      label: { ar: 'سفينة', en: 'Ship' },
      shape: 'triangle' as const,
      color: '#117733',
    };
    const patch: Patch = [
      {
        kind: 'item',
        collection: 'entityKinds',
        id: 'ship',
        before: null,
        after: { index: 0, value: kind },
      },
    ];
    const after = applyPatch(data, patch);
    expect(after.entityKinds).toEqual([kind]);
    expect(Object.keys(after).indexOf('entityKinds')).toBe(
      Object.keys(after).indexOf('entities') - 1,
    );
    const undone = applyPatch(after, invertPatch(patch));
    expect(JSON.stringify(undone)).toBe(JSON.stringify(data));
  });
});

describe('touched', () => {
  it('lists ids per collection and the fields', () => {
    const data = fixture();
    const result = setDatasetInfo(data, { title: { ar: 'عنوان', en: 'Title' } });
    const added = addEntity(data, {
      id: 'iran',
      kind: 'country',
      label: { ar: 'إيران', en: 'Iran' },
    });
    if (!result.ok || !added.ok) throw new Error('refused');
    const marks = touched([...result.patch, ...added.patch]);
    expect([...marks.fields]).toEqual(['title']);
    expect([...marks.entities]).toEqual(['iran']);
    expect(marks.relations.size).toBe(0);
  });
});

function fixtureRaw() {
  return structuredClone(fixture()) as Parameters<typeof fixture>[0] & object;
}

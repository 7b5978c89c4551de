/**
 * A kind the dataset defines is changed in place (updateEntityKind): its words in both
 * languages, its colour, its shape; what the schema would not take is refused at its field.
 * A kind of the author's own is added (addEntityKind), and one no entity is of is deleted.
 */
import { describe, expect, it } from 'vitest';
import {
  addEntityKind,
  deleteEntityKind,
  kindUses,
  updateEntityKind,
} from '../../../../src/model/edit';
import { entityLookOf, kindsOf } from '../../../../src/model/kinds';
import type { EntityKindDef } from '../../../../src/model/schema';
import { untranslatedTexts } from '../../../../src/model/translations';
import { expectEdit, expectRefusal, fixture, RAW } from './fixture';

const KINDS: EntityKindDef[] = [
  { id: 'country', label: { ar: 'country', en: 'country' }, shape: 'ellipse', color: '#0072B2' },
  { id: 'place', label: { ar: 'مكان', en: 'Place' }, shape: 'hexagon', color: '#56B4E9' },
  { id: 'person', label: { ar: 'شخص', en: 'Person' }, shape: 'ellipse', color: '#CC79A7' },
  { id: 'organization', label: { ar: 'منظمة', en: 'Org' }, shape: 'diamond', color: '#009E73' },
  { id: 'event', label: { ar: 'حدث', en: 'Event' }, shape: 'star', color: '#6B7280' },
  { id: 'interest', label: { ar: 'مصلحة', en: 'Interest' }, shape: 'diamond', color: '#E69F00' },
];

const withKinds = () => fixture({ ...RAW, entityKinds: KINDS });

describe('updateEntityKind', () => {
  it('changes the words, the colour and the shape, and its inverse restores the kind', () => {
    const data = withKinds();
    const { dataset } = expectEdit(
      data,
      updateEntityKind(data, 'country', {
        label: { ar: 'دولة', en: 'Country' },
        color: '#D55E00',
        shape: 'octagon',
      }),
    );
    expect(dataset.entityKinds?.[0]).toEqual({
      id: 'country',
      label: { ar: 'دولة', en: 'Country' },
      shape: 'octagon',
      color: '#D55E00',
    });
    // The other kinds, and every entity, are left as they were.
    expect(dataset.entityKinds?.slice(1)).toEqual(data.entityKinds?.slice(1));
    expect(dataset.entities).toBe(data.entities);
  });

  it('is listed under "to translate" while its name is the same words on both sides', () => {
    const data = withKinds();
    expect(untranslatedTexts(data)).toContainEqual(
      expect.objectContaining({ collection: 'entityKinds', id: 'country', has: 'en' }),
    );
    const { dataset } = expectEdit(
      data,
      updateEntityKind(data, 'country', { label: { ar: 'دولة', en: 'country' } }),
    );
    expect(untranslatedTexts(dataset).some((item) => item.collection === 'entityKinds')).toBe(
      false,
    );
  });

  it('refuses a colour, a shape or a name it cannot take, and a kind that is not there', () => {
    const data = withKinds();
    expectRefusal(updateEntityKind(data, 'country', { color: 'red' }), 'badColor', 'color');
    expectRefusal(
      updateEntityKind(data, 'country', { shape: 'blob' as never }),
      'invalid',
      'shape',
    );
    expectRefusal(
      updateEntityKind(data, 'country', { label: { ar: '', en: 'Country' } }),
      'labelMissing',
      'label',
    );
    expectRefusal(updateEntityKind(data, 'ship', { color: '#000000' }), 'unknownKind', 'id');
  });

  it('counts the entities of each kind', () => {
    const data = withKinds();
    const uses = kindUses(data);
    expect(uses.get('country')).toBe(data.entities.filter((e) => e.kind === 'country').length);
    expect(uses.get('event') ?? 0).toBe(data.entities.filter((e) => e.kind === 'event').length);
  });
});

const MINISTRY = {
  label: { ar: 'وزارة', en: 'Ministry' },
  color: '#332288',
  shape: 'pentagon' as const,
};

describe('addEntityKind', () => {
  it('on the built-in kinds, declares them as they look, then adds the new one', () => {
    const data = fixture();
    expect(data.entityKinds).toBeUndefined();
    const { dataset } = expectEdit(data, addEntityKind(data, MINISTRY));
    const before = kindsOf(data);
    const after = kindsOf(dataset);
    expect(after.map((kind) => kind.id)).toEqual([...before.map((kind) => kind.id), 'ministry']);
    // Every entity is drawn exactly as before, and keeps its subkinds' choice.
    for (const entity of data.entities) {
      expect(entityLookOf(dataset, entity)).toEqual(entityLookOf(data, entity));
    }
    for (const kind of before) {
      const declared = after.find((item) => item.id === kind.id);
      expect(declared?.subkinds).toEqual(kind.subkinds);
      expect(declared?.label).toBeDefined();
    }
    expect(dataset.entityKinds?.at(-1)).toEqual({ id: 'ministry', ...MINISTRY });
  });

  it('on declared kinds, appends; an id of its own is kept, a taken or bad one refused', () => {
    const data = withKinds();
    const { dataset } = expectEdit(data, addEntityKind(data, { ...MINISTRY, id: 'min' }));
    expect(dataset.entityKinds?.slice(0, KINDS.length)).toEqual(data.entityKinds);
    expect(dataset.entityKinds?.at(-1)?.id).toBe('min');
    expectRefusal(addEntityKind(data, { ...MINISTRY, id: 'place' }), 'duplicateId', 'id');
    expectRefusal(addEntityKind(data, { ...MINISTRY, id: '-x' }), 'badId', 'id');
  });

  it('makes a fresh id from the name when the name is taken', () => {
    const data = withKinds();
    const { dataset } = expectEdit(
      data,
      addEntityKind(data, { ...MINISTRY, label: { ar: 'مكان', en: 'Place' } }),
    );
    expect(dataset.entityKinds?.at(-1)?.id).toBe('place-2');
  });

  it('refuses a missing name, a colour or a shape the schema does not take', () => {
    const data = fixture();
    expectRefusal(
      addEntityKind(data, { ...MINISTRY, label: { ar: 'وزارة', en: ' ' } }),
      'labelMissing',
      'label',
    );
    expectRefusal(addEntityKind(data, { ...MINISTRY, color: 'blue' }), 'badColor', 'color');
    expectRefusal(addEntityKind(data, { ...MINISTRY, shape: 'blob' as never }), 'invalid', 'shape');
  });
});

describe('deleteEntityKind', () => {
  it('deletes a kind no entity is of, and refuses one in use with the count', () => {
    const { dataset: data } = expectEdit(withKinds(), addEntityKind(withKinds(), MINISTRY));
    const { dataset } = expectEdit(data, deleteEntityKind(data, 'ministry'));
    expect(dataset.entityKinds).toEqual(KINDS);
    const refusal = expectRefusal(deleteEntityKind(data, 'country'), 'kindHasEntities');
    expect(refusal?.params.count).toBe(kindUses(data).get('country'));
    expectRefusal(deleteEntityKind(data, 'ship'), 'unknownKind', 'id');
  });

  it('deleting the only declared kind puts the dataset back on the built-in kinds', () => {
    const empty = fixture({ ...RAW, entities: [], relations: [], claims: [], stories: [] });
    const { dataset: added } = expectEdit(empty, addEntityKind(empty, MINISTRY));
    const only = { ...added, entityKinds: added.entityKinds?.filter((k) => k.id === 'ministry') };
    const { dataset } = expectEdit(only, deleteEntityKind(only, 'ministry'));
    expect(dataset.entityKinds).toBeUndefined();
    expect(kindsOf(dataset).every((kind) => kind.builtin)).toBe(true);
  });
});

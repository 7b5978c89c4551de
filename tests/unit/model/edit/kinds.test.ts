/**
 * A kind the dataset defines is changed in place (updateEntityKind): its words in both
 * languages, its colour, its shape; what the schema would not take is refused at its field.
 */
import { describe, expect, it } from 'vitest';
import { kindUses, updateEntityKind } from '../../../../src/model/edit';
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

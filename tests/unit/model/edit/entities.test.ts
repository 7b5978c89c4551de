import { describe, expect, it } from 'vitest';
import { addEntity, moveEntities, updateEntity } from '../../../../src/model/edit';
import { expectEdit, expectRefusal, fixture, RAW } from './fixture';

const iran = { kind: 'country', label: { ar: 'إيران', en: 'Iran' } };

describe('addEntity', () => {
  it('adds an entity with an id made from its English label', () => {
    const data = fixture();
    const { dataset } = expectEdit(
      data,
      addEntity(data, { ...iran, subkind: 'state', aliases: { en: [' Tehran ', 'Tehran', ''] } }),
    );
    expect(dataset.entities.at(-1)).toEqual({
      id: 'iran',
      kind: 'country',
      subkind: 'state',
      label: { ar: 'إيران', en: 'Iran' },
      aliases: { en: ['Tehran'] },
    });
  });

  it('makes ids unique, and falls back to the Arabic label transliterated', () => {
    const data = fixture();
    const again = expectEdit(
      data,
      addEntity(data, { ...iran, label: { ar: 'إسرائيل', en: 'Israel' } }),
    );
    expect(again.dataset.entities.at(-1)?.id).toBe('israel-2');
    const arabic = expectEdit(data, addEntity(data, { ...iran, label: { ar: 'طهران', en: '—' } }));
    expect(arabic.dataset.entities.at(-1)?.id).toBe('thran');
    const neither = expectEdit(data, addEntity(data, { ...iran, label: { ar: '—', en: '…' } }));
    expect(neither.dataset.entities.at(-1)?.id).toBe('entity-1');
  });

  it('takes the id space of relations and claims into account', () => {
    const data = fixture();
    const label = { ar: 'تعاون', en: 'Israel Azerbaijan' };
    const { dataset } = expectEdit(data, addEntity(data, { ...iran, label }));
    expect(dataset.entities.at(-1)?.id).toBe('israel-azerbaijan-2');
  });

  it('strips bidi controls from names, as the loader would', () => {
    const data = fixture();
    const label = { ar: 'إيران', en: '\u202EIran\u202C' };
    const { dataset } = expectEdit(data, addEntity(data, { ...iran, label }));
    expect(dataset.entities.at(-1)?.label.en).toBe('Iran');
  });

  it('accepts a kind the dataset defines', () => {
    const data = fixture({
      ...RAW,
      entityKinds: [
        { id: 'ship', label: { ar: 'سفينة', en: 'Ship' }, shape: 'triangle', color: '#117733' },
        { id: 'country', label: { ar: 'دولة', en: 'Country' }, shape: 'ellipse', color: '#0072B2' },
        { id: 'place', label: { ar: 'مكان', en: 'Place' }, shape: 'hexagon', color: '#56B4E9' },
        { id: 'person', label: { ar: 'شخص', en: 'Person' }, shape: 'ellipse', color: '#CC79A7' },
        {
          id: 'organization',
          label: { ar: 'منظمة', en: 'Org' },
          shape: 'diamond',
          color: '#009E73',
        },
        { id: 'event', label: { ar: 'حدث', en: 'Event' }, shape: 'star', color: '#6B7280' },
        {
          id: 'interest',
          label: { ar: 'مصلحة', en: 'Interest' },
          shape: 'diamond',
          color: '#E69F00',
        },
      ],
    });
    expectEdit(data, addEntity(data, { kind: 'ship', label: { ar: 'سفينة', en: 'Ever Given' } }));
    expectRefusal(
      addEntity(data, { kind: 'asset', label: { ar: 'غاز', en: 'Gas' } }),
      'unknownKind',
      'kind',
    );
  });

  it('refuses what the loader would reject', () => {
    const data = fixture();
    expectRefusal(addEntity(data, { ...iran, id: 'israel' }), 'duplicateId', 'id');
    expectRefusal(addEntity(data, { ...iran, id: 'turan-force' }), 'duplicateId', 'id');
    expectRefusal(addEntity(data, { ...iran, id: 'has space' }), 'badId', 'id');
    expectRefusal(addEntity(data, { ...iran, kind: 'planet' }), 'unknownKind', 'kind');
    expectRefusal(addEntity(data, { ...iran, subkind: 'city' }), 'badSubkind', 'subkind');
    const ar = expectRefusal(
      addEntity(data, { ...iran, label: { ar: ' ', en: 'Iran' } }),
      'labelMissing',
      'label',
    );
    expect(ar?.params.lang).toBe('ar');
    const en = expectRefusal(
      addEntity(data, { ...iran, label: { ar: 'إيران', en: '' } }),
      'labelMissing',
    );
    expect(en?.params.lang).toBe('en');
    expectRefusal(addEntity(data, { ...iran, parent: 'nobody' }), 'unknownEntity', 'parent');
    expectRefusal(
      addEntity(data, { ...iran, position: { x: Number.NaN, y: 0 } }),
      'badPosition',
      'position',
    );
    const color = expectRefusal(
      addEntity(data, { ...iran, look: { color: 'red' } }),
      'badColor',
      'look',
    );
    // What was written, for the form's message to quote.
    expect(color?.params).toEqual({ path: 'look.color', value: 'red' });
  });
});

describe('updateEntity', () => {
  it('changes fields, removes those set to undefined, keeps the rest', () => {
    const data = fixture();
    const { dataset } = expectEdit(
      data,
      updateEntity(data, 'israel', {
        label: { ar: 'دولة إسرائيل', en: 'State of Israel' },
        aliases: undefined,
        description: { en: ' The state ' },
        parent: 'initiative',
      }),
    );
    expect(dataset.entities[0]).toEqual({
      id: 'israel',
      kind: 'country',
      subkind: 'state',
      label: { ar: 'دولة إسرائيل', en: 'State of Israel' },
      description: { en: 'The state' },
      position: { x: 0, y: 0 },
      parent: 'initiative',
    });
    // Keys in schema order: description before position, parent last.
    expect(Object.keys(dataset.entities[0] ?? {})).toEqual([
      'id',
      'kind',
      'subkind',
      'label',
      'description',
      'position',
      'parent',
    ]);
  });

  it('gives an empty patch when nothing changes', () => {
    const data = fixture();
    const result = updateEntity(data, 'israel', { label: { ar: 'إسرائيل', en: 'Israel ' } });
    expect(result.ok && result.patch).toEqual([]);
    expect(result.ok && result.dataset).toBe(data);
  });

  it('ignores keys that are not entity fields', () => {
    const data = fixture();
    const changes = { id: 'other', label: { ar: 'إسرائيل', en: 'Israel!' } };
    const { dataset } = expectEdit(data, updateEntity(data, 'israel', changes));
    expect(dataset.entities[0]?.id).toBe('israel');
  });

  it('refuses a kind the entity cannot have where it is used', () => {
    const data = fixture();
    const claimant = expectRefusal(
      updateEntity(data, 'political-source', { kind: 'place', subkind: undefined }),
      'kindInUse',
      'kind',
    );
    expect(claimant?.params).toMatchObject({ as: 'claimant', count: 5 });
    const interest = expectRefusal(
      updateEntity(data, 'israeli-interest', { kind: 'country' }),
      'kindInUse',
    );
    expect(interest?.params).toMatchObject({ as: 'interest', count: 2 });
    expectRefusal(
      updateEntity(data, 'political-source', { kind: 'organization' }),
      'badSubkind',
      'subkind',
    );
    expectEdit(
      data,
      updateEntity(data, 'political-source', { kind: 'organization', subkind: 'other' }),
    );
  });

  it('refuses groups that loop, unknown ids and removing what is required', () => {
    const data = fixture();
    expectRefusal(updateEntity(data, 'initiative', { parent: 'force' }), 'groupCycle', 'parent');
    expectRefusal(
      updateEntity(data, 'initiative', { parent: 'initiative' }),
      'groupCycle',
      'parent',
    );
    expectRefusal(
      updateEntity(data, 'initiative', { parent: 'nobody' }),
      'unknownEntity',
      'parent',
    );
    expectRefusal(updateEntity(data, 'nobody', { description: undefined }), 'unknownEntity', 'id');
    expectRefusal(updateEntity(data, 'israel', { kind: undefined }), 'required', 'kind');
    expectRefusal(updateEntity(data, 'israel', { label: undefined }), 'labelMissing', 'label');
  });
});

describe('moveEntities', () => {
  it('moves many entities in one patch', () => {
    const data = fixture();
    const positions = new Map([
      ['israel', { x: 10, y: -4.5 }],
      ['baku', { x: 1, y: 2 }],
      ['turan', { x: 0, y: 0 }],
    ]);
    const { dataset, patch } = expectEdit(data, moveEntities(data, positions));
    expect(patch).toHaveLength(3);
    expect(dataset.entities.find((e) => e.id === 'baku')?.position).toEqual({ x: 1, y: 2 });
    expect(Object.keys(dataset.entities.find((e) => e.id === 'baku') ?? {})).toEqual([
      'id',
      'kind',
      'subkind',
      'label',
      'position',
    ]);
  });

  it('leaves out entities already there, and refuses unknown ids and non-numbers', () => {
    const data = fixture();
    const same = moveEntities(data, new Map([['israel', { x: 0, y: 0 }]]));
    expect(same.ok && same.patch).toEqual([]);
    expectRefusal(moveEntities(data, new Map([['nobody', { x: 0, y: 0 }]])), 'unknownEntity');
    expectRefusal(moveEntities(data, new Map([['israel', { x: Infinity, y: 0 }]])), 'badPosition');
  });
});

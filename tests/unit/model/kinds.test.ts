import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/locales/en';
import { ar } from '../../../src/i18n/locales/ar';
import { loadDatasetValue } from '../../../src/model/load';
import {
  BUILTIN_KIND_LABELS,
  entityLookOf,
  kindInfo,
  kindsInUse,
  kindsOf,
} from '../../../src/model/kinds';
import { legendContent } from '../../../src/model/legend';
import { ENTITY_KINDS, type DatasetInput } from '../../../src/model/schema';
import { seed } from '../io/helpers';

const evidence = [{ source: 's', paragraph: 1, quote: 'q', status: 'reported' as const }];

function shipping(extra: Partial<DatasetInput> = {}): DatasetInput {
  return {
    version: 1,
    id: 'shipping',
    title: { ar: 'الشحن', en: 'Shipping' },
    sources: [{ id: 's', title: { en: 'Notes' }, language: 'en' }],
    entityKinds: [
      { id: 'ship', label: { ar: 'سفينة', en: 'Ship' }, shape: 'triangle', color: '#117733' },
      {
        id: 'port',
        label: { ar: 'ميناء', en: 'Port' },
        shape: 'octagon',
        color: '#332288',
        size: 50,
        subkinds: ['river-port'],
      },
    ],
    entities: [
      { id: 'ever-given', kind: 'ship', label: { ar: 'إيفر غيفن', en: 'Ever Given' } },
      {
        id: 'suez',
        kind: 'port',
        subkind: 'river-port',
        label: { ar: 'السويس', en: 'Suez' },
        look: { color: '#FF0000', size: 80 },
      },
    ],
    relationTypes: [
      { id: 'docks', family: 'other', directed: false, label: { ar: 'يرسو', en: 'docks' } },
    ],
    relations: [{ id: 'r1', type: 'docks', source: 'ever-given', target: 'suez', evidence }],
    ...extra,
  };
}

describe('kinds a dataset defines', () => {
  it('loads a dataset with its own kinds, subkinds and per-entity looks', () => {
    const result = loadDatasetValue(shipping());
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    const data = result.index.data;
    expect(kindsOf(data).map((k) => k.id)).toEqual(['ship', 'port']);
    expect(kindInfo(data, 'port')).toMatchObject({ shape: 'octagon', size: 50, builtin: false });
    const [ship, suez] = data.entities;
    expect(entityLookOf(data, ship!)).toEqual({
      color: '#117733',
      shape: 'triangle',
      size: 34,
      own: false,
    });
    expect(entityLookOf(data, suez!)).toEqual({
      color: '#FF0000',
      shape: 'octagon',
      size: 80,
      own: true,
    });
  });

  it('refuses a kind the dataset does not declare, naming the ones it does', () => {
    const input = shipping();
    input.entities[0]!.kind = 'country';
    const result = loadDatasetValue(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        code: 'unknownKind',
        params: expect.objectContaining({ kind: 'country', allowed: 'ship, port' }),
      }),
    );
  });

  it('refuses an undeclared subkind and a colour that is not #RRGGBB', () => {
    const input = shipping();
    input.entities[0]!.subkind = 'tanker';
    input.entityKinds![1]!.color = 'blue';
    const result = loadDatasetValue(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.problems.map((p) => p.code);
    expect(codes).toContain('badSubkind');
    expect(codes).toContain('badColor');
  });

  it('gives a dataset without entityKinds the seven built-in kinds (the seed)', () => {
    const data = seed();
    expect(data.entityKinds).toBeUndefined();
    expect(kindsOf(data).map((k) => k.id)).toEqual([...ENTITY_KINDS]);
    expect(kindsInUse(data).map((k) => k.id)).toEqual(
      ENTITY_KINDS.filter((k) => data.entities.some((e) => e.kind === k)),
    );
  });

  it('names the built-in kinds in data exactly as the UI does', () => {
    for (const kind of ENTITY_KINDS) {
      expect(BUILTIN_KIND_LABELS[kind].en).toBe(en.kinds[kind]);
      expect(BUILTIN_KIND_LABELS[kind].ar).toBe(ar.kinds[kind]);
    }
  });
});

describe('the legend lists what is there', () => {
  it('only the kinds, families and statuses the dataset holds, and says when looks are the author’s', () => {
    const result = loadDatasetValue(shipping());
    if (!result.ok) throw new Error('shipping does not load');
    const content = legendContent(result.index);
    expect(content.kinds.map((k) => k.id)).toEqual(['ship', 'port']);
    expect(content.families).toEqual(['other']);
    expect(content.statuses).toEqual(['reported']);
    expect(content.ownLook).toBe(true);
    expect(content.rings).toEqual({ unnamed: false, armed: false });
  });

  it('the seed: its kinds, rings for unnamed sources and armed groups, no own looks', () => {
    const result = loadDatasetValue(seed());
    if (!result.ok) throw new Error('seed does not load');
    const content = legendContent(result.index);
    expect(content.ownLook).toBe(false);
    expect(content.rings).toEqual({ unnamed: true, armed: true });
    // No line of the seed is disputed: the key does not explain a mark that is not drawn.
    expect(content.statuses).toEqual(['reported', 'claimed']);
  });
});

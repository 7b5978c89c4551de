// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  decideKinds,
  MAX_FILE_KINDS,
  parseColor,
  parseShape,
  widthsFromWeights,
} from '../../../src/io/import-kinds';

describe('kinds of an imported file, decided for the whole file', () => {
  it('uses our kinds when every node names one of them (words other tools use included)', () => {
    const decision = decideKinds([
      { attribute: 'type', text: 'Person' },
      { attribute: 'type', text: 'city' },
      { attribute: 'type', text: 'Expert', subkind: 'official' },
    ]);
    expect(decision.entityKinds).toBeUndefined();
    expect(decision.nodes).toEqual([
      { kind: 'person', consumed: true },
      { kind: 'place', subkind: 'city', consumed: true },
      // A valid subkind the file gives wins over the one its word implies.
      { kind: 'person', subkind: 'official', consumed: true },
    ]);
    expect(decision.warnings).toEqual([]);
  });

  it("makes the file's own categories kinds, each with a distinct colour and shape", () => {
    const decision = decideKinds([
      { attribute: 'category', text: 'Ship' },
      { attribute: 'category', text: 'Port' },
      { attribute: 'category', text: 'ship ' },
      { attribute: 'category', text: 'Person' },
    ]);
    expect(decision.entityKinds?.map((k) => [k.id, k.label.en])).toEqual([
      ['ship', 'Ship'],
      ['port', 'Port'],
      ['person', 'Person'],
    ]);
    const [ship, port, person] = decision.entityKinds ?? [];
    expect(ship?.color).not.toBe(port?.color);
    expect(ship?.shape).not.toBe(port?.shape);
    // A word for one of ours keeps our name in both languages and our look.
    expect(person).toMatchObject({ label: { ar: 'شخص', en: 'Person' }, shape: 'ellipse' });
    expect(decision.nodes.map((n) => n.kind)).toEqual(['ship', 'port', 'ship', 'person']);
    expect(decision.warnings).toEqual([
      {
        code: 'kindsCreated',
        params: { count: 3, attribute: 'category', values: '"Ship", "Port", "Person"' },
      },
    ]);
  });

  it('gives nodes without a category the neutral kind, and says how many', () => {
    const decision = decideKinds([{ attribute: 'type', text: 'Ship' }, {}]);
    expect(decision.nodes.map((n) => n.kind)).toEqual(['ship', 'node']);
    expect(decision.entityKinds?.map((k) => k.id)).toEqual(['ship', 'node']);
    expect(decision.warnings.map((w) => w.code)).toEqual(['kindsCreated', 'kindNeutral']);
    expect(decision.warnings[1]?.params).toEqual({ count: 1, kind: 'node' });
  });

  it('keeps "Person!" from taking the id of our person kind', () => {
    const decision = decideKinds([{ text: 'Person!' }, { text: 'Ship' }]);
    expect(decision.entityKinds?.[0]?.id).toBe('person-2');
  });

  it('a file without categories: one neutral kind, never "organization"', () => {
    const decision = decideKinds([{}, {}, {}]);
    expect(decision.entityKinds).toEqual([
      { id: 'node', label: { ar: 'كيان', en: 'Entity' }, shape: 'ellipse', color: '#8A94A6' },
    ]);
    expect(decision.nodes.every((n) => n.kind === 'node' && !n.consumed)).toBe(true);
    expect(decision.warnings).toEqual([
      { code: 'kindNeutral', params: { count: 3, kind: 'node' } },
    ]);
  });

  it('a "type" with more values than a legend can show is an attribute, not kinds', () => {
    const many = Array.from({ length: MAX_FILE_KINDS + 1 }, (_, i) => ({
      attribute: 'type',
      text: `t${i}`,
    }));
    const decision = decideKinds(many);
    expect(decision.entityKinds?.map((k) => k.id)).toEqual(['node']);
    expect(decision.nodes.some((n) => n.consumed)).toBe(false);
    expect(decision.warnings[0]).toEqual({
      code: 'kindTooMany',
      params: {
        attribute: 'type',
        distinct: MAX_FILE_KINDS + 1,
        max: MAX_FILE_KINDS,
        kind: 'node',
      },
    });
  });
});

describe('looks other tools write', () => {
  it.each([
    ['#f55b5b', '#F55B5B'],
    ['#abc', '#AABBCC'],
    ['rgb(216,72,45)', '#D8482D'],
    ['rgba(0, 114, 178, 0.5)', '#0072B2'],
    ['0x336699', '#336699'],
    ['blue', undefined],
    ['f55b5b', undefined],
  ])('colour %s → %s', (text, hex) => {
    expect(parseColor(text)).toBe(hex);
  });

  it('maps GEXF and yEd shape names onto ours', () => {
    expect(parseShape('disc')).toBe('ellipse');
    expect(parseShape('square')).toBe('rectangle');
    expect(parseShape('roundrectangle')).toBe('round-rectangle');
    expect(parseShape('image')).toBeUndefined();
  });

  it('weights drive widths from 1 to 8 px only when they differ', () => {
    expect(widthsFromWeights([1, 3, undefined, 5])).toEqual([1, 4.5, undefined, 8]);
    expect(widthsFromWeights([2, 2, 2])).toBeUndefined();
    expect(widthsFromWeights([undefined])).toBeUndefined();
  });
});
